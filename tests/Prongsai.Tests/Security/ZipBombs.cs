using System.IO.Compression;

namespace Prongsai.Tests.Security;

/// <summary>
/// ZIP bombs built in the test: office packages whose main part is a long run of zeros (about 60 KB on
/// disk, 60 MB expanded), and packages nested inside packages.
/// </summary>
public static class ZipBombs
{
    public const int ExpandedMegabytes = 60;

    private static readonly Lazy<byte[]> DocxBomb = new(() => Package("word/document.xml", "[Content_Types].xml"));
    private static readonly Lazy<byte[]> XlsxBomb = new(() => Package("xl/worksheets/sheet1.xml", "[Content_Types].xml", "xl/workbook.xml"));

    public static byte[] Docx => DocxBomb.Value;

    public static byte[] Xlsx => XlsxBomb.Value;

    /// <summary>A PNG of a few dozen bytes whose header declares width × height pixels (a decoder would allocate them all).</summary>
    public static byte[] Png(uint width, uint height)
    {
        var bytes = new List<byte> { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 };
        bytes.AddRange("IHDR"u8.ToArray());
        bytes.AddRange([(byte)(width >> 24), (byte)(width >> 16), (byte)(width >> 8), (byte)width]);
        bytes.AddRange([(byte)(height >> 24), (byte)(height >> 16), (byte)(height >> 8), (byte)height]);
        bytes.AddRange([8, 0, 0, 0, 0, 0, 0, 0, 0]); // depth, colour type, methods, CRC (not checked by the header reader)
        bytes.AddRange([0, 0, 0, 0, .. "IEND"u8.ToArray(), 0xAE, 0x42, 0x60, 0x82]);
        return [.. bytes];
    }

    /// <summary>A DOCX holding a package holding a package … depth levels deep (each level small and honest).</summary>
    public static byte[] Nested(int depth)
    {
        var inner = Zip(("word/document.xml", "<w:document/>"u8.ToArray()), ("[Content_Types].xml", "<Types/>"u8.ToArray()));
        for (var i = 0; i < depth; i++)
        {
            inner = Zip(("word/document.xml", "<w:document/>"u8.ToArray()), ("word/embeddings/package.docx", inner));
        }

        return inner;
    }

    private static byte[] Package(string bombPart, params string[] smallParts)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in smallParts)
            {
                using var small = zip.CreateEntry(name).Open();
                small.Write("<x/>"u8);
            }

            using var part = zip.CreateEntry(bombPart, CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < ExpandedMegabytes; i++)
            {
                part.Write(zeros);
            }
        }

        return stream.ToArray();
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var part = zip.CreateEntry(name).Open();
                part.Write(bytes);
            }
        }

        return stream.ToArray();
    }
}

/// <summary>Tests that measure the whole process's allocations run alone, not beside other tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AllocationMeasuringCollection
{
    public const string Name = "Allocation measuring (runs alone)";
}

/// <summary>Bytes the process allocated while something ran (other threads included: run alone).</summary>
public static class Allocations
{
    public const long Budget = 64L * 1024 * 1024;

    public static async Task<(T Result, long Bytes)> MeasureAsync<T>(Func<Task<T>> work)
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var result = await work();
        return (result, GC.GetTotalAllocatedBytes(precise: true) - before);
    }
}
