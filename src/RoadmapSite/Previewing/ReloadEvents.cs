using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Http;

namespace RoadmapSite.Previewing;

/// <summary>
/// The Server-Sent Events stream open tabs listen to. Each message is JSON: the number of the
/// latest build step, and the site paths it rewrote, or null for "any page". A tab reloads when its
/// own page is among them, or when the number says it missed a step (a tab that reconnects is told
/// only the number), so a tab is not reloaded for every list the edit touched.
/// </summary>
public sealed class ReloadEvents
{
    /// <summary>Beyond this many changed pages, say "any page" rather than send a long list to every tab.</summary>
    private const int MostPaths = 1000;

    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _listeners = [];
    private int _generation;

    /// <param name="changed">The site paths rewritten (<c>/en/measures/x/</c>); null when any page may have changed.</param>
    public void Publish(IReadOnlyCollection<string>? changed = null)
    {
        lock (_lock)
        {
            _generation++;
            var message = Message(_generation, changed is { Count: <= MostPaths } ? changed : null);
            foreach (var listener in _listeners) listener.Writer.TryWrite(message);
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
        var channel = Channel.CreateUnbounded<string>();
        lock (_lock)
        {
            _listeners.Add(channel);
            channel.Writer.TryWrite(Message(_generation, null));
        }
        var response = context.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        try
        {
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await response.WriteAsync($"data: {message}\n\n", context.RequestAborted);
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

    private static string Message(int generation, IReadOnlyCollection<string>? paths) =>
        JsonSerializer.Serialize(new { generation, paths });
}
