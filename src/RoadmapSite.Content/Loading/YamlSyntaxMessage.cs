using YamlDotNet.Core;

namespace RoadmapSite.Content.Loading;

/// <summary>
/// Turns YamlDotNet's parser messages, written for programmers, into what an editor should do.
/// Unrecognised messages pass through with a generic hint rather than being hidden.
/// </summary>
public static class YamlSyntaxMessage
{
    public static string Explain(YamlException e)
    {
        var raw = e.Message;
        if (raw.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase))
            return "this field appears twice in the same place; keep one of them";
        if (raw.Contains("quoted scalar", StringComparison.OrdinalIgnoreCase))
            return "a quoted text is not closed; add the missing closing quote (\" or ')";
        if (raw.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase))
            return "this text contains ': ', which YAML reads as a new field; put the whole text in quotes";
        if (raw.Contains("Mapping values are not allowed", StringComparison.OrdinalIgnoreCase))
            return "unexpected ':' here; check the indentation of this line, or put the text in quotes if it contains ': '";
        if (raw.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase)
            || raw.Contains("did not find expected '-' indicator", StringComparison.OrdinalIgnoreCase))
            return "the indentation here does not line up with the fields above; indent this line like its neighbours";
        if (raw.Contains("did not find expected ',' or ']'", StringComparison.OrdinalIgnoreCase))
            return "a list in [ ] is not closed; add the missing ']'";
        if (raw.Contains("did not find expected ',' or '}'", StringComparison.OrdinalIgnoreCase))
            return "a { } group is not closed; add the missing '}'";
        if (raw.Contains("cannot start any token", StringComparison.OrdinalIgnoreCase))
            return "a value cannot start with this character; put the text in quotes";
        if (raw.Contains("alias", StringComparison.OrdinalIgnoreCase) || raw.Contains("anchor", StringComparison.OrdinalIgnoreCase))
            return $"a YAML anchor or alias (&name, *name) is wrong here ({raw.TrimEnd('.')}); write the value out instead";
        return $"this is not valid YAML ({raw.TrimEnd('.')}); check the indentation and quotes on this line and the one before";
    }
}
