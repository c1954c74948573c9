using System.Formats.Tar;
using System.IO.Compression;
using Prongsai.Core.Storage;

namespace Prongsai.Cli.Verbs.Backups;

/// <summary>
/// What went into an archive besides the database: the uploaded files and their bytes; the files that were deleted
/// while the backup ran (a purge, an import's kept file swept); and stray files whose names a restore would refuse.
/// </summary>
internal sealed record ArchivedFiles(int Files, long Bytes, int Vanished, IReadOnlyList<string> LeftOut);

/// <summary>Writes the archive of <see cref="BackupArchive"/>'s layout: the database copy first, then the files.</summary>
internal static class BackupArchiveWriter
{
    /// <param name="databaseCopy">The copy SQLite's online backup made before: the files are read after it, so a file
    /// uploaded in between is merely extra, and every file the copy names was already stored.</param>
    public static async Task<ArchivedFiles> WriteAsync(Stream output, bool compress, string databaseCopy, string filesRoot, CancellationToken cancellationToken = default)
    {
        // Fastest: most of the bytes are PDFs and photos that do not shrink; the database shrinks well even so.
        await using var gzip = compress ? new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true) : null;
        await using var tar = new TarWriter(gzip ?? output, TarEntryFormat.Pax, leaveOpen: true);
        await using (var database = new FileStream(databaseCopy, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true))
        {
            await tar.WriteEntryAsync(FileEntry(BackupArchive.DatabaseEntry, database, File.GetLastWriteTimeUtc(databaseCopy)), cancellationToken);
        }

        await tar.WriteEntryAsync(new PaxTarEntry(TarEntryType.Directory, BackupArchive.FilesFolder + "/") { Mode = PrivateFiles.OwnerOnlyDirectory }, cancellationToken);
        var (files, bytes, vanished) = (0, 0L, 0);
        var leftOut = new List<string>();
        IEnumerable<string> paths = Directory.Exists(filesRoot) ? Directory.EnumerateFiles(filesRoot, "*", SearchOption.AllDirectories) : [];
        foreach (var path in paths)
        {
            // The local store writes an upload as KEY.part and renames it when whole; its row is saved after that.
            if (path.EndsWith(".part", StringComparison.Ordinal))
            {
                continue;
            }

            var relative = Path.GetRelativePath(filesRoot, path).Replace(Path.DirectorySeparatorChar, '/');
            if (!BackupArchive.IsSafeRelativePath(relative))
            {
                leftOut.Add(relative);
                continue;
            }

            FileStream content;
            try
            {
                content = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
            }
            catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
            {
                vanished++;
                continue;
            }

            await using (content)
            {
                // The time from the open file: the path may be gone by now (a purge), the handle still reads it.
                var modified = File.GetLastWriteTimeUtc(content.SafeFileHandle);
                await tar.WriteEntryAsync(FileEntry($"{BackupArchive.FilesFolder}/{relative}", content, modified), cancellationToken);
                files++;
                bytes += content.Length;
            }
        }

        return new ArchivedFiles(files, bytes, vanished, leftOut);
    }

    private static PaxTarEntry FileEntry(string name, Stream content, DateTime modified) => new(TarEntryType.RegularFile, name)
    {
        DataStream = content,
        Mode = PrivateFiles.OwnerOnlyFile,
        ModificationTime = modified,
    };
}
