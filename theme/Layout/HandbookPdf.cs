namespace RoadmapSite.Theme.Layout;

/// <summary>
/// The handbook's PDF, when the build printed one: the handbook page links to it only then, so
/// the link never points at a file the build did not make.
/// </summary>
/// <param name="Path">Its site path, e.g. <c>/ja/handbook/roadmap-handbook-ja.pdf</c>.</param>
public sealed record HandbookPdf(string Path, long Bytes, int Pages);
