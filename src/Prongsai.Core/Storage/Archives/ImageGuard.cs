using System.Buffers.Binary;

namespace Prongsai.Core.Storage.Archives;

/// <summary>
/// Images are compressed too: a 100 KB PNG can declare 100,000 × 100,000 pixels and make whatever decodes it
/// (a citizen's browser, the OCR tool) allocate tens of gigabytes. The dimensions are read from the header
/// (PNG, GIF, JPEG, WebP) without decoding, and more than <see cref="ArchiveLimits.MaxImagePixels"/> is refused.
/// </summary>
public static class ImageGuard
{
    /// <summary>Null when the image's declared size is within the limit (or unreadable: the type check decides then).</summary>
    public static ArchiveProblem? Check(byte[] image, ArchiveLimits limits)
    {
        using var stream = new MemoryStream(image, writable: false);
        return Check(stream, limits);
    }

    private static ArchiveProblem? Judge((int Width, int Height)? dimensions, ArchiveLimits limits)
    {
        if (dimensions is not { } size)
        {
            return null;
        }

        return (long)size.Width * size.Height > limits.MaxImagePixels
            ? new ArchiveProblem("too-many-pixels",
                $"รูปภาพมีขนาด {size.Width} × {size.Height} จุด ใหญ่เกินกำหนด (ไม่เกิน {limits.MaxImagePixels / 1_000_000} ล้านจุด) — ระบบไม่เปิดไฟล์นี้เพื่อความปลอดภัย")
            : null;
    }

    /// <summary>
    /// Checks a seekable stream: the first 64 KB, where PNG, GIF and WebP put their size; a JPEG's segments are walked
    /// through the whole stream, since any number of them (comments, metadata) may come before its frame header.
    /// </summary>
    public static ArchiveProblem? Check(Stream image, ArchiveLimits limits)
    {
        var start = image.Position;
        var head = new byte[64 * 1024];
        var read = image.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        try
        {
            return Judge(read >= 4 && head[0] == 0xFF && head[1] == 0xD8 ? JpegDimensions(image, start) : HeaderDimensions(head.AsSpan(0, read)), limits);
        }
        finally
        {
            image.Position = start;
        }
    }

    /// <summary>The size PNG, GIF and WebP write in their first bytes.</summary>
    private static (int Width, int Height)? HeaderDimensions(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 24 && b[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return ((int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(b[16..])), (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(b[20..])));
        }

        if (b.Length >= 10 && (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8)))
        {
            return (BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]));
        }

        if (b.Length >= 30 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8))
        {
            var chunk = b[12..16];
            if (chunk.SequenceEqual("VP8X"u8))
            {
                return (1 + (b[24] | (b[25] << 8) | (b[26] << 16)), 1 + (b[27] | (b[28] << 8) | (b[29] << 16)));
            }

            if (chunk.SequenceEqual("VP8 "u8))
            {
                return (BinaryPrimitives.ReadUInt16LittleEndian(b[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(b[28..]) & 0x3FFF);
            }

            if (chunk.SequenceEqual("VP8L"u8) && b.Length >= 25)
            {
                var bits = BinaryPrimitives.ReadUInt32LittleEndian(b[21..]);
                return (1 + (int)(bits & 0x3FFF), 1 + (int)((bits >> 14) & 0x3FFF));
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// Walks the JPEG segments from <paramref name="start"/> to the first start-of-frame marker, which holds height and
    /// width, as a decoder does: bytes between segments are skipped until the next marker, so neither padding nor stray
    /// bytes hide the frame from this check. Null when no frame comes before the image data (nothing can decode it).
    /// </summary>
    private static (int Width, int Height)? JpegDimensions(Stream image, long start)
    {
        Span<byte> header = stackalloc byte[9];
        var skipped = new byte[4096];
        var position = start + 2;
        var length = image.Length;
        while (position + 4 <= length)
        {
            image.Position = position;
            if (image.ReadByte() != 0xFF)
            {
                // Stray bytes: on to the next 0xFF.
                image.Position = position;
                var read = image.Read(skipped);
                var next = skipped.AsSpan(0, read).IndexOf((byte)0xFF);
                position += next < 0 ? Math.Max(read, 1) : next;
                continue;
            }

            var marker = image.ReadByte();
            if (marker is 0xFF or 0x01 or (>= 0xD0 and <= 0xD8))
            {
                // Fill bytes, and the markers that stand alone without a length.
                position += marker == 0xFF ? 1 : 2;
                continue;
            }

            if (marker is -1 or 0xD9 or 0xDA)
            {
                return null; // the end, or the image data without a frame before it
            }

            image.Position = position;
            var got = image.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
            if (got < 4)
            {
                return null;
            }

            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
            {
                return got == header.Length
                    ? (BinaryPrimitives.ReadUInt16BigEndian(header[7..]), BinaryPrimitives.ReadUInt16BigEndian(header[5..]))
                    : null;
            }

            position += 2 + BinaryPrimitives.ReadUInt16BigEndian(header[2..]);
        }

        return null;
    }
}
