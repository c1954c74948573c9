using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Prongsai.Tests.Requests;

/// <summary>Real image files built byte by byte, with the metadata a phone writes (GPS, camera serial, comments).</summary>
internal static class TestImages
{
    public const string Secret = "GPS 13.7563N 100.5018E SERIAL CAM-0042-SECRET";

    /// <summary>A decodable 2×2 RGB PNG with tEXt, iTXt, zTXt, eXIf and tIME chunks around the image data.</summary>
    public static byte[] PngWithMetadata()
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, 2);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 2);
        header[8] = 8; // bit depth
        header[9] = 2; // RGB
        Chunk(output, "IHDR", header);
        Chunk(output, "tEXt", Encoding.Latin1.GetBytes("Comment\0" + Secret));
        Chunk(output, "eXIf", Encoding.ASCII.GetBytes("MM\0*" + Secret));
        Chunk(output, "tIME", [0x07, 0xE8, 1, 2, 3, 4, 5]);
        using (var raw = new MemoryStream())
        {
            using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]);
            }

            Chunk(output, "IDAT", raw.ToArray());
        }

        Chunk(output, "iTXt", Encoding.UTF8.GetBytes("XML:com.adobe.xmp\0\0\0\0\0" + Secret));
        Chunk(output, "IEND", []);
        return output.ToArray();
    }

    /// <summary>
    /// A JPEG's structure: SOI, APP0 (JFIF), APP1 (Exif with GPS and serial), APP1 (XMP), COM, DQT, SOF0, DHT, SOS with
    /// entropy-coded bytes (stuffed FF 00 and a restart marker inside), EOI. The image segments are what a decoder needs.
    /// </summary>
    public static (byte[] File, byte[] ImageSegments) JpegWithMetadata()
    {
        var image = new MemoryStream();
        Segment(image, 0xDB, [0x00, .. Enumerable.Repeat((byte)1, 64)]); // DQT
        Segment(image, 0xC0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]); // SOF0: 1×1, one component
        Segment(image, 0xC4, [0x00, 0, 1, .. new byte[15], 0]); // DHT
        Segment(image, 0xDA, [1, 1, 0, 0, 63, 0]); // SOS
        image.Write([0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD0, 0x78]); // scan data with stuffing and RST0
        var imageSegments = image.ToArray();

        var file = new MemoryStream();
        file.Write([0xFF, 0xD8]);
        Segment(file, 0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        Segment(file, 0xE1, [.. "Exif\0\0MM\0*"u8, .. Encoding.ASCII.GetBytes(Secret)]);
        Segment(file, 0xE1, [.. "http://ns.adobe.com/xap/1.0/\0"u8, .. Encoding.ASCII.GetBytes(Secret)]);
        Segment(file, 0xFE, Encoding.ASCII.GetBytes(Secret));
        file.Write(imageSegments);
        file.Write([0xFF, 0xD9]);
        return (file.ToArray(), imageSegments);
    }

    private static void Segment(Stream output, byte marker, byte[] data)
    {
        output.Write([0xFF, marker, (byte)((data.Length + 2) >> 8), (byte)((data.Length + 2) & 0xFF)]);
        output.Write(data);
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.Write(length);
        var typed = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        output.Write(crc);
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
