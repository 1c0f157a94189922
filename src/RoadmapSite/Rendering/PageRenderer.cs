using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RoadmapSite.Rendering;

/// <summary>Renders a Razor component of the theme to HTML, outside any web host; safe from any thread.</summary>
public static class PageRenderer
{
    // Without an encoder allowing all ranges every Japanese character would be written as an entity.
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .AddSingleton<IComponentActivator, ComponentActivator>()
        .BuildServiceProvider();

    /// <summary>The page as UTF-8, written straight from the render tree: never one string, however large the page.</summary>
    public static void Render(Type component, IReadOnlyDictionary<string, object?> parameters, Stream output)
    {
        using var writer = new PageWriter(output);
        Render(component, parameters, writer);
    }

    /// <summary>A piece of a page as UTF-8, to keep and reuse: its bytes and the pieces kept before that are inside it.</summary>
    public static EncodedPiece RenderPiece(Type component, IReadOnlyDictionary<string, object?> parameters)
    {
        var parts = new List<object>();
        using var bytes = new MemoryStream();
        void Run()
        {
            if (bytes.Length == 0) return;
            parts.Add(bytes.ToArray());
            bytes.SetLength(0);
        }
        using (var writer = new PageWriter(bytes, piece =>
        {
            Run();
            parts.Add(piece);
        }))
            Render(component, parameters, writer);
        Run();
        return new EncodedPiece(parts);
    }

    /// <summary>The page as a string, for the few callers that edit the HTML (the printed handbook).</summary>
    public static string RenderText(Type component, IReadOnlyDictionary<string, object?> parameters)
    {
        using var bytes = new MemoryStream();
        Render(component, parameters, bytes);
        return Encoding.UTF8.GetString(bytes.GetBuffer(), 0, (int)bytes.Length);
    }

    private static void Render(Type component, IReadOnlyDictionary<string, object?> parameters, TextWriter output)
    {
        // A renderer keeps every root component it has rendered until it is disposed: one per page
        // keeps memory flat instead of holding every page's render tree to the end of the build.
        using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters.ToDictionary()));
            root.WriteHtmlTo(output);
        }).GetAwaiter().GetResult();
    }
}
