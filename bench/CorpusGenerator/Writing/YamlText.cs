using System.Globalization;
using System.Text;
using CorpusGenerator.Model;

namespace CorpusGenerator.Writing;

/// <summary>
/// Builds one YAML document as text. Every string is double-quoted, so no content can be read
/// back as a number, date, boolean or YAML syntax; ids and dates are written plain, as editors do.
/// </summary>
public sealed class YamlText
{
    private readonly StringBuilder _text = new();

    public YamlText Line(string line) { _text.Append(line).Append('\n'); return this; }

    public YamlText Comment(string comment) => Line("# " + comment);

    public YamlText Plain(string key, string value, int indent = 0) => Line($"{Pad(indent)}{key}: {value}");

    public YamlText Plain(string key, int value, int indent = 0) => Plain(key, value.ToString(CultureInfo.InvariantCulture), indent);

    public YamlText Quoted(string key, string value, int indent = 0) => Line($"{Pad(indent)}{key}: {Quote(value)}");

    public YamlText Text(string key, BilingualText value, int indent = 0) => Line($"{Pad(indent)}{key}: {Inline(value)}");

    public YamlText Ids(string key, IEnumerable<string> ids, int indent = 0) => Line($"{Pad(indent)}{key}: [{string.Join(", ", ids)}]");

    public YamlText Texts(string key, IReadOnlyList<BilingualText> values, int indent = 0)
    {
        Line($"{Pad(indent)}{key}:");
        foreach (var v in values) Line($"{Pad(indent)}  - {Inline(v)}");
        return this;
    }

    public static string Inline(BilingualText value) => $"{{ ja: {Quote(value.Ja)}, en: {Quote(value.En)} }}";

    public static string Quote(string value)
    {
        var b = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': b.Append("\\\""); break;
                case '\\': b.Append("\\\\"); break;
                case '\n': b.Append("\\n"); break;
                case '\t': b.Append("\\t"); break;
                default:
                    if (c < ' ') b.Append($"\\x{(int)c:X2}");
                    else b.Append(c);
                    break;
            }
        }
        return b.Append('"').ToString();
    }

    private static string Pad(int indent) => new(' ', indent);

    public override string ToString() => _text.ToString();
}
