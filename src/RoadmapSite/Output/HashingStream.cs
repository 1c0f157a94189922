using System.IO.Hashing;

namespace RoadmapSite.Output;

/// <summary>
/// Writes through to another stream, keeping a hash of all it wrote: XXH128, which only tells an
/// unchanged page from a changed one and is many times faster than a cryptographic hash on the
/// largest pages (25 MB at 10,000 measures).
/// </summary>
public sealed class HashingStream(Stream inner) : Stream
{
    private readonly XxHash128 _hash = new();

    /// <summary>The hash of everything written so far.</summary>
    public byte[] Hash() => _hash.GetCurrentHash();

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        inner.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override void Flush() => inner.Flush();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
