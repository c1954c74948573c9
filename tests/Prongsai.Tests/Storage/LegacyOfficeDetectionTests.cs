using System.Buffers.Binary;
using System.Diagnostics;
using Prongsai.Core.Storage;

namespace Prongsai.Tests.Storage;

/// <summary>
/// Word and Excel 97-2003 files are OLE compound files: the detector reads the root storage's directory and accepts
/// a "WordDocument" stream as .doc and a "Workbook"/"Book" stream as .xls — any other compound file (an installer, a
/// PowerPoint, a workbook only embedded in something else) is refused, and so is a broken or hostile directory,
/// without an exception and without a long loop.
/// </summary>
public sealed class LegacyOfficeDetectionTests
{
    private static DetectedFileType? Detect(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        var type = FileTypeDetector.Detect(stream);
        Assert.Equal(0, stream.Position);
        return type;
    }

    public static TheoryData<string, byte[], string?> Table() => new()
    {
        { "Word 97-2003", CompoundFiles.Doc(), "doc" },
        { "Excel 97-2003 (BIFF8)", CompoundFiles.Xls(), "xls" },
        { "Excel 5.0 (BIFF5, a \"Book\" stream)", CompoundFiles.WithRootStreams("Book", "\u0005SummaryInformation"), "xls" },
        { "Word with many streams (a directory of several sectors)", CompoundFiles.WithRootStreams(
            [.. Enumerable.Range(1, 20).Select(i => $"ObjectPool{i}"), "WordDocument", "1Table"]), "doc" },
        { "PowerPoint 97-2003", CompoundFiles.WithRootStreams("PowerPoint Document", "Current User", "\u0005SummaryInformation"), null },
        { "Windows Installer (.msi)", CompoundFiles.WithRootStreams("\u4840\u3f3f\u4577\u446c\u3b6a\u45e4\u4824", "\u0005SummaryInformation"), null },
        { "Outlook message (.msg)", CompoundFiles.WithRootStreams("__substg1.0_0037001F", "__properties_version1.0"), null },
        { "both Word and Excel streams", CompoundFiles.WithRootStreams("WordDocument", "Workbook"), null },
        { "an empty root", CompoundFiles.WithRootStreams(), null },
        {
            // A PowerPoint with an Excel chart embedded: the Workbook stream is inside a storage, not at the root.
            "a workbook embedded in a storage",
            CompoundFiles.Build([new("Root Entry", 5, Child: 1), new("PowerPoint Document", 2, Right: 2), new("MBD0001", 1, Child: 3), new("Workbook", 2)]),
            null
        },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void A_compound_file_is_told_apart_by_the_streams_of_its_root(string what, byte[] bytes, string? kind)
    {
        Assert.True(Detect(bytes)?.Kind == kind, $"{what}: expected {kind ?? "refused"}, got {Detect(bytes)?.Kind ?? "refused"}");
    }

    [Fact]
    public void Legacy_types_carry_their_content_type_and_extension()
    {
        Assert.Equal(("application/msword", ".doc"), (FileTypeDetector.Doc.ContentType, FileTypeDetector.Doc.Extension));
        Assert.Equal(("application/vnd.ms-excel", ".xls"), (FileTypeDetector.Xls.ContentType, FileTypeDetector.Xls.Extension));
        Assert.Equal("รายงาน.xls", FileTypeDetector.SafeFileName("รายงาน.pdf", Detect(CompoundFiles.Xls())));
    }

    public static TheoryData<string, byte[]> Hostile()
    {
        var doc = CompoundFiles.Doc();
        byte[] With(Action<byte[]> change)
        {
            var copy = (byte[])doc.Clone();
            change(copy);
            return copy;
        }

        var many = Enumerable.Range(1, 12).Select(i => new CfbEntry($"S{i}", 2, Right: (uint)(i + 1))).ToList();
        return new TheoryData<string, byte[]>
        {
            { "only the signature", doc[..8] },
            { "the header without the directory", doc[..600] },
            { "cut inside the FAT", doc[..700] },
            { "a 4096-byte sector claimed in version 3", With(b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(30), 12)) },
            { "a wrong byte-order mark", With(b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(28), 0xFEFF)) },
            { "four billion FAT sectors", With(b => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(44), uint.MaxValue - 5)) },
            { "the directory past the end of the file", With(b => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(48), 1_000_000)) },
            { "the directory at a special sector number", With(b => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(48), 0xFFFFFFFA)) },
            { "a FAT sector past the end", With(b => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(76), 77_777)) },
            { "a DIFAT chain that loops", DifatLoop(doc) },
            { "a directory chain that loops", CompoundFiles.Build([new("Root Entry", 5, Child: 1), .. many], fat => fat[2] = 1) },
            { "a sibling tree that loops", CompoundFiles.Build([new("Root Entry", 5, Child: 1), new("WordDocument", 2, Right: 2), new("1Table", 2, Left: 1)]) },
            { "a child id beyond the directory", With(b => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(1024 + 76), 9_999)) },
            { "the root pointing at itself", With(b => BinaryPrimitives.WriteUInt32LittleEndian(b.AsSpan(1024 + 76), 0)) },
            { "a name length beyond the name field", With(b => BinaryPrimitives.WriteUInt16LittleEndian(b.AsSpan(1024 + 128 + 64), 400)) },
            { "the first entry not a root", With(b => b[1024 + 66] = 2) },
        };
    }

    /// <summary>
    /// 600 FAT sectors claimed in a file of 602 sectors: past the header's 109, the DIFAT chain starts at sector 5,
    /// whose "next" link points back to sector 5.
    /// </summary>
    private static byte[] DifatLoop(byte[] doc)
    {
        var bytes = doc.Concat(new byte[600 * 512]).ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(44), 600);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(68), 5);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(72), 5);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(((5 + 1) * 512) + 508), 5);
        return bytes;
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_broken_or_hostile_compound_file_is_refused_quietly(string what, byte[] bytes)
    {
        var clock = Stopwatch.StartNew();
        var type = Detect(bytes);
        Assert.True(type is null, $"{what}: taken for {type?.Kind}");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"{what}: took {clock.Elapsed}");
    }
}
