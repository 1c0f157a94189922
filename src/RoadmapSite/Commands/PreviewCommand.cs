using System.CommandLine;
using RoadmapSite.Previewing;

namespace RoadmapSite.Commands;

/// <summary><c>preview</c>: the site on 127.0.0.1, rebuilt and reloaded in the browser on every save.</summary>
public static class PreviewCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1; 0 picks a free one",
            DefaultValueFactory = _ => 5080,
        };
        var themeAssets = new Option<DirectoryInfo>("--theme-assets")
        {
            Description = "The theme's CSS and script, watched like input/",
            DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("theme", "assets")),
        };
        var command = new Command("preview", "Build, serve on 127.0.0.1 and rebuild on every change to input/; the browser reloads by itself")
        {
            input, port, themeAssets,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var output = PreviewFolder.For(Environment.ProcessId);
            // In the background: removing a large site takes seconds, and the editor waits for this one.
            _ = Task.Run(() => PreviewFolder.RemoveAbandoned());
            var assets = parse.GetValue(themeAssets)!;
            try
            {
                await using var preview = await LivePreview.StartAsync(parse.GetValue(input)!.FullName, output,
                    assets.Exists ? assets.FullName : null, parse.GetValue(port), Console.Error, cancellationToken);
                Console.WriteLine($"preview: {preview.BaseUrl}ja/ and {preview.BaseUrl}en/ (Ctrl+C to stop); pages reload when you save a file");
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how an editor stops the preview: a normal, successful end.
            }
            finally
            {
                if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
            }
            return ExitCode.Success;
        });
        return command;
    }
}
