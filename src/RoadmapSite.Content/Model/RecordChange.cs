namespace RoadmapSite.Content.Model;

/// <summary>
/// The last commit that changed a record's file: its hash, its commit date, and the file's path
/// in the repository (<c>input/measures/x.yml</c>) for a link to the file's public history.
/// </summary>
public sealed record RecordChange(string Commit, DateTimeOffset Committed, string RepositoryPath)
{
    public string ShortCommit => Commit[..Math.Min(7, Commit.Length)];

    /// <summary><c>2026-11-23</c>, the day as the committer's clock gave it, so it reads the same wherever the site is built.</summary>
    public string Day => Committed.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
