using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace RoadmapSite.Previewing;

/// <summary>
/// The Server-Sent Events stream open tabs listen to. Each message is the number of the latest
/// build; a tab reloads when it differs from the one it first saw, so a tab that reconnects
/// after missing a build still catches up.
/// </summary>
public sealed class ReloadEvents
{
    private readonly Lock _lock = new();
    private readonly List<Channel<int>> _listeners = [];
    private int _generation;

    public void Publish()
    {
        lock (_lock)
        {
            _generation++;
            foreach (var listener in _listeners) listener.Writer.TryWrite(_generation);
        }
    }

    /// <summary>Ends every open stream, so the server can stop without waiting for tabs.</summary>
    public void Close()
    {
        lock (_lock)
            foreach (var listener in _listeners) listener.Writer.TryComplete();
    }

    public async Task Stream(HttpContext context)
    {
        var channel = Channel.CreateUnbounded<int>();
        lock (_lock)
        {
            _listeners.Add(channel);
            channel.Writer.TryWrite(_generation);
        }
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        try
        {
            await foreach (var generation in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await response.WriteAsync($"data: {generation}\n\n", context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or navigated away.
        }
        finally
        {
            lock (_lock) _listeners.Remove(channel);
        }
    }
}
