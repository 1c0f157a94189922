using CorpusGenerator.Model;

namespace CorpusGenerator.Writing;

/// <summary>
/// Writes a corpus as an input/ folder in the project's record shapes (input/README.md): one
/// file per record, named after its id, each naming its schema on the first line.
/// </summary>
public static class InputTreeWriter
{
    public static int Write(SyntheticCorpus corpus, string inputDirectory)
    {
        var files = 0;
        void Save(string folder, string id, string schema, Action<YamlText> body)
        {
            var yaml = new YamlText().Comment($"yaml-language-server: $schema=../schemas/{schema}");
            body(yaml);
            OutputFiles.Write(Path.Combine(inputDirectory, folder, id + ".yml"), yaml.ToString());
            files++;
        }

        var site = new YamlText().Comment($"yaml-language-server: $schema=schemas/{SchemaNames.Site}");
        WriteSite(site, corpus.Site);
        OutputFiles.Write(Path.Combine(inputDirectory, "site.yml"), site.ToString());
        files++;

        foreach (var s in corpus.Sources) Save("sources", s.Id, SchemaNames.Source, y => WriteSource(y, s));
        foreach (var v in corpus.Vision) Save("vision", v.Id, SchemaNames.Vision, y =>
        {
            y.Plain("id", v.Id).Plain("year", v.Year).Texts("goals", v.Goals).Ids("sources", v.Sources);
            if (v.Events.Count > 0) y.Ids("events", v.Events);
        });
        foreach (var o in corpus.Overviews) Save("overview", o.Id, SchemaNames.Overview, y =>
        {
            y.Plain("id", o.Id).Plain("order", o.Order).Text("title", o.Title).Texts("points", o.Points);
            WriteMentions(y, o.Mentions);
        });
        foreach (var i in corpus.Items) Save("items", i.Id, SchemaNames.Item, y =>
            y.Plain("id", i.Id).Plain("number", i.Number).Text("title", i.Title).Text("major_issue", i.MajorIssue).Text("summary", i.Summary));
        foreach (var i in corpus.Issues) Save("issues", i.Id, SchemaNames.Issue, y =>
            y.Plain("id", i.Id).Plain("item", i.Item).Plain("number", i.Number).Text("text", i.Text).Text("summary", i.Summary));
        foreach (var m in corpus.Measures) Save("measures", m.Id, SchemaNames.Measure, y => WriteMeasure(y, m));
        foreach (var m in corpus.Ministries) Save("ministries", m.Id, SchemaNames.Ministry, y =>
            y.Plain("id", m.Id).Plain("code", m.Code).Text("name", m.Name).Plain("abbreviation", m.Abbreviation)
             .Plain("order", m.Order).Plain("url", m.Url));
        foreach (var p in corpus.Programmes) Save("programmes", p.Id, SchemaNames.Programme, y =>
        {
            y.Plain("id", p.Id).Plain("kind", p.Kind).Text("name", p.Name).Text("description", p.Description);
            if (p.Ministries.Count > 0) y.Ids("ministries", p.Ministries);
            if (p.Events.Count > 0) y.Ids("events", p.Events);
        });
        foreach (var i in corpus.Institutions) Save("institutions", i.Id, SchemaNames.Institution, y =>
        {
            y.Plain("id", i.Id).Text("name", i.Name);
            if (i.ShortName is { } s) y.Text("short_name", s);
            y.Text("description", i.Description);
            if (i.Url is { } u) y.Plain("url", u);
        });
        foreach (var t in corpus.Terms) Save("terms", t.Id, SchemaNames.Term, y =>
        {
            y.Plain("id", t.Id).Text("name", t.Name);
            if (t.Expansion is { } e) y.Text("expansion", e);
            y.Text("definition", t.Definition)
             .Line($"forms: {{ ja: [{YamlText.Quote(t.Name.Ja)}], en: [{YamlText.Quote(t.Name.En)}] }}");
        });
        foreach (var e in corpus.Events) Save("events", e.Id, SchemaNames.Event, y =>
        {
            y.Plain("id", e.Id).Text("title", e.Title).Text("description", e.Description).Plain("start", e.Start);
            if (e.End is { } end) y.Plain("end", end);
            y.Quoted("source_wording", e.SourceWording);
        });
        return files;
    }

    private static void WriteSite(YamlText y, SiteRecord s) =>
        y.Plain("id", "site").Text("title", s.Title).Text("description", s.Description).Text("publisher", s.Publisher)
         .Plain("base_url", s.BaseUrl).Text("licence", s.Licence).Plain("licence_url", s.LicenceUrl)
         .Line("source_document:").Text("title", s.SourceTitle, 2).Plain("as_of", s.AsOf, 2)
         .Text("as_of_basis", s.AsOfBasis, 2).Plain("copy", s.Copy, 2);

    private static void WriteSource(YamlText y, SourceRecord s)
    {
        y.Plain("id", s.Id).Text("author", s.Author);
        if (s.Title is { } title) y.Text("title", title);
        if (s.Journal is { } journal) y.Text("journal", journal);
        if (s.Volume is { } volume) y.Quoted("volume", volume);
        if (s.Number is { } number) y.Quoted("number", number);
        if (s.Year is { } year) y.Plain("year", year);
        if (s.Event is { } ev) y.Text("event", ev);
        if (s.Venue is { } venue) y.Text("venue", venue);
        if (s.Date is { } date) y.Plain("date", date);
        y.Quoted("verbatim", s.Verbatim);
    }

    private static void WriteMeasure(YamlText y, MeasureRecord m)
    {
        y.Plain("id", m.Id).Plain("issue", m.Issue).Text("summary", m.Summary).Line("actions:");
        foreach (var a in m.Actions)
        {
            y.Line($"  - text: {YamlText.Inline(a.Text)}").Ids("ministries", a.Ministries, 4);
            if (a.Status is { } s) y.Line("    status:").Plain("state", s.State, 6).Quoted("evidence", s.Evidence, 6);
        }
        if (m.Notes.Count > 0) y.Texts("notes", m.Notes);
        WriteMentions(y, m.Mentions);
    }

    private static void WriteMentions(YamlText y, MentionSet mentions)
    {
        if (mentions.IsEmpty) return;
        y.Line("mentions:");
        if (mentions.Programmes.Count > 0) y.Ids("programmes", mentions.Programmes, 2);
        if (mentions.Institutions.Count > 0) y.Ids("institutions", mentions.Institutions, 2);
        if (mentions.Terms.Count > 0) y.Ids("terms", mentions.Terms, 2);
        if (mentions.Events.Count > 0) y.Ids("events", mentions.Events, 2);
    }
}
