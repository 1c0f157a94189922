using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace RoadmapSite.Pipelines;

/// <summary>Serialises XML documents the same way every time: UTF-8, indented, LF line ends.</summary>
public static class Xml
{
    public static string Serialize(XDocument document)
    {
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings)) document.Save(writer);
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
