using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace RoadmapSite.Rendering;

/// <summary>Renders a Razor component of the theme to an HTML string, outside any web host.</summary>
public sealed class PageRenderer : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly HtmlRenderer _renderer;

    public PageRenderer()
    {
        // Without an encoder allowing all ranges every Japanese character would be written as an entity.
        _services = new ServiceCollection()
            .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .BuildServiceProvider();
        _renderer = new HtmlRenderer(_services, NullLoggerFactory.Instance);
    }

    public Task<string> RenderAsync(Type component, IReadOnlyDictionary<string, object?> parameters) =>
        _renderer.Dispatcher.InvokeAsync(async () =>
        {
            var root = await _renderer.RenderComponentAsync(component, ParameterView.FromDictionary(parameters.ToDictionary()));
            return root.ToHtmlString();
        });

    public void Dispose()
    {
        _renderer.Dispose();
        _services.Dispose();
    }
}
