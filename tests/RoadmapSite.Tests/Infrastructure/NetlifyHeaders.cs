using Tomlyn;
using Tomlyn.Model;

namespace RoadmapSite.Tests.Infrastructure;

/// <summary>
/// The response headers production sends for every path (netlify.toml's [[headers]] entry for
/// "/*"), so the test server sends the same Content-Security-Policy and a page that breaks under
/// it breaks in the tests, not only after publishing.
/// </summary>
public static class NetlifyHeaders
{
    public static string ConfigPath => RepoRoot.Combine("netlify.toml");

    /// <summary>The headers for every path; empty while the repository has no netlify.toml.</summary>
    public static IReadOnlyDictionary<string, string> ForEveryPath()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(ConfigPath))
            return headers;

        var config = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(ConfigPath))!;
        if (!config.TryGetValue("headers", out var entries) || entries is not TomlTableArray rules)
            return headers;
        foreach (var rule in rules)
        {
            if (rule.TryGetValue("for", out var path) && path as string == "/*"
                && rule.TryGetValue("values", out var values) && values is TomlTable table)
            {
                foreach (var (name, value) in table)
                    headers[name] = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
            }
        }
        return headers;
    }
}
