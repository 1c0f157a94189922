using System.CommandLine;
using RoadmapSite.Serving;

namespace RoadmapSite.Commands;

/// <summary><c>serve</c>: shows a built site on 127.0.0.1 as the static host would, until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var output = new Option<DirectoryInfo>("--output")
        {
            Description = "The built site folder to serve",
            DefaultValueFactory = _ => new DirectoryInfo("output"),
        };
        var port = new Option<int>("--port")
        {
            Description = "The port on 127.0.0.1; 0 picks a free one",
            DefaultValueFactory = _ => 5080,
        };
        var command = new Command("serve", "Serve the built site on 127.0.0.1 for reading and testing") { output, port };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var folder = parse.GetValue(output)!;
            if (!folder.Exists)
            {
                Console.Error.WriteLine($"serve: {folder.FullName} does not exist; build the site first.");
                return ExitCode.InternalError;
            }
            await using var server = await StaticSiteServer.StartAsync(folder.FullName, parse.GetValue(port), cancellationToken: cancellationToken);
            Console.WriteLine($"serve: {folder.FullName} at {server.BaseUrl} (Ctrl+C to stop)");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C is how a reader stops the server: a normal, successful end.
            }
            return ExitCode.Success;
        });
        return command;
    }
}
