using System.Buffers;

namespace RoadmapSite.Building;

/// <summary>
/// A write-only stream that keeps what is written in chunks of at most 64 KB, handed out as one
/// <see cref="ReadOnlySequence{T}"/>. Arrays over 85 KB go to the large object heap, which only a
/// full collection frees; at 10,000 measures hundreds of pages are larger than that, and as single
/// arrays (and strings before them) they were most of the build's peak memory.
/// </summary>
public sealed class ChunkedBytes : Stream
{
    private const int FirstChunk = 8 * 1024;
    private const int LargestChunk = 64 * 1024;

    private Chunk? _first;
    private Chunk? _last;
    private int _lastUsed;

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (buffer.Length > 0)
        {
            if (_last is null || _lastUsed == _last.Bytes.Length) AddChunk();
            var room = _last!.Bytes.AsSpan(_lastUsed);
            var taken = Math.Min(room.Length, buffer.Length);
            buffer[..taken].CopyTo(room);
            _lastUsed += taken;
            buffer = buffer[taken..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Everything written so far; the stream must not be written to afterwards.</summary>
    public ReadOnlySequence<byte> ToSequence()
    {
        if (_first is null) return ReadOnlySequence<byte>.Empty;
        return _first == _last
            ? new ReadOnlySequence<byte>(_first.Bytes, 0, _lastUsed)
            : new ReadOnlySequence<byte>(_first, 0, _last!, _lastUsed);
    }

    private void AddChunk()
    {
        // Small pages (most of them) take one small chunk; large ones grow to the largest size.
        var size = _last is null ? FirstChunk : Math.Min(_last.Bytes.Length * 2, LargestChunk);
        var chunk = new Chunk(new byte[size], _last is null ? 0 : _last.RunningIndex + _last.Bytes.Length);
        if (_last is null) _first = chunk;
        else _last.Append(chunk);
        _last = chunk;
        _lastUsed = 0;
    }

    private sealed class Chunk : ReadOnlySequenceSegment<byte>
    {
        public Chunk(byte[] bytes, long runningIndex)
        {
            Bytes = bytes;
            Memory = bytes;
            RunningIndex = runningIndex;
        }

        public byte[] Bytes { get; }

        public void Append(Chunk next) => Next = next;
    }

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => _last is null ? 0 : _last.RunningIndex + _lastUsed;
    public override long Position { get => Length; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
