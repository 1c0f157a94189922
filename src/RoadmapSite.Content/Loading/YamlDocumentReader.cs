using System.Text;
using RoadmapSite.Content.Checking;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Reads one YAML file into YamlDotNet's representation model, which keeps the line and column of
/// every node. Everything that can go wrong before the schema sees the file is caught here and
/// told to the editor in plain words: size, encoding, emptiness, tabs and YAML syntax.
/// </summary>
public static class YamlDocumentReader
{
    /// <summary>A record is a few KB; anything this big is a mistake (a pasted document, a binary).</summary>
    public const int MaxFileBytes = 256 * 1024;

    /// <summary>The document, or null after adding the one diagnostic that explains why not.</summary>
    public static YamlDocumentText? Read(string path, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length > MaxFileBytes)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, 1, 1,
                $"the file is {bytes.Length / 1024} KB, over the limit of {MaxFileBytes / 1024} KB for one record; a record should be a few KB, so check that the right file was saved here"));
            return null;
        }

        var text = Decode(bytes, displayPath, diagnostics);
        if (text is null) return null;

        if (FirstTabIndent(text) is { } tab)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, tab.Line, tab.Column,
                "this line is indented with a tab; YAML indentation must use spaces only, so replace the tab with spaces"));
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            diagnostics.Add(Diagnostic.Error(displayPath, (int)e.Start.Line, (int)e.Start.Column, YamlSyntaxMessage.Explain(e)));
            return null;
        }

        if (stream.Documents.Count == 0 || IsEmpty(stream.Documents[0].RootNode))
        {
            diagnostics.Add(Diagnostic.Error(displayPath, 1, 1,
                "the file is empty; write the record's fields here (see input/README.md), or delete the file"));
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            diagnostics.Add(Diagnostic.Error(displayPath, (int)second.Line, (int)second.Column,
                "the file holds more than one YAML document (separated by ---); put one record per file"));
            return null;
        }
        return new YamlDocumentText(stream.Documents[0].RootNode, text);
    }

    private static string? Decode(byte[] bytes, string displayPath, ICollection<Diagnostic> diagnostics)
    {
        // A UTF-8 byte order mark is harmless and some Windows editors add it.
        var start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
        if (System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(start))) return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);

        var offset = FirstInvalidByte(bytes, start);

        var before = bytes.AsSpan(0, offset);
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        diagnostics.Add(Diagnostic.Error(displayPath, line, column,
            $"the file is not UTF-8 text (byte 0x{bytes[offset]:X2} here); save it as UTF-8 (in most editors: Save with Encoding, UTF-8)"));
        return null;
    }

    /// <summary>The offset of the first byte that is not part of a valid UTF-8 sequence, or -1.</summary>
    private static int FirstInvalidByte(byte[] bytes, int start)
    {
        for (var i = start; i < bytes.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(i), out _, out var consumed) != System.Buffers.OperationStatus.Done) return i;
            i += consumed;
        }
        return -1;
    }

    private static Position? FirstTabIndent(string text)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (c == '\t' && text.AsSpan(lineStart, i - lineStart).Trim(' ').IsEmpty)
            {
                return new Position(line, i - lineStart + 1);
            }
        }
        return null;
    }

    private static bool IsEmpty(YamlNode root) =>
        root is YamlScalarNode { Value: null or "" or "~" or "null", Style: ScalarStyle.Plain or ScalarStyle.Any };
}
