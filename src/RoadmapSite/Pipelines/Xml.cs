using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace RoadmapSite.Pipelines;

/// <summary>Serialises XML documents the same way every time: UTF-8, indented, LF line ends.</summary>
public static class Xml
{
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };

    public static void Save(XDocument document, Stream output)
    {
        using (var writer = XmlWriter.Create(output, Settings)) document.Save(writer);
        output.Write("\n"u8);
    }
}
