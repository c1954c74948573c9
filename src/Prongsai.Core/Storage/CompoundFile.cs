using System.Buffers.Binary;
using System.Text;

namespace Prongsai.Core.Storage;

/// <summary>
/// Just enough of the OLE compound file format (MS-CFB) to tell a Word 97-2003 document from an Excel 97-2003
/// workbook: the names of the streams directly in the root storage ("WordDocument", "Workbook"/"Book"). Every
/// read is bounded — a fixed number of sectors, no sector read twice, nothing outside the file — so a truncated
/// or hostile directory (loops, huge counts, sectors past the end) answers null, never an exception or a long loop.
/// </summary>
public static class CompoundFile
{
    public static ReadOnlySpan<byte> Signature => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    private const uint EndOfChain = 0xFFFFFFFE;
    private const uint NoStream = 0xFFFFFFFF;
    private const int HeaderSize = 512;
    private const int HeaderDifatCount = 109;
    private const int EntrySize = 128;

    /// <summary>Directory sectors read at most (v3: 4 entries each); real files have a handful.</summary>
    private const int MaxDirectorySectors = 128;

    /// <summary>DIFAT sectors followed at most: enough to place the directory of a file far beyond any upload limit.</summary>
    private const int MaxDifatSectors = 64;

    /// <summary>Root-storage entries visited at most.</summary>
    private const int MaxRootEntries = 512;

    /// <summary>The stream names of the root storage, or null when the bytes are not a readable compound file.</summary>
    public static IReadOnlySet<string>? RootStreamNames(Stream content)
    {
        try
        {
            return Read(content);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static HashSet<string>? Read(Stream content)
    {
        var start = content.Position;
        var length = content.Length - start;
        var header = new byte[HeaderSize];
        if (ReadAt(content, start, header) < HeaderSize || !header.AsSpan(0, 8).SequenceEqual(Signature))
        {
            return null;
        }

        var major = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26));
        var sectorShift = BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(30));
        if (BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28)) != 0xFFFE
            || !((major == 3 && sectorShift == 9) || (major == 4 && sectorShift == 12)))
        {
            return null;
        }

        var sectorSize = 1 << sectorShift;
        var sectorCount = (length - sectorSize) / sectorSize + ((length - sectorSize) % sectorSize == 0 ? 0 : 1);
        var reader = new SectorReader(content, start, sectorSize, sectorCount);
        var fatSectors = FatSectorLocations(header, reader);
        if (fatSectors is null)
        {
            return null;
        }

        var directory = DirectoryBytes(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(48)), fatSectors, reader);
        return directory is null ? null : RootChildren(directory);
    }

    /// <summary>Where the FAT sectors are: the 109 in the header, then the DIFAT chain (bounded).</summary>
    private static List<uint>? FatSectorLocations(byte[] header, SectorReader reader)
    {
        var fatCount = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(44));
        if (fatCount > reader.SectorCount)
        {
            return null;
        }

        var locations = new List<uint>();
        for (var i = 0; i < HeaderDifatCount && locations.Count < fatCount; i++)
        {
            locations.Add(BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(76 + (i * 4))));
        }

        var next = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(68));
        var seen = new HashSet<uint>();
        var perSector = (reader.SectorSize / 4) - 1;
        while (locations.Count < fatCount)
        {
            if (seen.Count >= MaxDifatSectors || !seen.Add(next) || reader.Sector(next) is not { } difat)
            {
                return null;
            }

            for (var i = 0; i < perSector && locations.Count < fatCount; i++)
            {
                locations.Add(BinaryPrimitives.ReadUInt32LittleEndian(difat.AsSpan(i * 4)));
            }

            next = BinaryPrimitives.ReadUInt32LittleEndian(difat.AsSpan(perSector * 4));
        }

        return locations;
    }

    /// <summary>The directory's sectors, following the FAT chain from its first sector (no loops, bounded).</summary>
    private static byte[]? DirectoryBytes(uint first, List<uint> fatSectors, SectorReader reader)
    {
        var entriesPerFatSector = (uint)(reader.SectorSize / 4);
        var fatCache = new Dictionary<uint, byte[]>();
        var seen = new HashSet<uint>();
        using var directory = new MemoryStream();
        var sector = first;
        while (sector != EndOfChain)
        {
            if (seen.Count >= MaxDirectorySectors || !seen.Add(sector) || reader.Sector(sector) is not { } bytes)
            {
                // Past the bound, what was read is enough (the root and its streams come first); a directory that
                // loops or leaves the file is broken.
                return seen.Count >= MaxDirectorySectors ? directory.ToArray() : null;
            }

            directory.Write(bytes);
            var fatIndex = sector / entriesPerFatSector;
            if (fatIndex >= fatSectors.Count)
            {
                return null;
            }

            if (!fatCache.TryGetValue(fatIndex, out var fat))
            {
                if (reader.Sector(fatSectors[(int)fatIndex]) is not { } read)
                {
                    return null;
                }

                fat = fatCache[fatIndex] = read;
            }

            sector = BinaryPrimitives.ReadUInt32LittleEndian(fat.AsSpan((int)(sector % entriesPerFatSector) * 4));
        }

        return directory.ToArray();
    }

    /// <summary>Names of the streams that are children of the root entry (entry 0), walking its sibling tree.</summary>
    private static HashSet<string>? RootChildren(byte[] directory)
    {
        var count = directory.Length / EntrySize;
        if (count == 0 || directory[66] != 5)
        {
            return null;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        var visited = new HashSet<uint>();
        var pending = new Stack<uint>();
        pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(directory.AsSpan(76)));
        while (pending.Count > 0)
        {
            var id = pending.Pop();
            if (id == NoStream)
            {
                continue;
            }

            if (id >= count || id == 0 || visited.Count >= MaxRootEntries || !visited.Add(id))
            {
                return null;
            }

            var entry = directory.AsSpan((int)id * EntrySize, EntrySize);
            var nameBytes = BinaryPrimitives.ReadUInt16LittleEndian(entry[64..]);
            if (nameBytes is < 2 or > 64 || nameBytes % 2 != 0)
            {
                return null;
            }

            if (entry[66] == 2)
            {
                names.Add(Encoding.Unicode.GetString(entry[..(nameBytes - 2)]));
            }

            pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(entry[68..]));
            pending.Push(BinaryPrimitives.ReadUInt32LittleEndian(entry[72..]));
        }

        return names;
    }

    private static int ReadAt(Stream content, long offset, byte[] buffer)
    {
        content.Position = offset;
        return content.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
    }

    private sealed class SectorReader(Stream content, long start, int sectorSize, long sectorCount)
    {
        public int SectorSize => sectorSize;
        public long SectorCount => sectorCount;

        /// <summary>A whole sector, or null when it lies outside the file (a special value such as FREESECT included).</summary>
        public byte[]? Sector(uint index)
        {
            if (index >= sectorCount)
            {
                return null;
            }

            // The last sector may be cut short by the writer: what is missing reads as zeros.
            var buffer = new byte[sectorSize];
            return ReadAt(content, start + ((index + 1L) * sectorSize), buffer) > 0 ? buffer : null;
        }
    }
}
