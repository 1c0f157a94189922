using System.Security.Cryptography;

namespace RoadmapSite.Tests.Infrastructure;

/// <summary>Every file of a folder and the hash of its bytes, to prove a folder did not change.</summary>
public static class OutputSnapshot
{
    public static SortedDictionary<string, string> Of(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
