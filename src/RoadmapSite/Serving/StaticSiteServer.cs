using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RoadmapSite.Serving;

/// <summary>
/// Serves a built site folder on 127.0.0.1 the way the production static host does: folder URLs
/// answer with their index.html, a folder named without its trailing slash is redirected to it,
/// missing paths get 404.html with status 404, and every response carries the extra headers
/// (production's Content-Security-Policy, say), so a page that works here works when published.
/// </summary>
public sealed class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The root URL of the site, ending in a slash, with the port actually bound.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Starts serving <paramref name="folder"/>; port 0 picks a free port.</summary>
    /// <param name="answerFirst">Sees each request before the folder does and returns true when it
    /// answered it; the live preview adds its reload events and problem page this way.</param>
    public static async Task<StaticSiteServer> StartAsync(
        string folder, int port = 0, IReadOnlyDictionary<string, string>? headers = null,
        CancellationToken cancellationToken = default, Func<HttpContext, Task<bool>>? answerFirst = null)
    {
        var site = new SiteFolder(folder);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        var extraHeaders = headers ?? new Dictionary<string, string>();
        app.Run(async context =>
        {
            if (answerFirst is null || !await answerFirst(context))
                await Respond(context, site, extraHeaders);
        });
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features
            .GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new StaticSiteServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    private static async Task Respond(HttpContext context, SiteFolder site, IReadOnlyDictionary<string, string> headers)
    {
        var request = context.Request;
        var response = context.Response;
        foreach (var (name, value) in headers)
            response.Headers[name] = value;

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var resolution = site.Resolve(request.Path.Value ?? "/");
        switch (resolution)
        {
            case SiteFolder.Found found when await TrySend(context, StatusCodes.Status200OK, found.File):
                break;
            case SiteFolder.NeedsTrailingSlash:
                response.StatusCode = StatusCodes.Status301MovedPermanently;
                response.Headers.Location = request.PathBase + request.Path + "/" + request.QueryString;
                break;
            default:
                if (site.NotFoundPage is not { } notFound || !await TrySend(context, StatusCodes.Status404NotFound, notFound))
                    response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    /// <summary>Sends the file, or returns false when it was removed since it was found.</summary>
    private static async Task<bool> TrySend(HttpContext context, int status, FileInfo file)
    {
        // One open handle gives the length and the bytes: the preview replaces a page by renaming
        // another file over it, and a length read before the file is opened may be the old page's.
        FileStream stream;
        try
        {
            stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read,
                FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
        await using var _ = stream;
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = SiteContentTypes.For(file.Name);
        response.ContentLength = stream.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await stream.CopyToAsync(response.Body, context.RequestAborted);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
