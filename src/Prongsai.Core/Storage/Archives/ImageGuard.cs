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
    public static ArchiveProblem? Check(ReadOnlySpan<byte> image, ArchiveLimits limits)
    {
        if (Dimensions(image) is not { } size)
        {
            return null;
        }

        return (long)size.Width * size.Height > limits.MaxImagePixels
            ? new ArchiveProblem("too-many-pixels",
                $"รูปภาพมีขนาด {size.Width} × {size.Height} จุด ใหญ่เกินกำหนด (ไม่เกิน {limits.MaxImagePixels / 1_000_000} ล้านจุด) — ระบบไม่เปิดไฟล์นี้เพื่อความปลอดภัย")
            : null;
    }

    /// <summary>Reads the first bytes of a stream (up to 64 KB, where every format puts its size) and checks them.</summary>
    public static ArchiveProblem? Check(Stream image, ArchiveLimits limits)
    {
        var start = image.Position;
        var head = new byte[64 * 1024];
        var read = image.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        image.Position = start;
        return Check(head.AsSpan(0, read), limits);
    }

    internal static (int Width, int Height)? Dimensions(ReadOnlySpan<byte> b)
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

        if (b.Length >= 4 && b[0] == 0xFF && b[1] == 0xD8)
        {
            return JpegDimensions(b);
        }

        return null;
    }

    /// <summary>Walks the JPEG segments to the first start-of-frame marker, which holds height and width.</summary>
    private static (int Width, int Height)? JpegDimensions(ReadOnlySpan<byte> b)
    {
        var i = 2;
        while (i + 9 < b.Length)
        {
            if (b[i] != 0xFF)
            {
                return null;
            }

            var marker = b[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(i + 2)..]);
            if (marker is >= 0xC0 and <= 0xCF && marker is not (0xC4 or 0xC8 or 0xCC))
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(b[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(i + 5)..]));
            }

            i += 2 + length;
        }

        return null;
    }
}
