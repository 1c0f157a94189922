using CorpusGenerator.Model;
using CorpusGenerator.Vocabulary;

namespace CorpusGenerator.Building;

/// <summary>
/// Draws a whole synthetic handbook from a seed. The same shape and seed always give the same
/// records, in the same order, with the same text.
/// </summary>
public sealed class CorpusBuilder(CorpusShape shape, ulong seed)
{
    private readonly SeededRandom _random = new(seed);
    private readonly IReadOnlyList<MinistryRecord> _ministries = HandbookFrame.Ministries();

    public SyntheticCorpus Build()
    {
        var events = BuildEvents();
        var programmes = BuildProgrammes(events);
        var institutions = Enumerable.Range(0, shape.Institutions).Select(BuildInstitution).ToList();
        var terms = Enumerable.Range(0, shape.Terms).Select(BuildTerm).ToList();
        var items = Enumerable.Range(1, shape.Items).Select(BuildItem).ToList();
        var issues = new List<IssueRecord>(shape.Measures);
        var measures = new List<MeasureRecord>(shape.Measures);
        var mentionable = new Mentionable(programmes, institutions, terms, events);
        var index = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var count = shape.Measures / items.Count + (i < shape.Measures % items.Count ? 1 : 0);
            for (var number = 1; number <= count; number++, index++)
            {
                var topic = _random.Pick(Topics.All);
                var aspect = _random.Pick(Aspects.All);
                var issue = BuildIssue(items[i], number, index, topic, aspect);
                issues.Add(issue);
                measures.Add(BuildMeasure(issue, topic, aspect, mentionable));
            }
        }
        return new(HandbookFrame.Site(shape.Measures), HandbookFrame.Sources(), HandbookFrame.Vision(), HandbookFrame.Overviews(),
            items, issues, measures, _ministries, programmes, institutions, terms, events);
    }

    private sealed record Mentionable(
        IReadOnlyList<ProgrammeRecord> Programmes,
        IReadOnlyList<InstitutionRecord> Institutions,
        IReadOnlyList<TermRecord> Terms,
        IReadOnlyList<EventRecord> Events);

    private List<EventRecord> BuildEvents()
    {
        var events = HandbookFrame.Events().ToList();
        string[] documentsJa = ["ガイダンス", "留意事項", "取扱い", "評価指標"];
        string[] documentsEn = ["guidance", "points to consider", "handling", "evaluation criteria"];
        for (var k = 0; k < shape.Events; k++)
        {
            var topic = _random.Pick(Topics.All);
            var year = _random.Next(2020, 2031);
            var month = _random.Next(1, 13);
            var day = _random.Next(1, 29);
            var serial = $"{k + 1:D4}";
            switch (k % 4)
            {
                case 0:
                    var d = _random.Next(documentsJa.Length);
                    events.Add(new($"notice-{topic.Slug}-{serial}",
                        new($"{topic.Ja}に関する{documentsJa[d]}の通知", $"Notice on {documentsEn[d]} for {topic.En}"),
                        new($"{topic.Ja}の{documentsJa[d]}を示した通知", $"A notice setting out {documentsEn[d]} for {topic.En}"),
                        JapaneseDate.Iso(year, month, day), null, JapaneseDate.DayJa(year, month, day), JapaneseDate.DayEn(year, month, day)));
                    break;
                case 1:
                    events.Add(new($"study-group-report-{topic.Slug}-{serial}",
                        new($"{topic.Ja}に関する検討会の取りまとめ", $"Report of the study group on {topic.En}"),
                        new($"{topic.Ja}の課題を整理した検討会報告書", $"A study group report setting out the issues of {topic.En}"),
                        JapaneseDate.Iso(year, month), null, JapaneseDate.MonthJa(year, month), JapaneseDate.MonthEn(year, month)));
                    break;
                case 2:
                    events.Add(new($"programme-start-{topic.Slug}-{serial}",
                        new($"{topic.Ja}に関する事業の開始", $"Start of the programme on {topic.En}"),
                        new($"{topic.Ja}を支援する事業が始まる年度", $"The fiscal year in which the programme supporting {topic.En} starts"),
                        $"FY{year}", null, JapaneseDate.FiscalYearJa(year), JapaneseDate.FiscalYearEn(year)));
                    break;
                default:
                    events.Add(new($"intensive-support-{topic.Slug}-{serial}",
                        new($"{topic.Ja}の集中支援期間", $"Intensive support period for {topic.En}"),
                        new($"{topic.Ja}を重点的に支援する期間", $"The period in which {topic.En} receive focused support"),
                        $"FY{year}", $"FY{year + 2}", $"{JapaneseDate.FiscalYearJa(year)}から{JapaneseDate.FiscalYearJa(year + 2)}まで",
                        $"fiscal years {year} to {year + 2}"));
                    break;
            }
        }
        return events;
    }

    private List<ProgrammeRecord> BuildProgrammes(IReadOnlyList<EventRecord> events)
    {
        var programmes = new List<ProgrammeRecord>(shape.Programmes);
        for (var n = 0; n < shape.Programmes; n++)
        {
            var (topic, pattern, phase) = ProgrammeStock.At(n);
            var nameJa = pattern.Ja.Replace("{t}", topic.Ja) + (phase > 1 ? $"（第{JapaneseDate.FullWidth(phase)}期）" : "");
            var nameEn = pattern.En.Replace("{t}", topic.En) + (phase > 1 ? $" (phase {phase})" : "");
            var ministry = _random.Pick(_ministries).Id;
            IReadOnlyList<string> programmeEvents = _random.Chance(40) ? [_random.Pick(events).Id] : [];
            programmes.Add(new($"{topic.Slug}-{pattern.Slug}" + (phase > 1 ? $"-phase-{phase}" : ""), pattern.Kind,
                new(nameJa, nameEn),
                new($"{topic.Ja}に関する研究開発と実用化を支援する。", $"Supports research, development and practical application of {topic.En}."),
                [ministry], programmeEvents));
        }
        return programmes;
    }

    private static InstitutionRecord BuildInstitution(int n)
    {
        var e = InstitutionStock.At(n);
        return new(e.Slug, new(e.NameJa, e.NameEn), e.ShortJa is null ? null : new(e.ShortJa, e.ShortEn!),
            new($"{e.NameJa}は、再生・細胞医療・遺伝子治療の研究開発を担う機関である。",
                $"The {e.NameEn} carries out research and development in regenerative, cell and gene therapy."),
            e.Url);
    }

    private static TermRecord BuildTerm(int n)
    {
        var e = TermStock.At(n);
        return new(e.Slug, new(e.NameJa, e.NameEn), e.ExpansionJa is null ? null : new(e.ExpansionJa, e.ExpansionEn!),
            new(e.DefinitionJa, e.DefinitionEn));
    }

    private static ItemRecord BuildItem(int number)
    {
        var theme = ItemThemes.All[(number - 1) % ItemThemes.All.Count];
        var part = (number - 1) / ItemThemes.All.Count + 1;
        var partJa = part > 1 ? $"（その{JapaneseDate.FullWidth(part)}）" : "";
        var partEn = part > 1 ? $" (part {part})" : "";
        return new(theme.Slug + (part > 1 ? $"-part-{part}" : ""), number,
            new($"{theme.Ja}領域の課題と対応の方向性{partJa}", $"Issues and directions in {theme.En}{partEn}"),
            new($"{theme.Ja}の研究開発の成果を速やかに患者に届けるため、研究から実用化までの課題をどのように解決すべきか。",
                $"How should the obstacles between research and practical use be resolved so that results in {theme.En} reach patients quickly?"),
            new($"{theme.Ja}の研究成果を患者に届けるための課題と対応", $"Issues and responses for bringing results in {theme.En} to patients"));
    }

    private IssueRecord BuildIssue(ItemRecord item, int number, int index, Phrase topic, Phrase aspect)
    {
        var template = _random.Pick(IssueTemplate.All);
        return new($"{topic.Slug}-{aspect.Slug}-{index + 1}", item.Id, number, template.Fill(topic, aspect),
            new($"{topic.Ja}の{aspect.Ja}の進め方", $"How to advance the {aspect.En} of {topic.En}"));
    }

    private static readonly (string Ja, string En)[] SummaryVerbs =
        [("を推進", "Promote"), ("を支援", "Support"), ("に向けた体制を整備", "Build a framework for"), ("の在り方を検討", "Examine")];

    private MeasureRecord BuildMeasure(IssueRecord issue, Phrase topic, Phrase aspect, Mentionable m)
    {
        var actionCount = _random.Next(100) switch { < 25 => 1, < 60 => 2, < 85 => 3, _ => 4 };
        var programmes = _random.Distinct(m.Programmes, _random.Next(0, 3));
        var institutions = _random.Distinct(m.Institutions, _random.Next(0, 2));
        var terms = _random.Distinct(m.Terms, _random.Next(1, 4));
        var events = _random.Distinct(m.Events, _random.Next(0, 2));
        var actions = new List<ActionRecord>(actionCount);
        for (var j = 0; j < actionCount; j++)
        {
            var actionAspect = j == 0 ? aspect : _random.Pick(Aspects.All);
            actions.Add(BuildAction(topic, actionAspect,
                programmes.Where((_, k) => k % actionCount == j).ToList(),
                institutions.Where((_, k) => k % actionCount == j).ToList(),
                terms.Where((_, k) => k % actionCount == j).ToList(),
                events.Where((_, k) => (k + actionCount - 1) % actionCount == j).ToList()));
        }
        IReadOnlyList<BilingualText> notes = _random.Chance(10)
            ? [new($"※{terms[0].Name.Ja}の定義は用語集を参照。", $"Note: see the glossary for the definition of {terms[0].Name.En}.")]
            : [];
        var verb = _random.Pick(SummaryVerbs);
        return new(issue.Id + "-response", issue.Id,
            new($"{topic.Ja}の{aspect.Ja}{verb.Ja}", $"{verb.En} the {aspect.En} of {topic.En}"),
            actions, notes,
            new(programmes.Select(p => p.Id).ToList(), institutions.Select(i => i.Id).ToList(),
                terms.Select(t => t.Id).ToList(), events.Select(e => e.Id).ToList()));
    }

    private ActionRecord BuildAction(Phrase topic, Phrase aspect, IReadOnlyList<ProgrammeRecord> programmes,
        IReadOnlyList<InstitutionRecord> institutions, IReadOnlyList<TermRecord> terms, IReadOnlyList<EventRecord> events)
    {
        var ja = new System.Text.StringBuilder();
        var enTail = new System.Text.StringBuilder();
        foreach (var e in events)
        {
            ja.Append(e.SourceWording).Append("以降、");
            enTail.Append(", from ").Append(e.EnglishWording);
        }
        foreach (var i in institutions)
        {
            ja.Append(i.Name.Ja).Append("と連携し、");
            enTail.Append(", in collaboration with the ").Append(i.Name.En);
        }
        foreach (var p in programmes)
        {
            ja.Append('「').Append(p.Name.Ja).Append("」において、");
            enTail.Append(", under the ").Append(p.Name.En);
        }
        string coreEn;
        if (terms.Count > 0)
        {
            ja.Append(string.Join("や", terms.Select(t => t.Name.Ja))).Append("を活用した")
              .Append(topic.Ja).Append('の').Append(aspect.Ja).Append("に関する研究開発");
            coreEn = $"research and development on the {aspect.En} of {topic.En} using {string.Join(" and ", terms.Select(t => t.Name.En))}";
        }
        else
        {
            ja.Append(topic.Ja).Append('の').Append(aspect.Ja).Append("に向けた取組");
            coreEn = $"work towards the {aspect.En} of {topic.En}";
        }
        var ending = _random.Pick(ActionEnding.All);
        ja.Append(ending.Ja);
        var en = $"{ending.En} {coreEn}{enTail}.";
        if (_random.Chance(30))
        {
            var other = _random.Pick(Aspects.All);
            ja.Append("また、").Append(other.Ja).Append("についても併せて検討する。");
            en += $" The {other.En} will also be examined.";
        }
        var ministryCount = _random.Next(100) switch { < 60 => 1, < 90 => 2, _ => 3 };
        var ministries = _random.Distinct(_ministries, ministryCount).OrderBy(x => x.Order).Select(x => x.Id).ToList();
        var status = ending.State is null ? null : new StatusRecord(ending.State, ending.Evidence!);
        return new(new(ja.ToString(), en), ministries, status);
    }
}
