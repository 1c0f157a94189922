using System.Runtime.CompilerServices;

namespace RoadmapSite.Rendering;

/// <summary>
/// Markup already encoded as UTF-8, put into a render tree as a stand-in string that
/// <see cref="PageWriter"/> replaces by its bytes. A render tree takes markup only as strings, and
/// writing a reused fragment's string meant encoding it to UTF-8 again on every page it is on: at
/// 10,000 measures most of the cost of the preview's largest pages. The bytes live as long as the
/// stand-in does.
/// </summary>
internal static class EncodedMarkup
{
    // A noncharacter, which no page's text or markup contains: a stand-in is told from other
    // strings by one comparison, and one written by any other writer shows up in the page.
    private const char Mark = '\uFDD0';

    private static readonly ConditionalWeakTable<string, byte[]> Bytes = [];

    /// <summary>A new string standing for <paramref name="utf8"/>: its identity, not its characters, finds the bytes again.</summary>
    public static string StandIn(byte[] utf8)
    {
        var standIn = new string([Mark, 'h', 't', 'm', 'l']);
        Bytes.Add(standIn, utf8);
        return standIn;
    }

    /// <summary>The bytes <paramref name="value"/> stands for, when it is a stand-in.</summary>
    public static bool TryGet(string value, out byte[] utf8)
    {
        utf8 = [];
        return value.Length > 0 && value[0] == Mark && Bytes.TryGetValue(value, out utf8!);
    }
}
