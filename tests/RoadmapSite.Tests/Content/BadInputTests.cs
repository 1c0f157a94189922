using System.Text;
using RoadmapSite.Content.Checking;
using RoadmapSite.Content.Loading;
using RoadmapSite.Tests.Infrastructure;
using Xunit;

namespace RoadmapSite.Tests.Content;

/// <summary>
/// Each bad-input fixture (tests/fixtures/bad-input/&lt;case&gt;/, laid over the minimal tree)
/// gives one clear message at the right file, line and column.
/// </summary>
public class BadInputTests
{
    [Theory]
    [InlineData("tab-indentation", "input/issues/ips-suitable-diseases.yml", 6, 1, "indented with a tab")]
    [InlineData("wrong-indentation", "input/issues/ips-suitable-diseases.yml", 7, 3, "indentation here does not line up")]
    [InlineData("unclosed-quote", "input/issues/ips-suitable-diseases.yml", 6, 7, "quoted text is not closed")]
    [InlineData("duplicate-key", "input/issues/ips-suitable-diseases.yml", 7, 1, "appears twice")]
    [InlineData("wrong-type", "input/issues/ips-suitable-diseases.yml", 4, 9, "'number' should be a whole number, but it is the text 'one'")]
    [InlineData("unknown-field", "input/measures/ips-organ-targets.yml", 9, 5, "unknown field 'ministy' (did you mean 'ministries'?)")]
    [InlineData("empty-file", "input/terms/aav.yml", 1, 1, "the file is empty")]
    [InlineData("not-utf8", "input/terms/aav.yml", 4, 19, "not UTF-8")]
    [InlineData("alias-bomb", "input/terms/aav.yml", 5, 11, "expand to more than")]
    [InlineData("duplicate-id", "input/terms/mps-copy.yml", 2, 5, "the id 'mps' is already used by input/terms/mps.yml")]
    [InlineData("id-not-slug", "input/terms/aav.yml", 2, 5, "'AAV_Vector' is not a valid id")]
    [InlineData("dangling-reference", "input/measures/ips-organ-targets.yml", 9, 24, "there is no ministry 'metti' (no file input/ministries/metti.yml) (did you mean 'meti'?)")]
    [InlineData("reserved-id", "input/measures/ips-organ-targets.yml", 3, 14, "a measure cannot have the id 'term': /ja/measures/term/ is the list of measures by term")]
    [InlineData("self-reference", "input/terms/aav.yml", 3, 14, "former_ids lists this record's own id 'aav'")]
    [InlineData("wrong-folder", "input/issues/ips-organ-targets-2.yml", 5, 1, "unknown field 'actions'")]
    [InlineData("wrong-folder", "input/issues/ips-organ-targets-2.yml", 1, 1, "this file names the measure schema but is in issues/; if it is a measure, move it to input/measures/")]
    [InlineData("file-name-not-id", "input/terms/adeno.yml", 2, 5, "does not match the file name 'adeno.yml'")]
    [InlineData("non-yml-file", "input/terms/aav.yaml", 1, 1, "only .yml files are records; rename it to 'aav.yml'")]
    [InlineData("unknown-folder", "input/measure", 1, 1, "unknown folder 'measure/' (did you mean 'measures'?)")]
    [InlineData("duplicate-number", "input/issues/organoids.yml", 4, 9, "number 1 is already used by input/issues/ips-suitable-diseases.yml")]
    [InlineData("numbering-gap", "input/issues/organoids.yml", 4, 9, "skip number 2")]
    [InlineData("evidence-not-in-text", "input/measures/ips-organ-targets.yml", 12, 17, "the evidence '引き続き推進する' is not in this action's Japanese text")]
    [InlineData("measure-without-issue", "input/measures/organoid-research.yml", 3, 8, "there is no issue 'organoids-and-exosomes'")]
    [InlineData("issue-without-measure", "input/issues/organoids.yml", 2, 5, "no measure answers the issue 'organoids'")]
    [InlineData("former-id-collision", "input/terms/aav.yml", 3, 14, "'mps' is the current id of input/terms/mps.yml")]
    [InlineData("english-has-japanese", "input/terms/aav.yml", 6, 7, "untranslated Japanese")]
    [InlineData("unknown-ministry-code", "input/ministries/mhlw.yml", 3, 7, "'労' is not a ministry code")]
    [InlineData("missing-field", "input/terms/aav.yml", 2, 1, "a term record needs the field 'definition'")]
    [InlineData("no-schema-line", "input/terms/mps.yml", 1, 1, "the first line must name the schema, so editors can check the file as you type: # yaml-language-server: $schema=../schemas/term.schema.json")]
    [InlineData("empty-translation", "input/terms/aav.yml", 4, 34, "'en' is empty; write the English translation")]
    [InlineData("missing-translation", "input/terms/aav.yml", 4, 13, "'definition' needs the field 'en'")]
    [InlineData("blank-translation", "input/terms/aav.yml", 6, 6, "'en' has no text; write the English translation, or write en: ~")]
    [InlineData("record-is-a-list", "input/terms/aav.yml", 2, 1, "a term record is a group of fields, one per line ('id: ...'), but this file holds a list")]
    [InlineData("number-below-minimum", "input/issues/ips-suitable-diseases.yml", 4, 9, "'number' is the number 0; it must be at least 1")]
    [InlineData("number-too-large", "input/issues/ips-suitable-diseases.yml", 4, 9, "'number' is 99999999999, too large a number")]
    [InlineData("impossible-date", "input/events/third-period.yml", 5, 8, "'2025-13-01' is not a date")]
    [InlineData("javascript-url", "input/institutions/cira.yml", 6, 6, "'url' 'javascript:alert(document.cookie)' is not in the expected form: An absolute http(s) URL")]
    [InlineData("unknown-status", "input/measures/ips-organ-targets.yml", 11, 14, "'state' cannot be 'finished'; use one of: done, ongoing, planned")]
    public void Reports_the_problem_where_it_is(string fixture, string file, int line, int column, string message)
    {
        using var input = new FixtureInput(fixture);
        var result = HandbookLoader.Load(input.Input, input.Root);

        Assert.True(result.HasErrors);
        Assert.Null(result.Handbook);
        var found = Assert.Single(result.Diagnostics, d => d.Message.Contains(message, StringComparison.Ordinal));
        Assert.Equal((file, line, column), (found.File, Math.Max(found.Line, 1), Math.Max(found.Column, 1)));
    }

    [Fact]
    public void A_summary_over_25_words_is_a_warning_not_an_error()
    {
        using var input = new FixtureInput("long-summary");
        var result = HandbookLoader.Load(input.Input, input.Root);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Equal(("input/measures/ips-organ-targets.yml", 4), (warning.File, warning.Line));
        Assert.Contains("27 words", warning.Message);
        Assert.NotNull(result.Handbook);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_fine()
    {
        using var input = new FixtureInput("bom-is-fine");
        var result = HandbookLoader.Load(input.Input, input.Root);
        Assert.Empty(result.Diagnostics);
        Assert.Contains(result.Handbook!.Terms, t => t.Id == "aav");
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_unread()
    {
        using var input = new FixtureInput();
        var text = "# yaml-language-server: $schema=../schemas/term.schema.json\nid: huge\n"
            + string.Concat(Enumerable.Repeat("# padding padding padding padding padding padding\n", YamlDocumentReader.MaxFileBytes / 40));
        File.WriteAllText(input.PathOf("terms/huge.yml"), text, new UTF8Encoding(false));

        var found = Assert.Single(HandbookLoader.Load(input.Input, input.Root).Diagnostics);
        Assert.Equal(("input/terms/huge.yml", 1), (found.File, found.Line));
        Assert.Contains("over the limit of 256 KB", found.Message);
    }

    [Fact]
    public void A_link_to_a_file_outside_input_is_refused()
    {
        using var input = new FixtureInput();
        var outside = Path.Combine(input.Root, "outside.yml");
        File.Copy(input.PathOf("terms/mps.yml"), outside);
        File.Delete(input.PathOf("terms/mps.yml"));
        File.CreateSymbolicLink(input.PathOf("terms/mps.yml"), outside);

        var result = HandbookLoader.Load(input.Input, input.Root);
        Assert.Contains(result.Diagnostics, d => d.File == "input/terms/mps.yml" && d.Message.Contains("link to a file outside input/"));
    }

    [Fact]
    public void Every_problem_is_reported_sorted_by_file_line_and_column()
    {
        using var input = new FixtureInput("unknown-field");
        File.Copy(RepoRoot.Combine("tests/fixtures/bad-input/id-not-slug/terms/aav.yml"), input.PathOf("terms/aav.yml"));

        var diagnostics = HandbookLoader.Load(input.Input, input.Root).Diagnostics;
        Assert.Contains(diagnostics, d => d.Message.Contains("ministy"));
        Assert.Contains(diagnostics, d => d.Message.Contains("AAV_Vector"));
        Assert.Equal(diagnostics.OrderBy(d => d.File, StringComparer.Ordinal).ThenBy(d => d.Line).ThenBy(d => d.Column), diagnostics);
    }
}
