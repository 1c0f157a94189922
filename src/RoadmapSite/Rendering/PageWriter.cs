using System.Buffers;
using System.Text;

namespace RoadmapSite.Rendering;

/// <summary>
/// Writes a page's HTML to a stream as UTF-8, copying fragments encoded before
/// (<see cref="EncodedMarkup"/>) as they are. Like a <see cref="StreamWriter"/> it buffers, and it
/// leaves the stream open.
/// </summary>
public sealed class PageWriter(Stream output) : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    // The most one character can take, so that the encoder always has room for one.
    private const int Room = 8;

    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
    private int _used;

    public override Encoding Encoding => Utf8;

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(string? value)
    {
        if (value is null) return;
        if (EncodedMarkup.TryGet(value, out var utf8)) WriteBytes(utf8);
        else Write(value.AsSpan());
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

    private void WriteBytes(ReadOnlySpan<byte> bytes)
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
