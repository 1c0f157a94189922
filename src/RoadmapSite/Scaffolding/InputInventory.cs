using RoadmapSite.Building;
using YamlDotNet.RepresentationModel;

namespace RoadmapSite.Scaffolding;

/// <summary>
/// What a new record must not collide with, read straight from the YAML files so it works even
/// while other records are half written: every id in use, every former id, every id a published
/// URL names; and the numbers already given to items and issues.
/// </summary>
public sealed class InputInventory
{
    private readonly Dictionary<string, HashSet<string>> _taken = new(StringComparer.Ordinal);

    /// <summary>Items by id with their number; issues as (item id, number).</summary>
    public Dictionary<string, int> ItemNumbers { get; } = new(StringComparer.Ordinal);
    public List<(string Item, int Number)> IssueNumbers { get; } = [];
    public List<string> Ministries { get; } = [];

    public static InputInventory Read(string inputDirectory)
    {
        var inventory = new InputInventory();
        foreach (var folder in Directory.EnumerateDirectories(inputDirectory).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(folder);
            foreach (var file in Directory.EnumerateFiles(folder, "*.yml").Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileNameWithoutExtension(file);
                inventory.Take(name, id);
                if (Mapping(file) is not { } record) continue;
                if (record.Children.TryGetValue("former_ids", out var former) && former is YamlSequenceNode list)
                    foreach (var old in list.OfType<YamlScalarNode>()) inventory.Take(name, old.Value ?? "");
                if (name == "items" && Number(record) is { } itemNumber) inventory.ItemNumbers[id] = itemNumber;
                if (name == "issues" && Number(record) is { } issueNumber && Scalar(record, "item") is { } item) inventory.IssueNumbers.Add((item, issueNumber));
                if (name == "ministries") inventory.Ministries.Add(id);
            }
        }
        var published = Path.Combine(inputDirectory, PublishedUrls.FileName);
        if (File.Exists(published))
            foreach (var segments in File.ReadLines(published).Select(l => l.Trim().Split('/', StringSplitOptions.RemoveEmptyEntries)))
                if (segments.Length == 3) inventory.Take(segments[1], segments[2]);
        return inventory;
    }

    public bool IsTaken(string folder, string id) => _taken.TryGetValue(folder, out var ids) && ids.Contains(id);

    /// <summary><paramref name="wanted"/>, or with -2, -3 ... appended until no record has, had or published it.</summary>
    public string Fresh(string folder, string wanted)
    {
        var id = wanted;
        for (var n = 2; IsTaken(folder, id); n++) id = $"{wanted}-{n}";
        return id;
    }

    private void Take(string folder, string id)
    {
        if (!_taken.TryGetValue(folder, out var ids)) _taken[folder] = ids = new(StringComparer.Ordinal);
        ids.Add(id);
    }

    private static YamlMappingNode? Mapping(string file)
    {
        try
        {
            var stream = new YamlStream();
            using var reader = new StreamReader(file);
            stream.Load(reader);
            return stream.Documents.FirstOrDefault()?.RootNode as YamlMappingNode;
        }
        catch (YamlDotNet.Core.YamlException)
        {
            // A file being edited may not parse; its name still counts as a taken id.
            return null;
        }
    }

    private static string? Scalar(YamlMappingNode record, string key) =>
        record.Children.TryGetValue(key, out var node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static int? Number(YamlMappingNode record) =>
        int.TryParse(Scalar(record, "number"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
