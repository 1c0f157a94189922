using System.Runtime.CompilerServices;

namespace RoadmapSite.Rendering;

/// <summary>
/// Markup already encoded as UTF-8 (<see cref="EncodedPiece"/>), put into a render tree as a
/// stand-in string that <see cref="PageWriter"/> replaces by its bytes. A render tree takes markup
/// only as strings, and writing a reused fragment's string meant encoding it to UTF-8 again on
/// every page it is on: at 10,000 measures most of the cost of the preview's largest pages. The
/// piece lives as long as its stand-in does.
/// </summary>
internal static class EncodedMarkup
{
    // A noncharacter, which no page's text or markup contains: a stand-in is told from other
    // strings by one comparison, and one written by any other writer shows up in the page.
    private const char Mark = '\uFDD0';

    private static readonly ConditionalWeakTable<string, EncodedPiece> Pieces = [];

    /// <summary>A new string standing for <paramref name="piece"/>: its identity, not its characters, finds the piece again.</summary>
    public static string StandIn(EncodedPiece piece)
    {
        var standIn = new string([Mark, 'h', 't', 'm', 'l']);
        Pieces.Add(standIn, piece);
        return standIn;
    }

    /// <summary>The piece <paramref name="value"/> stands for, when it is a stand-in.</summary>
    public static bool TryGet(string value, out EncodedPiece piece)
    {
        piece = EncodedPiece.Empty;
        return value.Length > 0 && value[0] == Mark && Pieces.TryGetValue(value, out piece!);
    }
}

/// <summary>
/// A fragment's HTML as UTF-8: runs of bytes, and the fragments inside it, which are kept once
/// each rather than copied into every list and part of a page they are in.
/// </summary>
public sealed class EncodedPiece
{
    public static readonly EncodedPiece Empty = new([]);

    private readonly IReadOnlyList<object> _parts;

    /// <param name="parts">Byte arrays and pieces, in order.</param>
    public EncodedPiece(IReadOnlyList<object> parts) => _parts = parts;

    /// <summary>Hands each run of bytes, pieces inside included, to <paramref name="write"/>, in order.</summary>
    public void WriteTo(Action<byte[]> write)
    {
        foreach (var part in _parts)
        {
            if (part is byte[] bytes) write(bytes);
            else ((EncodedPiece)part).WriteTo(write);
        }
    }
}
