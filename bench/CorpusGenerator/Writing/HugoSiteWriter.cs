using CorpusGenerator.Model;

namespace CorpusGenerator.Writing;

/// <summary>
/// Writes the same corpus as Hugo content and data, for bench/hugo-site/'s layouts: one content
/// tree per language (content/ja, content/en, same paths so Hugo pairs translations), measures,
/// issues and items as pages, ministries and programmes as taxonomy terms (Hugo computes their
/// back-links), and terms, institutions, events, vision, overview and sources as data files
/// (the glossary and timeline layouts compute their back-links in one pass over the measures).
/// Hugo reserves <c>summary</c> and <c>description</c> in front matter, so pages call them
/// <c>brief</c> and <c>blurb</c>. The conversion only denormalises what a Hugo author would
/// write by hand: a measure's display number and item, and the one-to-one issue → measure link.
/// </summary>
public static class HugoSiteWriter
{
    private static readonly string[] Languages = ["ja", "en"];

    public static int Write(SyntheticCorpus corpus, string hugoDirectory)
    {
        var files = 0;
        void Save(string relativePath, YamlText yaml, bool frontMatter)
        {
            var text = frontMatter ? "---\n" + yaml + "---\n" : yaml.ToString();
            OutputFiles.Write(Path.Combine(hugoDirectory, relativePath), text);
            files++;
        }

        var items = corpus.Items.ToDictionary(i => i.Id);
        var issues = corpus.Issues.ToDictionary(i => i.Id);
        var measureByIssue = corpus.Measures.ToDictionary(m => m.Issue, m => m.Id);
        var weights = corpus.Issues.Select((issue, index) => (issue.Id, index)).ToDictionary(x => x.Id, x => x.index + 1);

        foreach (var lang in Languages)
        {
            string Pick(BilingualText t) => lang == "ja" ? t.Ja : t.En;
            var content = Path.Combine("content", lang);

            Save(Path.Combine(content, "_index.md"), new YamlText().Quoted("title", Pick(corpus.Site.Title)), true);
            foreach (var (page, title) in new[]
            {
                ("glossary", new BilingualText("用語集", "Glossary")),
                ("timeline", new BilingualText("年表", "Timeline")),
                ("handbook", new BilingualText("ハンドブック全文（印刷用）", "The whole handbook (for printing)")),
                ("about", new BilingualText("このサイトについて", "About this site")),
                ("institutions", new BilingualText("機関", "Institutions")),
            })
                Save(Path.Combine(content, page + ".md"), new YamlText().Quoted("title", Pick(title)).Plain("layout", page), true);

            // List pages our build also writes (/measures/, /ministries/, /programmes/); items and
            // issues have none, so their sections are not rendered.
            foreach (var (section, title) in new[]
            {
                ("measures", new BilingualText("対応案一覧", "All measures")),
                ("ministries", new BilingualText("担当府省", "Ministries")),
                ("programmes", new BilingualText("事業・プログラム", "Programmes")),
            })
                Save(Path.Combine(content, section, "_index.md"), new YamlText().Quoted("title", Pick(title)), true);
            foreach (var section in new[] { "items", "issues" })
                Save(Path.Combine(content, section, "_index.md"), new YamlText().Quoted("title", section).Line("_build: { render: never }"), true);

            foreach (var i in corpus.Items)
                Save(Path.Combine(content, "items", i.Id + ".md"), new YamlText()
                    .Plain("id", i.Id).Quoted("title", Pick(i.Title)).Plain("number", i.Number).Plain("weight", i.Number)
                    .Text("major_issue", i.MajorIssue).Text("brief", i.Summary), true);

            foreach (var i in corpus.Issues)
                Save(Path.Combine(content, "issues", i.Id + ".md"), new YamlText()
                    .Plain("id", i.Id).Quoted("title", Pick(i.Summary)).Quoted("number", $"{items[i.Item].Number}-{i.Number}")
                    .Plain("weight", weights[i.Id]).Plain("item", i.Item).Plain("measure", measureByIssue[i.Id])
                    .Text("text", i.Text).Text("brief", i.Summary), true);

            foreach (var m in corpus.Measures)
            {
                var issue = issues[m.Issue];
                var y = new YamlText()
                    .Plain("id", m.Id).Quoted("title", Pick(m.Summary)).Quoted("number", $"{items[issue.Item].Number}-{issue.Number}")
                    .Plain("weight", weights[issue.Id]).Plain("item", issue.Item).Plain("issue", issue.Id)
                    .Text("brief", m.Summary).Line("actions:");
                foreach (var a in m.Actions)
                {
                    y.Line($"  - text: {YamlText.Inline(a.Text)}").Ids("ministries", a.Ministries, 4);
                    if (a.Status is { } s) y.Line($"    status: {{ state: {s.State}, evidence: {YamlText.Quote(s.Evidence)} }}");
                }
                if (m.Notes.Count > 0) y.Texts("notes", m.Notes);
                y.Ids("ministries", m.Actions.SelectMany(a => a.Ministries).Distinct())
                 .Ids("programmes", m.Mentions.Programmes).Ids("institutions", m.Mentions.Institutions)
                 .Ids("terms", m.Mentions.Terms).Ids("events", m.Mentions.Events);
                Save(Path.Combine(content, "measures", m.Id + ".md"), y, true);
            }

            foreach (var m in corpus.Ministries)
                Save(Path.Combine(content, "ministries", m.Id, "_index.md"), new YamlText()
                    .Plain("id", m.Id).Quoted("title", Pick(m.Name)).Quoted("code", m.Code).Text("name", m.Name)
                    .Plain("abbreviation", m.Abbreviation).Plain("weight", m.Order).Plain("website", m.Url), true);

            foreach (var p in corpus.Programmes)
                Save(Path.Combine(content, "programmes", p.Id, "_index.md"), new YamlText()
                    .Plain("id", p.Id).Quoted("title", Pick(p.Name)).Plain("kind", p.Kind).Text("name", p.Name)
                    .Text("blurb", p.Description).Ids("responsible", p.Ministries).Ids("events", p.Events), true);
        }

        WriteData(corpus, Save);
        return files;
    }

    private static void WriteData(SyntheticCorpus corpus, Action<string, YamlText, bool> save)
    {
        var s = corpus.Site;
        save(Path.Combine("data", "site.yaml"), new YamlText()
            .Text("title", s.Title).Text("description", s.Description).Text("publisher", s.Publisher)
            .Text("licence", s.Licence).Quoted("licence_url", s.LicenceUrl).Text("source_title", s.SourceTitle)
            .Quoted("as_of", s.AsOf).Text("as_of_basis", s.AsOfBasis), false);

        var sources = new YamlText().Line("list:");
        foreach (var src in corpus.Sources)
        {
            sources.Line($"  - id: {src.Id}").Text("author", src.Author, 4);
            if (src.Title is { } t) sources.Text("title", t, 4);
            sources.Quoted("verbatim", src.Verbatim, 4);
        }
        save(Path.Combine("data", "sources.yaml"), sources, false);

        var vision = new YamlText().Line("list:");
        foreach (var v in corpus.Vision)
        {
            vision.Line($"  - id: {v.Id}").Plain("year", v.Year, 4).Line("    goals:");
            foreach (var g in v.Goals) vision.Line($"      - {YamlText.Inline(g)}");
            vision.Ids("sources", v.Sources, 4);
        }
        save(Path.Combine("data", "vision.yaml"), vision, false);

        var overview = new YamlText().Line("list:");
        foreach (var o in corpus.Overviews)
        {
            overview.Line($"  - id: {o.Id}").Text("title", o.Title, 4).Line("    points:");
            foreach (var p in o.Points) overview.Line($"      - {YamlText.Inline(p)}");
        }
        save(Path.Combine("data", "overview.yaml"), overview, false);

        foreach (var t in corpus.Terms)
        {
            var y = new YamlText().Plain("id", t.Id).Text("name", t.Name);
            if (t.Expansion is { } e) y.Text("expansion", e);
            save(Path.Combine("data", "terms", t.Id + ".yaml"), y.Text("definition", t.Definition), false);
        }
        foreach (var i in corpus.Institutions)
        {
            var y = new YamlText().Plain("id", i.Id).Text("name", i.Name).Text("description", i.Description);
            if (i.Url is { } u) y.Quoted("url", u);
            save(Path.Combine("data", "institutions", i.Id + ".yaml"), y, false);
        }
        foreach (var e in corpus.Events)
        {
            var y = new YamlText().Plain("id", e.Id).Text("title", e.Title).Text("description", e.Description)
                .Quoted("start", e.Start).Quoted("sort_key", SortKey(e.Start) + e.Id).Quoted("source_wording", e.SourceWording);
            if (e.End is { } end) y.Quoted("end", end);
            save(Path.Combine("data", "events", e.Id + ".yaml"), y, false);
        }
    }

    /// <summary>The first day a date covers, so that FY2024 sorts as 2024-04-01.</summary>
    private static string SortKey(string date) => date.StartsWith("FY", StringComparison.Ordinal)
        ? date[2..] + "-04-01"
        : date.Length switch { 4 => date + "-01-01", 7 => date + "-01", _ => date };
}
