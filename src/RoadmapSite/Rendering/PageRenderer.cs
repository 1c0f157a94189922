using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RoadmapSite.Rendering;

/// <summary>Renders a Razor component of the theme to an HTML string, outside any web host; safe from any thread.</summary>
public static class PageRenderer
{
    // Without an encoder allowing all ranges every Japanese character would be written as an entity.
    private static readonly ServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .BuildServiceProvider();

    public static async Task<string> RenderAsync(Type component, IReadOnlyDictionary<string, object?> parameters)
    {
        // A renderer keeps every root component it has rendered until it is disposed: one per page
        // keeps memory flat instead of holding every page's render tree to the end of the build.
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters.ToDictionary()));
            return root.ToHtmlString();
        });
    }
}
