using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RoadmapSite.Printing;

/// <summary>
/// A PDF as Chromium (Skia) prints it: PDF 1.4, objects uncompressed at the top level, no trailer
/// <c>/ID</c>, and the time of printing as <c>/CreationDate</c> and <c>/ModDate</c>, the only
/// bytes that differ between two prints of the same page.
/// </summary>
public sealed partial class PrintedPdf(byte[] bytes)
{
    public byte[] Bytes => bytes;

    // Latin-1 maps every byte to one char and back, so offsets in the text are offsets in the file.
    private string Text => Encoding.Latin1.GetString(bytes);

    public int Pages => PageObject().Count(Text);

    /// <summary>
    /// The same PDF, its dates set to <paramref name="date"/> instead of the time of printing, so two
    /// builds of the same content give the same bytes. The new date has the same length as the old,
    /// so the cross-reference table's byte offsets stay right. Null when a date is not in the form
    /// expected, rather than a PDF that differs on every build.
    /// </summary>
    public PrintedPdf? Dated(DateTimeOffset date)
    {
        var text = Text;
        var stamp = date.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        var found = 0;
        var unexpected = false;
        var dated = DateEntry().Replace(text, m =>
        {
            if (!m.Groups["value"].Value.StartsWith("D:", StringComparison.Ordinal) || !UtcDate().IsMatch(m.Groups["value"].Value))
            {
                unexpected = true;
                return m.Value;
            }
            found++;
            return $"/{m.Groups["key"].Value} (D:{stamp}+00'00')";
        });
        if (unexpected || found == 0 || dated.Length != text.Length) return null;
        return new PrintedPdf(Encoding.Latin1.GetBytes(dated));
    }

    [GeneratedRegex(@"/(?<key>CreationDate|ModDate)\s*\((?<value>[^)]*)\)")]
    private static partial Regex DateEntry();

    [GeneratedRegex(@"^D:\d{14}\+00'00'$")]
    private static partial Regex UtcDate();

    [GeneratedRegex(@"/Type\s*/Page(?![A-Za-z])")]
    private static partial Regex PageObject();
}
