using CorpusGenerator.Model;

namespace CorpusGenerator.Vocabulary;

/// <summary>
/// How a 小論点 is asked. <c>{t}</c> is the topic, <c>{a}</c> the aspect, in the template's language.
/// </summary>
public sealed record IssueTemplate(string Ja, string En)
{
    public static readonly IReadOnlyList<IssueTemplate> All =
    [
        new("{t}の{a}に向けて、どのような課題があり、どのように取り組むべきか。",
            "What obstacles stand in the way of the {a} of {t}, and how should they be addressed?"),
        new("{t}について、{a}を進めるための体制をどのように整備すべきか。",
            "How should a framework be set up to advance the {a} of {t}?"),
        new("{t}の{a}において、国はどのような役割を果たすべきか。",
            "What role should the national government play in the {a} of {t}?"),
        new("我が国における{t}の{a}は、諸外国と比較して遅れているのではないか。",
            "Is Japan lagging behind other countries in the {a} of {t}?"),
        new("{t}の{a}を進める上で、アカデミアと企業の役割分担が明確になっていないのではないか。",
            "Are the roles of academia and companies in the {a} of {t} still unclear?"),
    ];

    public BilingualText Fill(Phrase topic, Phrase aspect) =>
        new(Ja.Replace("{t}", topic.Ja).Replace("{a}", aspect.Ja),
            En.Replace("{t}", topic.En).Replace("{a}", aspect.En));
}

