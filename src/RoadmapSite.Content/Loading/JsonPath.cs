namespace RoadmapSite.Content.Loading;

/// <summary>
/// Paths into a record, as the source map and the schema's violations spell them: <c>actions[0].text.ja</c>; the root is "".
/// </summary>
public static class JsonPath
{
    public static string Property(string parent, string name) => parent.Length == 0 ? name : $"{parent}.{name}";

    public static string Index(string parent, int index) => $"{parent}[{index}]";

    public static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    /// <summary>The last field name of a path, ignoring indexes: <c>actions[0].ministries[1]</c> → <c>ministries</c>.</summary>
    public static string LastField(string path)
    {
        var trimmed = path;
        while (trimmed.EndsWith(']')) trimmed = trimmed[..trimmed.LastIndexOf('[')];
        return trimmed[(trimmed.LastIndexOf('.') + 1)..];
    }
}
