using System.Globalization;
using System.Text.Json.Nodes;
using RoadmapSite.Content.Model;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Turns a record's JSON, already checked by its schema, into the immutable model: YAML's
/// snake_case fields (<c>major_issue</c>) to the model's properties (<c>MajorIssue</c>).
/// </summary>
/// <remarks>
/// Written out rather than left to a serialiser: System.Text.Json by reflection took a tenth of a
/// second to start in every build of the real handbook, and its generated readers set each
/// init-only property a record leaves out to null, over its default (dotnet/runtime#84484).
/// </remarks>
public static class RecordReader
{
    /// <summary>A value the schema allows that the model cannot hold: a day that does not exist, a number too large.</summary>
    public sealed class UnreadableValueException(string path, string message) : Exception(message)
    {
        /// <summary>Where, as the <see cref="SourceMap"/> spells it.</summary>
        public string Path { get; } = path;
    }

    /// <exception cref="UnreadableValueException">A value does not fit the model.</exception>
    public static Record Read(JsonNode? json, RecordType type, string file)
    {
        var r = new Fields(json as JsonObject ?? throw new UnreadableValueException("", "the record is not a group of fields"));
        Record record = type.Name switch
        {
            "site" => new Site
            {
                Id = r.Text("id"),
                Title = r.Bilingual("title"),
                Description = r.Bilingual("description"),
                Publisher = r.Bilingual("publisher"),
                BaseUrl = r.Text("base_url"),
                Licence = r.Bilingual("licence"),
                LicenceUrl = r.OptionalText("licence_url"),
                SourceDocument = SourceDocument(r.Object("source_document")),
                RepositoryUrl = r.OptionalText("repository_url"),
            },
            "source" => new Source
            {
                Id = r.Text("id"),
                Author = r.Bilingual("author"),
                Title = r.OptionalBilingual("title"),
                Journal = r.OptionalBilingual("journal"),
                Volume = r.OptionalText("volume"),
                Number = r.OptionalText("number"),
                Year = r.Has("year") ? r.Integer("year") : null,
                Event = r.OptionalBilingual("event"),
                Venue = r.OptionalBilingual("venue"),
                Date = r.Has("date") ? r.Date("date") : null,
                Verbatim = r.Text("verbatim"),
            },
            "vision" => new VisionHorizon
            {
                Id = r.Text("id"),
                Year = r.Integer("year"),
                Goals = r.Bilinguals("goals"),
                Sources = r.Texts("sources"),
                Events = r.Texts("events"),
            },
            "overview" => new Overview
            {
                Id = r.Text("id"),
                Order = r.Integer("order"),
                Title = r.Bilingual("title"),
                Points = r.Bilinguals("points"),
                Mentions = r.Mentions(),
            },
            "item" => new Item
            {
                Id = r.Text("id"),
                Number = r.Integer("number"),
                Title = r.Bilingual("title"),
                MajorIssue = r.Bilingual("major_issue"),
                Summary = r.Bilingual("summary"),
                Mentions = r.Mentions(),
            },
            "issue" => new Issue
            {
                Id = r.Text("id"),
                Item = r.Text("item"),
                Number = r.Integer("number"),
                Text = r.Bilingual("text"),
                Summary = r.Bilingual("summary"),
                Mentions = r.Mentions(),
            },
            "measure" => new Measure
            {
                Id = r.Text("id"),
                Issue = r.Text("issue"),
                Summary = r.Bilingual("summary"),
                Actions = r.Objects("actions").Select(a => new MeasureAction
                {
                    Text = a.Bilingual("text"),
                    Ministries = a.Texts("ministries"),
                    Status = a.Has("status") ? Status(a.Object("status")) : null,
                }).ToList(),
                Notes = r.Bilinguals("notes"),
                Mentions = r.Mentions(),
            },
            "ministry" => new Ministry
            {
                Id = r.Text("id"),
                Code = r.Text("code"),
                Name = r.Bilingual("name"),
                Abbreviation = r.Text("abbreviation"),
                Order = r.Integer("order"),
                Url = r.OptionalText("url"),
            },
            "programme" => new Programme
            {
                Id = r.Text("id"),
                Kind = r.Text("kind") switch
                {
                    "programme" => ProgrammeKind.Programme,
                    "project" => ProgrammeKind.Project,
                    "subsidy" => ProgrammeKind.Subsidy,
                    "budget" => ProgrammeKind.Budget,
                    "strategy" => ProgrammeKind.Strategy,
                    var other => throw r.Unreadable("kind", $"'{other}' is not a kind of programme"),
                },
                Name = r.Bilingual("name"),
                Description = r.Bilingual("description"),
                Ministries = r.Texts("ministries"),
                Events = r.Texts("events"),
            },
            "institution" => new Institution
            {
                Id = r.Text("id"),
                Name = r.Bilingual("name"),
                ShortName = r.OptionalBilingual("short_name"),
                Description = r.Bilingual("description"),
                Url = r.OptionalText("url"),
            },
            "term" => new Term
            {
                Id = r.Text("id"),
                Name = r.Bilingual("name"),
                Expansion = r.OptionalBilingual("expansion"),
                Definition = r.Bilingual("definition"),
                Forms = r.Has("forms") ? new TermForms { Ja = r.Object("forms").Texts("ja"), En = r.Object("forms").Texts("en") } : new TermForms(),
            },
            "event" => new TimelineEvent
            {
                Id = r.Text("id"),
                Title = r.Bilingual("title"),
                Description = r.Bilingual("description"),
                Start = r.Date("start"),
                End = r.Has("end") ? r.Date("end") : null,
                SourceWording = r.Text("source_wording"),
            },
            _ => throw new ArgumentException($"no reader for the record type '{type.Name}'", nameof(type)),
        };
        return record with { FormerIds = r.Texts("former_ids"), File = file };
    }

    private static SourceDocument SourceDocument(Fields d) => new()
    {
        Title = d.Bilingual("title"),
        AsOf = d.Date("as_of"),
        AsOfBasis = d.Bilingual("as_of_basis"),
        Copy = d.Text("copy"),
    };

    private static ActionStatus Status(Fields s) => new(s.Text("state") switch
    {
        "done" => ActionState.Done,
        "ongoing" => ActionState.Ongoing,
        "planned" => ActionState.Planned,
        var other => throw s.Unreadable("state", $"'{other}' is not a state"),
    }, s.Text("evidence"));

    /// <summary>The fields of one JSON object, read as the model's types.</summary>
    private readonly struct Fields(JsonObject json)
    {
        public bool Has(string name) => json[name] is not null;

        public string Text(string name) => OptionalText(name) ?? throw Unreadable(name, "a text is needed here");

        public string? OptionalText(string name) => SourceMap.Text(json[name]);

        public IReadOnlyList<string> Texts(string name)
        {
            if (json[name] is not JsonArray list) return [];
            var texts = new List<string>(list.Count);
            foreach (var entry in list) texts.Add(SourceMap.Text(entry) ?? throw Unreadable(name, "a list of texts is needed here"));
            return texts;
        }

        public int Integer(string name) =>
            json[name] is JsonValue v && v.TryGetValue<long>(out var n)
                ? n is >= int.MinValue and <= int.MaxValue ? (int)n : throw Unreadable(name, $"'{name}' is {n}, too large a number")
                : throw Unreadable(name, "a whole number is needed here");

        public PartialDate Date(string name)
        {
            var text = json[name] is JsonValue v && v.TryGetValue<long>(out var year)
                ? year.ToString(CultureInfo.InvariantCulture)
                : Text(name);
            return PartialDate.TryParse(text, out var date)
                ? date
                : throw Unreadable(name, $"'{text}' is not a date (2024-03-29, 2024-02, 2040 or FY2024)");
        }

        public Fields Object(string name) =>
            new(json[name] as JsonObject ?? throw Unreadable(name, "a group of fields is needed here"));

        public List<Fields> Objects(string name)
        {
            if (json[name] is not JsonArray list) return [];
            var objects = new List<Fields>(list.Count);
            foreach (var entry in list) objects.Add(new(entry as JsonObject ?? throw Unreadable(name, "a list of groups of fields is needed here")));
            return objects;
        }

        /// <summary>The object named as a text in both languages, <c>{ ja: ..., en: ..., en_from: ... }</c>.</summary>
        public Bilingual Bilingual(string name) => Object(name).AsBilingual();

        public Bilingual? OptionalBilingual(string name) => Has(name) ? Bilingual(name) : null;

        public IReadOnlyList<Bilingual> Bilinguals(string name) => Objects(name).Select(t => t.AsBilingual()).ToList();

        public Mentions Mentions()
        {
            if (!Has("mentions")) return Model.Mentions.None;
            var m = Object("mentions");
            return new Mentions { Programmes = m.Texts("programmes"), Institutions = m.Texts("institutions"), Terms = m.Texts("terms"), Events = m.Texts("events") };
        }

        public UnreadableValueException Unreadable(string name, string message) =>
            new(JsonPath.Property(json.GetPath().TrimStart('$').TrimStart('.'), name), message);

        private Bilingual AsBilingual() => new(Text("ja"), OptionalText("en")) { EnFrom = OptionalText("en_from") };
    }
}
