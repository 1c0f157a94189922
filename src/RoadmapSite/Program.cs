using System.CommandLine;
using System.Globalization;
using RoadmapSite.Commands;

// Exit codes: 0 success, 1 the content has errors (an editor can fix it), 2 usage or internal failure.
// Output must not depend on the machine's locale.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var root = new RootCommand("RoadmapSite: builds the bilingual roadmap handbook from input/.")
{
    CheckCommand.Create(),
    BuildCommand.Create(),
    ServeCommand.Create(),
    NewCommand.Create(),
    PreviewCommand.Create(),
};
try
{
    return root.Parse(args).Invoke();
}
catch (Exception e)
{
    Console.Error.WriteLine($"internal error: {e}");
    return ExitCode.InternalError;
}
