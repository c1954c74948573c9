using System.Formats.Tar;
using System.IO.Compression;
using Prongsai.Core.Storage;

namespace Prongsai.Cli.Verbs.Backups;

/// <summary>What a restore took out of an archive, in its staging directory: the database and the files folder.</summary>
internal sealed record ExtractedBackup(string Database, string Files, int FileCount, long Bytes);

/// <summary>An extracted backup, or why the archive was refused (in Thai and English).</summary>
internal sealed record Extraction(ExtractedBackup? Backup, (string Thai, string English)? Problem);

/// <summary>
/// Takes an archive of <see cref="BackupArchive"/>'s layout apart into a fresh staging directory, reading it as if an
/// attacker had made it: only regular files and folders, only prongsai.db and files/…, no absolute path and no "..",
/// nothing twice, at most <see cref="BackupArchiveLimits.MaxEntries"/> entries and never more bytes than the limit or the
/// disk's free space, and each entry exactly as long as it says. Every path written is checked to lie inside the staging
/// directory, which holds nothing but what this reader made (so no link can lead out of it). The caller deletes the
/// staging directory whatever the outcome.
/// </summary>
internal static class BackupArchiveReader
{
    private static readonly (string Thai, string English) Damaged =
        ("ไฟล์สำรองเสียหายหรือไม่ครบ (อาจถูกตัดระหว่างคัดลอก)", "the archive is damaged or cut short");

    public static async Task<Extraction> ExtractAsync(
        string archive, BackupKind kind, string staging, BackupArchiveLimits limits, long freeBytes, CancellationToken cancellationToken = default)
    {
        try
        {
            return new Extraction(await ExtractCoreAsync(archive, kind, staging, limits, freeBytes, cancellationToken), null);
        }
        catch (RefusedEntry refused)
        {
            return new Extraction(null, (refused.Thai, refused.English));
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException or InvalidOperationException
                                              or NotSupportedException or FormatException or OverflowException or ArgumentException)
        {
            // What TarReader and GZipStream raise for a malformed header, a bad checksum, a cut stream.
            return new Extraction(null, Damaged);
        }
    }

    private static async Task<ExtractedBackup> ExtractCoreAsync(
        string archive, BackupKind kind, string staging, BackupArchiveLimits limits, long freeBytes, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(archive, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
        await using var gzip = kind == BackupKind.GzipTar ? new GZipStream(file, CompressionMode.Decompress, leaveOpen: true) : null;
        await using var reader = new TarReader(new ForwardOnlyStream(gzip ?? (Stream)file));
        var files = Path.Combine(staging, BackupArchive.FilesFolder);
        PrivateFiles.CreateDirectory(files);
        string? database = null;
        var (entries, fileCount, bytes) = (0, 0, 0L);
        while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
        {
            if (++entries > limits.MaxEntries)
            {
                throw new RefusedEntry($"มีรายการเกิน {limits.MaxEntries:N0} รายการ (ตั้งได้ที่ {BackupArchiveLimits.MaxEntriesSetting})",
                    $"more than {limits.MaxEntries:N0} entries ({BackupArchiveLimits.MaxEntriesSetting})");
            }

            var path = PathOf(entry, staging);
            if (entry.EntryType == TarEntryType.Directory)
            {
                RefuseTaken(entry, path, staging, folder: true);
                PrivateFiles.CreateDirectory(path);
                continue;
            }

            RefuseTaken(entry, path, staging, folder: false);
            if (entry.Length > Math.Min(limits.MaxBytes, freeBytes) - bytes)
            {
                throw limits.MaxBytes <= freeBytes
                    ? new RefusedEntry($"ข้อมูลในไฟล์สำรองเกิน {limits.MaxBytes:N0} bytes (ตั้งได้ที่ {BackupArchiveLimits.MaxBytesSetting})",
                        $"the archive holds more than {limits.MaxBytes:N0} bytes ({BackupArchiveLimits.MaxBytesSetting})")
                    : new RefusedEntry($"ดิสก์มีที่ว่างไม่พอ (ว่าง {freeBytes:N0} bytes)", $"not enough free disk space ({freeBytes:N0} bytes free)");
            }

            PrivateFiles.CreateDirectory(Path.GetDirectoryName(path)!);
            await WriteAsync(entry, path, cancellationToken);
            bytes += entry.Length;
            if (path == Path.Combine(staging, BackupArchive.DatabaseEntry))
            {
                database = path;
            }
            else
            {
                fileCount++;
            }
        }

        return database is null
            ? throw new RefusedEntry($"ไม่มี {BackupArchive.DatabaseEntry} ในไฟล์สำรอง จึงไม่ใช่ไฟล์สำรองของโปร่งใส",
                $"no {BackupArchive.DatabaseEntry} in the archive: not a Prongsai backup")
            : new ExtractedBackup(database, files, fileCount, bytes);
    }

    /// <summary>Where an entry goes in the staging directory, or the refusal of a name that is not the layout's.</summary>
    private static string PathOf(TarEntry entry, string staging)
    {
        var name = entry.Name;
        if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.Directory))
        {
            throw new RefusedEntry($"{Shown(name)} ไม่ใช่ไฟล์หรือโฟลเดอร์ธรรมดา ({entry.EntryType})", $"{Shown(name)} is not a regular file or folder ({entry.EntryType})");
        }

        if (name.StartsWith('/') || name.StartsWith('\\') || Path.IsPathRooted(name))
        {
            throw new RefusedEntry($"{Shown(name)} เป็นที่อยู่เต็ม (absolute path)", $"{Shown(name)} is an absolute path");
        }

        if (name.Split('/', '\\').Contains(".."))
        {
            throw new RefusedEntry($"{Shown(name)} มี .. ซึ่งชี้ออกนอกโฟลเดอร์", $"{Shown(name)} climbs out with \"..\"");
        }

        var folder = entry.EntryType == TarEntryType.Directory;
        var trimmed = folder ? name.TrimEnd('/') : name;
        var prefix = BackupArchive.FilesFolder + "/";
        var inLayout = folder
            ? trimmed == BackupArchive.FilesFolder || (trimmed.StartsWith(prefix, StringComparison.Ordinal) && BackupArchive.IsSafeRelativePath(trimmed[prefix.Length..]))
            : trimmed == BackupArchive.DatabaseEntry || (trimmed.StartsWith(prefix, StringComparison.Ordinal) && BackupArchive.IsSafeRelativePath(trimmed[prefix.Length..]));
        if (!inLayout)
        {
            throw new RefusedEntry($"{Shown(name)} ไม่ใช่ส่วนของไฟล์สำรองโปร่งใส (มีได้เพียง {BackupArchive.DatabaseEntry} และ {prefix}…)",
                $"{Shown(name)} is not part of a Prongsai backup (only {BackupArchive.DatabaseEntry} and {prefix}…)");
        }

        // A second guard that does not depend on the checks above being complete.
        var path = Path.GetFullPath(Path.Combine(staging, trimmed.Replace('/', Path.DirectorySeparatorChar)));
        return path.StartsWith(staging + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new RefusedEntry($"{Shown(name)} ชี้ออกนอกโฟลเดอร์", $"{Shown(name)} points outside the archive's folder");
    }

    /// <summary>Refuses an entry whose place is taken already (a name twice, a file where a folder is) or lies under a file.</summary>
    private static void RefuseTaken(TarEntry entry, string path, string staging, bool folder)
    {
        var taken = File.Exists(path) || (!folder && Directory.Exists(path));
        for (var parent = Path.GetDirectoryName(path); !taken && parent is not null && parent != staging; parent = Path.GetDirectoryName(parent))
        {
            taken = File.Exists(parent);
        }

        if (taken)
        {
            throw new RefusedEntry($"{Shown(entry.Name)} อยู่ในไฟล์สำรองซ้ำ", $"{Shown(entry.Name)} appears twice");
        }
    }

    /// <summary>Writes the entry's data, refusing one whose data is longer or shorter than its header says.</summary>
    private static async Task WriteAsync(TarEntry entry, string path, CancellationToken cancellationToken)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous, BufferSize = 81920 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = PrivateFiles.OwnerOnlyFile;
        }

        long written = 0;
        await using (var target = new FileStream(path, options))
        {
            if (entry.DataStream is { } data)
            {
                var buffer = new byte[81920];
                int read;
                while ((read = await data.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    written += read;
                    if (written > entry.Length)
                    {
                        throw new InvalidDataException("The entry holds more than its header says.");
                    }

                    await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
        }

        if (written != entry.Length)
        {
            throw new InvalidDataException("The entry holds less than its header says.");
        }

        if (entry.ModificationTime > DateTimeOffset.UnixEpoch)
        {
            // The sweep of import files kept for a confirmation goes by age: a restored file keeps its own.
            File.SetLastWriteTimeUtc(path, entry.ModificationTime.UtcDateTime);
        }
    }

    /// <summary>A name as a message shows it: control characters replaced, a long one cut.</summary>
    private static string Shown(string name) =>
        "\"" + new string(name.Take(120).Select(c => char.IsControl(c) ? '?' : c).ToArray()) + (name.Length > 120 ? "…" : "") + "\"";

    private sealed class RefusedEntry(string thai, string english) : Exception(english)
    {
        public string Thai { get; } = thai;
        public string English { get; } = english;
    }
}
