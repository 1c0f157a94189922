using RoadmapSite.Content.Checking;
using Xunit;

namespace RoadmapSite.Tests.Content;

/// <summary>The judgement calls inside rules: what counts as a typo, and what as untranslated Japanese.</summary>
public class RuleWordingTests
{
    [Theory]
    [InlineData("ministy", "ministries")]
    [InlineData("sumary", "summary")]
    [InlineData("metti", "meti")]
    [InlineData("mnetions", "mentions")]
    public void Suggests_the_likely_intended_name(string typo, string intended) =>
        Assert.Equal(intended, DidYouMean.Closest(typo, ["ministries", "summary", "meti", "mext", "mentions", "actions", "notes"]));

    [Fact]
    public void Suggests_nothing_for_an_unrelated_word() =>
        Assert.Null(DidYouMean.Closest("budget", ["ministries", "summary", "mentions"]));

    [Theory]
    [InlineData("the Cartagena Act (カルタヘナ法)")]
    [InlineData("Experimental Medicine (Jikken Igaku, 実験医学)")]
    [InlineData("ＭＰＳ and full-width ２０２４ are not Japanese sentences")]
    public void Allows_a_short_Japanese_name_in_English(string english) =>
        Assert.Null(EnglishHasNoJapanese.UntranslatedRun(english));

    [Theory]
    [InlineData("We will 引き続き検討する。", "引き続き検討する。")]
    [InlineData("再生医療・遺伝子治療の産業化に向けた基盤技術開発事業", "再生医療・遺伝子治療の産業化に向けた基盤技術開発事業")]
    public void Flags_an_untranslated_sentence(string english, string run) =>
        Assert.Equal(run, EnglishHasNoJapanese.UntranslatedRun(english));
}
