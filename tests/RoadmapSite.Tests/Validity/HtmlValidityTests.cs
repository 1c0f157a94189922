
namespace RoadmapSite.Tests.Validity;

/// <summary>The handbook promises zero Nu HTML Checker errors on every page.</summary>
public sealed class HtmlValidityTests(NuHtmlReport report) : IClassFixture<NuHtmlReport>
{
    [Fact]
    public void EveryPageHasNoHtmlErrors() =>
        AssertNone(report.Messages.Where(m => m.IsError), "Nu HTML Checker errors");

    [Fact]
    public void EveryPageHasNoUnacceptedWarnings() =>
        AssertNone(report.Messages.Where(m => m.IsWarning && !IgnoredVnuWarnings.Ignores(m)),
            "Nu HTML Checker warnings (accept one only in IgnoredVnuWarnings, with the reason)");

    private void AssertNone(IEnumerable<VnuMessage> messages, string what)
    {
        var lines = messages.Select(m => m.Describe(report.Site.Output)).ToList();
        Assert.True(lines.Count == 0, $"{lines.Count} {what}:\n{string.Join('\n', lines)}");
    }
}
