using System.Buffers;
using System.Text;
using Scriban.Runtime;

namespace Protokoll.Gen.Rendering.Templates;

/// <summary>
/// Where a page's template writes: straight into UTF-8 bytes in a buffer borrowed from the shared pool, which is the
/// form the page is saved in.
/// </summary>
/// <remarks>
/// Scriban's default output is a <see cref="StringBuilder"/>. A page used to be appended into one in small chunks,
/// copied into a string, then encoded into bytes. At 1 000 items that meant three copies of 38 MB of pages and a
/// fifth of all the build's thread time in growing builders and copying them.
/// </remarks>
internal sealed class Utf8PageOutput : IScriptOutput, IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    // Stateful, so a surrogate pair split across two writes still becomes one character.
    private readonly Encoder _encoder = Utf8.GetEncoder();
    private byte[] _buffer;
    private int _length;

    public Utf8PageOutput(int initialCapacity = 64 * 1024)
    {
        _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Write(string text, int offset, int count)
    {
        if (count <= 0)
        {
            return;
        }

        var chars = text.AsSpan(offset, count);
        var room = _buffer.Length - _length;
        if (room < count * 3)
        {
            // Most pages are plain ASCII with some Swedish letters: measure exactly only when the worst case does not fit.
            var needed = _encoder.GetByteCount(chars, flush: false);
            if (room < needed)
            {
                Grow(needed);
            }
        }

        _length += _encoder.GetBytes(chars, _buffer.AsSpan(_length), flush: false);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    /// <summary>The page's bytes, in an array of their own that outlives this output.</summary>
    public byte[] ToArray()
    {
        // A lone high surrogate at the very end is written as U+FFFD, as a string's encoding would.
        if (_buffer.Length - _length < 4)
        {
            Grow(4);
        }

        _length += _encoder.GetBytes([], _buffer.AsSpan(_length), flush: true);
        return Written.ToArray();
    }

    /// <summary>The text written so far (for diagnostics; pages are taken as bytes).</summary>
    public override string ToString() => Utf8.GetString(Written);

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = [];
        _length = 0;
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + needed));
        Written.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
