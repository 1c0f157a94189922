using System.Collections.Concurrent;
using System.Diagnostics;
using System.Runtime;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;
using RoadmapSite.Building;
using RoadmapSite.Content.Loading;
using RoadmapSite.Output;
using RoadmapSite.Rendering;
using RoadmapSite.Serving;

namespace RoadmapSite.Previewing;

/// <summary>
/// <c>preview</c>: builds the site, serves it on 127.0.0.1, and rebuilds whenever a file of input/
/// or the theme's assets changes; open tabs reload by themselves. While the content has errors
/// every page shows them instead, and the server keeps running until the file is fixed.
/// </summary>
public sealed class LivePreview : IAsyncDisposable
{
    public const string ScriptPath = "/_preview/reload.js";
    public const string EventsPath = "/_preview/events";

    /// <summary>Editors save in bursts (a temporary file, a rename, a touch): build once the burst is over.</summary>
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);
    private const long NoCollectionAllowance = 64L << 20;

    private static readonly byte[] Script = ReadScript();
    // Every page of the preview loads it, through the theme's assets; the published site never does.
    private static readonly OutputFile ScriptFile = new(ScriptPath[1..], Script);

    private readonly string _input;
    private readonly string? _themeAssets;
    private readonly TextWriter _log;
    private readonly SiteSync _sync;
    private readonly LoadCache _cache = new();
    private readonly FragmentCache _fragments = new();
    private readonly ReloadEvents _events = new();
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stop = new();
    private readonly List<FileSystemWatcher> _watchers = [];
    private StaticSiteServer? _server;
    private Task _rebuilding = Task.CompletedTask;
    private volatile string? _problems;
    private BuildResult? _last;
    // What the watchers reported since the last build began: full paths, an editor's temporary files included.
    private readonly ConcurrentDictionary<string, bool> _changed = new(StringComparer.Ordinal);
    private volatile bool _overflowed;

    private LivePreview(string input, string output, string? themeAssets, TextWriter log)
    {
        _input = Path.GetFullPath(input);
        _themeAssets = themeAssets is null ? null : Path.GetFullPath(themeAssets);
        _log = log;
        _sync = new SiteSync(output);
    }

    public Uri BaseUrl => _server!.BaseUrl;

    /// <param name="themeAssets">theme/assets, to preview stylesheet edits; null to use the compiled-in theme.</param>
    public static async Task<LivePreview> StartAsync(string input, string output, string? themeAssets, int port, TextWriter log, CancellationToken cancellationToken = default)
    {
        var preview = new LivePreview(input, output, themeAssets, log);
        Directory.CreateDirectory(output);
        // Watch before the first build, so a save while it runs is not missed but builds again after it.
        foreach (var folder in new[] { preview._input, preview._themeAssets }.OfType<string>().Where(Directory.Exists))
            preview._watchers.Add(preview.Watch(folder));
        // The server starts first: started after the build, it kept a save made as the build ended
        // waiting 1-5 s at 10,000 measures.
        preview._server = await StaticSiteServer.StartAsync(output, port, cancellationToken: cancellationToken, answerFirst: preview.AnswerFirst);
        preview.Rebuild();
        preview._rebuilding = Task.Run(preview.RebuildOnChanges);
        return preview;
    }

    private FileSystemWatcher Watch(string folder)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        void Changed(object? sender, FileSystemEventArgs e)
        {
            _changed[e.FullPath] = true;
            if (e is RenamedEventArgs renamed) _changed[renamed.OldFullPath] = true;
            _changes.Writer.TryWrite(true);
        }
        watcher.Changed += Changed;
        watcher.Created += Changed;
        watcher.Deleted += Changed;
        watcher.Renamed += Changed;
        // An overflowing event buffer means changes were missed: rebuild everything to be sure.
        watcher.Error += (_, _) =>
        {
            _overflowed = true;
            _changes.Writer.TryWrite(true);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private async Task RebuildOnChanges()
    {
        try
        {
            while (await _changes.Reader.WaitToReadAsync(_stop.Token))
            {
                do
                {
                    _changes.Reader.TryRead(out _);
                    await Task.Delay(Quiet, _stop.Token);
                }
                while (_changes.Reader.TryPeek(out _));
                Rebuild();
            }
        }
        catch (OperationCanceledException)
        {
            // The preview is stopping.
        }
    }

    private void Rebuild()
    {
        var clock = Stopwatch.StartNew();
        try
        {
            var options = new BuildOptions(_themeAssets, Cache: _cache, Fragments: _fragments, ReloadScript: ScriptFile);
            var changed = _changed.Keys.ToList();
            foreach (var path in changed) _changed.TryRemove(path, out _);
            if (_overflowed) changed.Clear();
            _overflowed = false;
            // While the content is clean, an edited record's own pages come first: they are what
            // the editor is looking at, and at 10,000 measures the whole site takes 15-20 s.
            if (_problems is null && changed.Count > 0) RewriteEditedPages(options, changed, clock);

            var written = new ConcurrentBag<string>();
            var result = SiteBuilder.Render(_input, file =>
            {
                if (_sync.Write(file)) written.Add(file.SitePath);
            }, options: options);
            // A save came while the content was read: this build may have read a file halfway
            // through it. The build for that save follows at once; only it says what is wrong.
            if (!result.Succeeded && _changes.Reader.TryPeek(out _))
            {
                _log.WriteLine($"preview: the content changed while it was read; building again ({clock.ElapsedMilliseconds} ms)");
                return;
            }
            if (!result.Succeeded)
            {
                var problems = ProblemsPage.Html(result.Diagnostics, result.BrokenLinks);
                foreach (var d in result.Diagnostics) _log.WriteLine(d);
                _log.WriteLine($"preview: the content has errors; the browser shows them until the file is fixed ({clock.ElapsedMilliseconds} ms)");
                if (problems != _problems)
                {
                    _problems = problems;
                    _events.Publish();
                }
                return;
            }
            _last = result;
            // The whole site used every fragment still current; the rest showed records since edited.
            _fragments.ForgetUnused();
            var deleted = _sync.DeleteAllBut(result.Files);
            var recovered = _problems is not null;
            _problems = null;
            _log.WriteLine($"preview: built in {clock.ElapsedMilliseconds} ms; {written.Count} of {result.Files.Count} files changed, {deleted} removed");
            // A removed page or the end of the problems page concerns every tab.
            if (deleted > 0 || recovered) _events.Publish();
            else if (!written.IsEmpty) _events.Publish(written.ToList());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file read halfway through being saved: the next change event rebuilds again. The
            // load cache may now hold records the last build's handbook does not: edits start from it.
            _last = null;
            _log.WriteLine($"preview: could not read or write a file ({e.Message}); waiting for the next change");
        }
        catch (Exception e)
        {
            // A bug in the generator must not end the editor's session: report it and keep serving.
            _last = null;
            _log.WriteLine($"internal error: {e}");
        }
    }

    /// <summary>
    /// The edited record's pages, then the pages that show it, ahead of the whole site. An edit may
    /// break a rule across records that only the full build checks, so a failure here only means
    /// the full build that follows must say what is wrong.
    /// </summary>
    private void RewriteEditedPages(BuildOptions options, IReadOnlyCollection<string> changed, Stopwatch clock)
    {
        // No collection while the editor waits for the pages: at 10,000 measures a full one blocked
        // for up to a second, and with full ones held off (LowLatency), up to 33 young ones still
        // paused a step for 200 ms. Steps 1 and 2 allocate about 20 MB there; if they go over the
        // allowance, the collector simply runs. Failing the region, no full collection at least.
        var latency = GCSettings.LatencyMode;
        var noCollection = GC.TryStartNoGCRegion(NoCollectionAllowance, disallowFullBlockingGC: true);
        if (!noCollection) GCSettings.LatencyMode = GCLatencyMode.LowLatency;
        try
        {
            if (EditedPages.Render(_input, options, changed, _last?.Handbook) is not { } edited) return;
            var own = edited.Own.Where(file => _sync.Write(file)).Select(file => file.SitePath).ToList();
            if (own.Count > 0)
            {
                _log.WriteLine($"preview: the edited record's {own.Count} page(s) rewritten in {clock.ElapsedMilliseconds} ms; now the pages that show it");
                _events.Publish(own);
            }
            if (_last?.Links is not { } links) return;
            var showing = new ConcurrentBag<long>();
            // Handed out one at a time, in order, rather than in one contiguous half per thread.
            Partitioner.Create(edited.Showing(links), loadBalance: true).AsParallel().ForAll(page =>
            {
                if (!_sync.Write(page.FilePath, stream => PageRenderer.Render(page.Component, page.Parameters, stream))) return;
                showing.Add(clock.ElapsedMilliseconds);
                _events.Publish([page.SitePath]);
            });
            if (!showing.IsEmpty)
            {
                var times = showing.Order().ToList();
                _log.WriteLine($"preview: {times.Count} page(s) that show it rewritten in {times[^1]} ms (half of them in {times[(times.Count - 1) / 2]} ms); now the rest of the site");
            }
        }
        catch (Exception)
        {
            // Reported by the full build below.
        }
        finally
        {
            if (!noCollection) GCSettings.LatencyMode = latency;
            else if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) GC.EndNoGCRegion();
        }
    }

    private async Task<bool> AnswerFirst(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var response = context.Response;
        if (path == EventsPath)
        {
            await _events.Stream(context);
            return true;
        }
        if (path == ScriptPath)
        {
            response.ContentType = SiteContentTypes.For(ScriptPath);
            await response.Body.WriteAsync(Script, context.RequestAborted);
            return true;
        }
        if (_problems is { } problems && !path.StartsWith("/assets/", StringComparison.Ordinal))
        {
            response.StatusCode = StatusCodes.Status500InternalServerError;
            response.ContentType = SiteContentTypes.For("problems.html");
            await response.WriteAsync(problems, context.RequestAborted);
            return true;
        }
        return false;
    }

    private static byte[] ReadScript()
    {
        using var stream = typeof(LivePreview).Assembly.GetManifestResourceStream("preview-reload.js")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        foreach (var watcher in _watchers) watcher.Dispose();
        await _rebuilding;
        _events.Close();
        if (_server is not null) await _server.DisposeAsync();
        _stop.Dispose();
    }
}
