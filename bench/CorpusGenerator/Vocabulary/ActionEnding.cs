namespace CorpusGenerator.Vocabulary;

/// <summary>
/// How an action sentence ends, and what that says about progress. <see cref="Evidence"/> is the
/// part of <see cref="Ja"/> a status cites; <see cref="State"/> is null where the text states none.
/// <see cref="En"/> is the English verb phrase that opens the sentence.
/// </summary>
public sealed record ActionEnding(string Ja, string En, string? State, string? Evidence)
{
    public static readonly IReadOnlyList<ActionEnding> All =
    [
        new("を推進する。", "Promote", null, null),
        new("を支援する。", "Support", null, null),
        new("の在り方について検討する。", "Examine the appropriate form of", null, null),
        new("を強化する。", "Strengthen", null, null),
        new("を引き続き推進する。", "Continue to promote", "ongoing", "引き続き推進する"),
        new("に継続して取り組む。", "Continue to work on", "ongoing", "継続して取り組む"),
        new("を実施した。", "Carried out", "done", "実施した"),
        new("に関する通知を発出した。", "Issued a notice on", "done", "通知を発出した"),
        new("を開始する予定である。", "Plan to start", "planned", "開始する予定である"),
        new("について、令和７年度中に結論を得る。",
            "Reach a conclusion by the end of fiscal year 2025 (April 2025 to March 2026) on", "planned", "令和７年度中に結論を得る"),
    ];
}
