using System.Globalization;
using CorpusGenerator.Building;
using CorpusGenerator.Writing;

// corpus-generator --measures N [--seed S] --output DIR [--schemas DIR] [--hugo DIR]
//   writes DIR/ in input/'s record shapes (with DIR/schemas copied from --schemas when given)
//   and, with --hugo, the same corpus as Hugo content and data files.
var options = new Dictionary<string, string>();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal)) return Usage($"unexpected argument '{args[i]}'");
    options[args[i][2..]] = args[i + 1];
}
if (args.Length % 2 != 0) return Usage($"'{args[^1]}' needs a value");
if (!options.TryGetValue("measures", out var measuresText) || !int.TryParse(measuresText, NumberStyles.None, CultureInfo.InvariantCulture, out var measures) || measures < 3)
    return Usage("--measures must be a whole number, at least 3");
if (!options.TryGetValue("output", out var output)) return Usage("--output is required");
var seed = options.TryGetValue("seed", out var seedText) ? ulong.Parse(seedText, CultureInfo.InvariantCulture) : 20240329UL;

var shape = CorpusShape.For(measures);
var corpus = new CorpusBuilder(shape, seed).Build();
var problems = CorpusSelfCheck.Problems(corpus);
if (problems.Count > 0)
{
    foreach (var p in problems.Take(20)) Console.Error.WriteLine("corpus-generator: " + p);
    return 1;
}

OutputFiles.Clear(output);
var files = InputTreeWriter.Write(corpus, output);
SourceCopyWriter.Write(corpus, output);
if (options.TryGetValue("schemas", out var schemas))
{
    foreach (var schema in Directory.GetFiles(schemas, "*.json").Order(StringComparer.Ordinal))
        OutputFiles.Write(Path.Combine(output, "schemas", Path.GetFileName(schema)), File.ReadAllText(schema));
}
Console.WriteLine($"corpus: {shape.Measures} measures, {shape.Items} items, {shape.Programmes} programmes, {shape.Institutions} institutions, " +
                  $"{shape.Terms} terms, {corpus.Events.Count} events; {files} YAML files in {output}");
if (options.TryGetValue("hugo", out var hugo))
{
    OutputFiles.Clear(Path.Combine(hugo, "content"));
    OutputFiles.Clear(Path.Combine(hugo, "data"));
    var hugoFiles = HugoSiteWriter.Write(corpus, hugo);
    Console.WriteLine($"hugo: {hugoFiles} content and data files in {hugo}");
}
return 0;

static int Usage(string problem)
{
    Console.Error.WriteLine($"corpus-generator: {problem}");
    Console.Error.WriteLine("usage: CorpusGenerator --measures N [--seed S] --output DIR [--schemas DIR] [--hugo DIR]");
    return 2;
}
