using System.Reflection;

namespace RoadmapSite.Theme;

/// <summary>The theme's static files (CSS, script), embedded in this assembly under <c>assets/</c>.</summary>
public static class ThemeFiles
{
    public static IEnumerable<(string Name, byte[] Content)> All()
    {
        var assembly = typeof(ThemeFiles).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            yield return (name["assets/".Length..], buffer.ToArray());
        }
    }
}
