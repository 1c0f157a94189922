using YamlDotNet.RepresentationModel;

namespace RoadmapSite.Content.Loading;

/// <summary>A parsed YAML file: its node tree (with positions) and the text it came from.</summary>
public sealed record YamlDocumentText(YamlNode Root, string Text);
