namespace Prongsai.Cli.Verbs.Backups;

/// <summary>What a backup file holds, found from its first bytes (never from its name, which anyone may change).</summary>
internal enum BackupKind
{
    /// <summary>Anything else: read as a copy of the SQLite database, as a backup without the files always was.</summary>
    Database,

    /// <summary>A tar archive: "ustar" at offset 257 (ustar, PAX and GNU tar all put it there).</summary>
    Tar,

    /// <summary>A gzip stream (1f 8b), read as a compressed tar archive.</summary>
    GzipTar,
}

/// <summary>
/// The layout of a backup that carries the uploaded files (<c>prongsai backup --with-files</c>): one tar archive holding
/// the database copy as <see cref="DatabaseEntry"/> and every file of the local file store under <see cref="FilesFolder"/>/
/// with its path relative to the store's root (its key). Nothing else is written, and a restore accepts nothing else.
/// </summary>
internal static class BackupArchive
{
    public const string DatabaseEntry = "prongsai.db";
    public const string FilesFolder = "files";

    private const int TarMagicOffset = 257;
    private static ReadOnlySpan<byte> TarMagic => "ustar"u8;

    /// <summary>
    /// Whether the archive written to <paramref name="path"/> is gzipped: when the operator names it so (.gz, .tgz). Plain
    /// tar otherwise, and by default: the uploads are mostly PDFs and photos that are compressed already, so gzip would
    /// spend the small server's CPU for little; the database does shrink well, which is the operator's call to make.
    /// </summary>
    public static bool Compressed(string path) =>
        path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase);

    public static async Task<BackupKind> KindOfAsync(string path, CancellationToken cancellationToken = default)
    {
        var head = new byte[TarMagicOffset + TarMagic.Length];
        int read;
        await using (var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true))
        {
            read = await file.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, cancellationToken);
        }

        if (read >= 2 && head[0] == 0x1f && head[1] == 0x8b)
        {
            return BackupKind.GzipTar;
        }

        return read == head.Length && head.AsSpan(TarMagicOffset).SequenceEqual(TarMagic) ? BackupKind.Tar : BackupKind.Database;
    }

    /// <summary>
    /// Whether a path under the files folder ("documents/7/….pdf") is one a restore writes: relative, its segments
    /// neither empty nor "." nor "..", no backslash (a separator on Windows) and no control character. The backup skips a
    /// stray file that fails this, so that it never writes an archive its own restore would refuse.
    /// </summary>
    public static bool IsSafeRelativePath(string path) =>
        path.Length is > 0 and <= BackupArchiveLimits.MaxNameLength
        && !path.Contains('\\', StringComparison.Ordinal)
        && !path.Any(char.IsControl)
        && path.Split('/').All(segment => segment is not ("" or "." or ".."));
}
