using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Converts a YAML node tree to JSON for the schema and the model (<see cref="RecordReader"/>),
/// recording in a <see cref="SourceMap"/> where each JSON path came from. Plain scalars are typed by the YAML 1.2 core schema (42 is a
/// number, true a boolean, null nothing); quoted scalars are always text.
/// </summary>
public static partial class YamlToJson
{
    /// <summary>
    /// Aliases share nodes, so a few lines can expand to billions of values (an "alias bomb").
    /// A record has a few hundred values; past this limit the file is refused.
    /// </summary>
    public const int MaxValues = 20_000;

    public sealed class TooManyValuesException(Position at) : Exception("YAML expands to too many values")
    {
        public Position At { get; } = at;
    }

    public sealed class ComplexKeyException(Position at) : Exception("A mapping key is not a scalar")
    {
        public Position At { get; } = at;
    }

    /// <exception cref="TooManyValuesException">The document expands past <see cref="MaxValues"/>.</exception>
    /// <exception cref="ComplexKeyException">A key is a list or a mapping.</exception>
    public static JsonNode? Convert(YamlNode root, SourceMap map)
    {
        var count = 0;
        return Node(root, "", map, ref count);
    }

    private static JsonNode? Node(YamlNode node, string path, SourceMap map, ref int count)
    {
        var at = PositionOf(node);
        if (++count > MaxValues) throw new TooManyValuesException(at);
        var token = Token(node, path, map, ref count);
        map.AddValue(path, at, token);
        if (node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any, Value: null or "" }) map.AddBlank(path);
        return token;
    }

    private static JsonNode? Token(YamlNode node, string path, SourceMap map, ref int count)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    if (keyNode is not YamlScalarNode { Value: { } key }) throw new ComplexKeyException(PositionOf(keyNode));
                    var childPath = JsonPath.Property(path, key);
                    map.AddKey(childPath, PositionOf(keyNode));
                    obj[key] = Node(valueNode, childPath, map, ref count);
                }
                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                for (var i = 0; i < sequence.Children.Count; i++)
                    array.Add(Node(sequence.Children[i], JsonPath.Index(path, i), map, ref count));
                return array;
            case YamlScalarNode scalar:
                return Scalar(scalar);
            default:
                throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}");
        }
    }

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is not (ScalarStyle.Plain or ScalarStyle.Any)) return JsonValue.Create(text);
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        // Most values are text; only something starting like a number is worth the regexes.
        if (!(char.IsAsciiDigit(text[0]) || text[0] is '-' or '+' or '.')) return JsonValue.Create(text);
        if (Integer().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            return JsonValue.Create(n);
        if (Float().IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
            return JsonValue.Create(d);
        return JsonValue.Create(text);
    }

    private static Position PositionOf(YamlNode node) => new((int)node.Start.Line, (int)node.Start.Column);

    [GeneratedRegex("^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
