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
};
try
{
    // Our own handler below turns a bug into exit 2; the library's would print a trace and exit 1,
    // which editors' tooling would read as "the content has errors".
    return root.Parse(args).Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    Console.Error.WriteLine($"internal error: {e}");
    return ExitCode.InternalError;
}
