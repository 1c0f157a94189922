using System.Text;
using CorpusGenerator.Model;

namespace CorpusGenerator.Writing;

/// <summary>
/// Writes input/source/roadmap-phase3.txt: the Japanese of every record in document order, the
/// way the slide text prints it (numbered issues, measures followed by ministry brackets).
/// </summary>
public static class SourceCopyWriter
{
    public static void Write(SyntheticCorpus corpus, string inputDirectory)
    {
        var text = new StringBuilder();
        var codes = corpus.Ministries.ToDictionary(m => m.Id, m => m.Code);
        text.Append(corpus.Site.SourceTitle.Ja).Append('\n');
        foreach (var v in corpus.Vision)
        {
            text.Append("目指すべき姿（").Append(v.Year).Append("年）\n");
            foreach (var g in v.Goals) text.Append("・").Append(g.Ja).Append('\n');
            foreach (var s in corpus.Sources.Where(s => v.Sources.Contains(s.Id))) text.Append("出典：").Append(s.Verbatim).Append('\n');
        }
        foreach (var o in corpus.Overviews)
        {
            text.Append(o.Title.Ja).Append('\n');
            foreach (var p in o.Points) text.Append("・").Append(p.Ja).Append('\n');
        }
        var measureByIssue = corpus.Measures.ToDictionary(m => m.Issue);
        foreach (var item in corpus.Items)
        {
            text.Append("項目").Append(item.Number).Append("　").Append(item.Title.Ja).Append('\n');
            text.Append("大論点：").Append(item.MajorIssue.Ja).Append('\n');
            foreach (var issue in corpus.Issues.Where(i => i.Item == item.Id))
            {
                text.Append("小論点").Append(item.Number).Append('-').Append(issue.Number).Append('　').Append(issue.Text.Ja).Append('\n');
                var measure = measureByIssue[issue.Id];
                text.Append("対応案\n");
                foreach (var a in measure.Actions)
                    text.Append(a.Text.Ja).Append('【').Append(string.Join("・", a.Ministries.Select(m => codes[m]))).Append("】\n");
                foreach (var n in measure.Notes) text.Append(n.Ja).Append('\n');
            }
        }
        OutputFiles.Write(Path.Combine(inputDirectory, "source", "roadmap-phase3.txt"), text.ToString());
    }
}
