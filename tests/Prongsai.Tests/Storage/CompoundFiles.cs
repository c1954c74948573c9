using System.Buffers.Binary;
using System.Text;

namespace Prongsai.Tests.Storage;

/// <summary>One directory entry of a compound file: its name, type (1 storage, 2 stream, 5 root) and tree links.</summary>
public sealed record CfbEntry(string Name, byte Type, uint Left = CompoundFiles.NoStream, uint Right = CompoundFiles.NoStream, uint Child = CompoundFiles.NoStream);

/// <summary>
/// Writes real, minimal OLE compound files (MS-CFB version 3, 512-byte sectors): a header, one FAT sector and the
/// directory, in the layout Office 97-2003 files use. Streams are empty — the detector reads only the directory.
/// </summary>
public static class CompoundFiles
{
    public const uint NoStream = 0xFFFFFFFF;
    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint FatSector = 0xFFFFFFFD;
    private const uint Free = 0xFFFFFFFF;

    /// <summary>A root storage holding these streams, linked as a chain of right siblings.</summary>
    public static byte[] WithRootStreams(params string[] names)
    {
        var entries = new List<CfbEntry> { new("Root Entry", 5, Child: names.Length == 0 ? NoStream : 1) };
        for (var i = 0; i < names.Length; i++)
        {
            entries.Add(new CfbEntry(names[i], 2, Right: i + 1 < names.Length ? (uint)(i + 2) : NoStream));
        }

        return Build(entries);
    }

    /// <summary>A Word 97-2003 document as Word writes its root: WordDocument, 1Table, the property streams.</summary>
    public static byte[] Doc() => WithRootStreams("WordDocument", "1Table", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation");

    /// <summary>An Excel 97-2003 workbook: Workbook and the property streams.</summary>
    public static byte[] Xls() => WithRootStreams("Workbook", "\u0005SummaryInformation", "\u0005DocumentSummaryInformation");

    /// <summary>
    /// The file with its directory in as many sectors as the entries need (4 per sector), chained through the FAT;
    /// <paramref name="fat"/> may rewrite FAT entries to make a hostile chain.
    /// </summary>
    public static byte[] Build(IReadOnlyList<CfbEntry> entries, Action<uint[]>? fat = null)
    {
        var directorySectors = Math.Max(1, (entries.Count + 3) / 4);
        var table = Enumerable.Repeat(Free, 128).ToArray();
        table[0] = FatSector;
        for (var i = 0; i < directorySectors; i++)
        {
            table[1 + i] = i + 1 < directorySectors ? (uint)(2 + i) : EndOfChain;
        }

        fat?.Invoke(table);
        var file = new byte[512 * (2 + directorySectors)];
        var header = file.AsSpan(0, 512);
        byte[] signature = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        signature.CopyTo(header);
        BinaryPrimitives.WriteUInt16LittleEndian(header[24..], 0x3E);
        BinaryPrimitives.WriteUInt16LittleEndian(header[26..], 3);
        BinaryPrimitives.WriteUInt16LittleEndian(header[28..], 0xFFFE);
        BinaryPrimitives.WriteUInt16LittleEndian(header[30..], 9);
        BinaryPrimitives.WriteUInt16LittleEndian(header[32..], 6);
        BinaryPrimitives.WriteUInt32LittleEndian(header[44..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[48..], 1);
        BinaryPrimitives.WriteUInt32LittleEndian(header[56..], 4096);
        BinaryPrimitives.WriteUInt32LittleEndian(header[60..], EndOfChain);
        BinaryPrimitives.WriteUInt32LittleEndian(header[68..], EndOfChain);
        for (var i = 0; i < 109; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(header[(76 + (i * 4))..], i == 0 ? 0 : Free);
        }

        for (var i = 0; i < 128; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(512 + (i * 4)), table[i]);
        }

        for (var i = 0; i < entries.Count; i++)
        {
            Write(file.AsSpan(1024 + (i * 128), 128), entries[i]);
        }

        return file;
    }

    private static void Write(Span<byte> slot, CfbEntry entry)
    {
        var name = Encoding.Unicode.GetBytes(entry.Name);
        name.AsSpan(0, Math.Min(name.Length, 62)).CopyTo(slot);
        BinaryPrimitives.WriteUInt16LittleEndian(slot[64..], (ushort)(Math.Min(name.Length, 62) + 2));
        slot[66] = entry.Type;
        slot[67] = 1; // black
        BinaryPrimitives.WriteUInt32LittleEndian(slot[68..], entry.Left);
        BinaryPrimitives.WriteUInt32LittleEndian(slot[72..], entry.Right);
        BinaryPrimitives.WriteUInt32LittleEndian(slot[76..], entry.Child);
        BinaryPrimitives.WriteUInt32LittleEndian(slot[116..], EndOfChain);
    }
}
