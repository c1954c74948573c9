using System.Buffers.Binary;

namespace Prongsai.Core.Storage;

/// <summary>
/// Removes the metadata a phone writes into a photo (EXIF with the GPS position and the camera's serial number, XMP,
/// comments) without decoding the image: a small parser walks the file's segments and copies the others unchanged.
/// JPEG: APP1…APP15 and COM segments are dropped (APP0/JFIF and the image data stay). PNG: tEXt, zTXt, iTXt, eXIf and
/// tIME chunks are dropped. Bounded: every length is checked against what is left; a malformed file gives null.
/// </summary>
public static class PhotoMetadata
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly HashSet<string> PngDropped = new(StringComparer.Ordinal) { "tEXt", "zTXt", "iTXt", "eXIf", "tIME" };

    public static bool IsJpeg(ReadOnlySpan<byte> data) => data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;

    public static bool IsPng(ReadOnlySpan<byte> data) => data.Length >= 8 && data[..8].SequenceEqual(PngSignature);

    /// <summary>The photo without metadata; the bytes unchanged when it is neither JPEG nor PNG; null when malformed.</summary>
    public static byte[]? Strip(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return IsJpeg(data) ? StripJpeg(data) : IsPng(data) ? StripPng(data) : data;
    }

    private static byte[]? StripJpeg(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(data, 0, 2); // SOI
        var position = 2;
        while (position < data.Length)
        {
            if (data[position] != 0xFF)
            {
                return null;
            }

            // Fill bytes (FF FF …) may precede a marker.
            var markerAt = position;
            while (position < data.Length && data[position] == 0xFF)
            {
                position++;
            }

            if (position >= data.Length)
            {
                return null;
            }

            var marker = data[position++];
            if (marker == 0xD9)
            {
                output.Write(data, markerAt, position - markerAt);
                return output.ToArray(); // EOI: anything after it (trailing data) is dropped too
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                output.Write(data, markerAt, position - markerAt);
                continue;
            }

            if (position + 2 > data.Length)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(position, 2));
            if (length < 2 || position + length > data.Length)
            {
                return null;
            }

            var end = position + length;
            if (marker == 0xDA)
            {
                // Start of scan: the compressed image follows up to EOI; markers inside it are RSTn or stuffed FF 00.
                var scanEnd = ScanEnd(data, end);
                output.Write(data, markerAt, scanEnd - markerAt);
                position = scanEnd;
                continue;
            }

            var dropped = marker is (>= 0xE1 and <= 0xEF) or 0xFE;
            if (!dropped)
            {
                output.Write(data, markerAt, end - markerAt);
            }

            position = end;
        }

        return null; // no EOI
    }

    /// <summary>The index of the first marker after entropy-coded data that is not a restart marker (or the end).</summary>
    private static int ScanEnd(byte[] data, int from)
    {
        for (var i = from; i + 1 < data.Length; i++)
        {
            if (data[i] == 0xFF && data[i + 1] != 0x00 && data[i + 1] != 0xFF && data[i + 1] is not (>= 0xD0 and <= 0xD7))
            {
                return i;
            }
        }

        return data.Length;
    }

    private static byte[]? StripPng(byte[] data)
    {
        using var output = new MemoryStream(data.Length);
        output.Write(PngSignature);
        var position = 8;
        while (position + 12 <= data.Length)
        {
            var length = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(position, 4));
            if (length > int.MaxValue - 12 || position + 12 + (long)length > data.Length)
            {
                return null;
            }

            var type = System.Text.Encoding.ASCII.GetString(data, position + 4, 4);
            var total = 12 + (int)length;
            if (!PngDropped.Contains(type))
            {
                output.Write(data, position, total);
            }

            position += total;
            if (type == "IEND")
            {
                return output.ToArray();
            }
        }

        return null; // no IEND
    }
}
