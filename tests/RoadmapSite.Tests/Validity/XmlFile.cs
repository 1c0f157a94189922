using System.Xml;
using System.Xml.Linq;

namespace RoadmapSite.Tests.Validity;

/// <summary>
/// Loads a published XML file strictly: feed readers and search engines reject a malformed file
/// whole, and a DOCTYPE has no place in a sitemap or feed, so both are errors here.
/// </summary>
public static class XmlFile
{
    public static XDocument Load(string path)
    {
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    /// <summary>Where an element is, as file:line, for failure messages.</summary>
    public static string Where(string file, XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? $"{file}:{info.LineNumber}" : file;
}
