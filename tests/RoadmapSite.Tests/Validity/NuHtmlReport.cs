using RoadmapSite.Tests.Infrastructure;

namespace RoadmapSite.Tests.Validity;

/// <summary>The checker's findings on the shared site, produced once for all validity tests.</summary>
public sealed class NuHtmlReport : Xunit.IAsyncLifetime
{
    public BuiltSite Site { get; } = BuiltSite.Shared;

    public IReadOnlyList<VnuMessage> Messages { get; private set; } = [];

    public async Task InitializeAsync() => Messages = await NuHtmlChecker.CheckFolderAsync(Site.Output);

    public Task DisposeAsync() => Task.CompletedTask;
}
