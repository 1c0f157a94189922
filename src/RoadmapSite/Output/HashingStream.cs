using System.Security.Cryptography;

namespace RoadmapSite.Output;

/// <summary>Writes through to another stream, keeping the SHA-256 of all it wrote.</summary>
public sealed class HashingStream(Stream inner) : Stream
{
    private readonly IncrementalHash _sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>The hash of everything written so far.</summary>
    public byte[] Hash() => _sha.GetCurrentHash();

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _sha.AppendData(buffer);
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

    protected override void Dispose(bool disposing)
    {
        if (disposing) _sha.Dispose();
        base.Dispose(disposing);
    }
}
