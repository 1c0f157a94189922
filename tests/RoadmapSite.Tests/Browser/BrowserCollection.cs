namespace RoadmapSite.Tests.Browser;

/// <summary>Every browser test shares one served site and one Chromium; xunit runs them one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowsedSite>
{
    public const string Name = "browser";
}
