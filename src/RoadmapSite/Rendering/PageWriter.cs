using System.Buffers;
using System.Text;

namespace RoadmapSite.Rendering;

/// <summary>
/// Writes a page's HTML to a stream as UTF-8, copying fragments encoded before
/// (<see cref="EncodedMarkup"/>) as they are. Like a <see cref="StreamWriter"/> it buffers, and it
/// leaves the stream open.
/// </summary>
/// <param name="inside">
/// Given, it is told of each fragment encoded before instead of its bytes being written, after
/// what came before it is flushed to the stream: how a fragment is kept with those inside it.
/// </param>
public sealed class PageWriter(Stream output, Action<EncodedPiece>? inside = null) : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    // The most one character can take, so that the encoder always has room for one.
    private const int Room = 8;

    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _used;
    private Action<byte[]>? _writeBytes;

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value)
    {
        if (value is null) return;
        if (!EncodedMarkup.TryGet(value, out var piece)) Write(value.AsSpan());
        else if (inside is null) piece.WriteTo(_writeBytes ??= WriteBytes);
        else
        {
            Flush();
            inside(piece);
        }
    }

    public override void Write(ReadOnlySpan<char> chars)
    {
        while (!chars.IsEmpty)
        {
            if (_buffer.Length - _used < Room) FlushBuffer();
            _encoder.Convert(chars, _buffer.AsSpan(_used), flush: false, out var charsUsed, out var bytesUsed, out _);
            _used += bytesUsed;
            chars = chars[charsUsed..];
        }
    }

    private void WriteBytes(byte[] bytes)
    {
        if (bytes.Length <= _buffer.Length - _used)
        {
            bytes.CopyTo(_buffer.AsSpan(_used));
            _used += bytes.Length;
            return;
        }
        FlushBuffer();
        output.Write(bytes);
    }

    public override void Flush()
    {
        FlushBuffer();
        output.Flush();
    }

    private void FlushBuffer()
    {
        output.Write(_buffer, 0, _used);
        _used = 0;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing && _buffer.Length > 0)
        {
            // A lone high surrogate at the very end is written as the replacement character, as StreamWriter does.
            if (_buffer.Length - _used < Room) FlushBuffer();
            _used += _encoder.GetBytes([], _buffer.AsSpan(_used), flush: true);
            Flush();
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
        base.Dispose(disposing);
    }
}
