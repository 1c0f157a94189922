namespace RoadmapSite.Content.Publishing;

/// <summary>
/// Where record pages link a commit and a file's change history. The repository is the first of:
/// site.yml's <c>repository_url</c>; <c>REPOSITORY_URL</c>, which Netlify sets during builds;
/// <c>GITHUB_SERVER_URL</c>/<c>GITHUB_REPOSITORY</c>, which GitHub Actions sets; that is an
/// https URL on a host whose URL forms we know. Only github.com is known: another host (GitLab,
/// a self-hosted forge) spells its commit pages differently, and a wrong link is worse than
/// none, so there the page shows the commit without a link.
/// </summary>
public sealed record RepositoryLinks(string Url)
{
    private static readonly string[] KnownHosts = ["github.com"];

    /// <summary>The page of one commit.</summary>
    public string Commit(string commit) => $"{Url}/commit/{commit}";

    /// <summary>Every commit that changed one file, newest first.</summary>
    public string History(string repositoryPath) => $"{Url}/commits/HEAD/{repositoryPath}";

    /// <summary>Resolves the repository from site.yml and the build's environment (injected, so tests need not set the real one).</summary>
    public static RepositoryLinks? Resolve(string? siteRepositoryUrl, Func<string, string?> environment)
    {
        var server = environment("GITHUB_SERVER_URL");
        var repository = environment("GITHUB_REPOSITORY");
        string?[] candidates =
        [
            siteRepositoryUrl,
            environment("REPOSITORY_URL"),
            string.IsNullOrWhiteSpace(server) || string.IsNullOrWhiteSpace(repository) ? null : $"{server.TrimEnd('/')}/{repository.Trim('/')}",
        ];
        return candidates.Select(Known).FirstOrDefault(links => links is not null);
    }

    private static RepositoryLinks? Known(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)
            || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme != Uri.UriSchemeHttps
            || !KnownHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase)
            || uri.AbsolutePath.Trim('/').Split('/') is not [{ Length: > 0 }, { Length: > 0 } name]
            || !string.IsNullOrEmpty(uri.Query) || !string.IsNullOrEmpty(uri.Fragment))
            return null;
        // Netlify may give the clone URL; the web pages live without ".git".
        var path = uri.AbsolutePath.Trim('/');
        if (name.EndsWith(".git", StringComparison.Ordinal)) path = path[..^4];
        return new RepositoryLinks($"https://{uri.Host.ToLowerInvariant()}/{path}");
    }
}
