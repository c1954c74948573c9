using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Cli.Verbs.Backups;
using Prongsai.Core.Storage;
using Prongsai.Data;

namespace Prongsai.Cli.Verbs;

/// <summary>
/// An online, consistent copy of the SQLite database (the app may keep running); with --with-files, one archive holding
/// that copy and the uploaded files, which <see cref="RestoreVerb"/> puts back whole.
/// </summary>
public sealed class BackupVerb : IVerb
{
    public string Name => "backup";
    public string Summary => "สำรองฐานข้อมูล SQLite และไฟล์แนบ / back up the SQLite database (and the uploaded files)";

    public string Help =>
        "prongsai backup --out FILE [--with-files]\n" +
        "  SQLite: online backup of the database to FILE (never over an existing file); the app may keep running.\n" +
        "  --with-files: FILE is one tar archive (gzip when its name ends in .gz) holding the database and every file of\n" +
        "  the data directory's files/ folder, which prongsai restore puts back whole. Not with the S3 file store: the\n" +
        "  files are backed up in the bucket. PostgreSQL: use pg_dump.";

    public VerbOptions Options { get; } = new VerbOptions().Value("out", 'o').Flag("with-files");

    public async Task<int> RunAsync(VerbContext context)
    {
        var output = Path.GetFullPath(context.Args.Required("out"));
        if (DataServices.ProviderOf(context.Configuration) == DatabaseProvider.Postgres)
        {
            return context.Fail("ฐานข้อมูล PostgreSQL ให้สำรองด้วย pg_dump เช่น pg_dump -Fc -f prongsai.dump DBNAME",
                "on PostgreSQL use pg_dump, e.g. pg_dump -Fc -f prongsai.dump DBNAME");
        }

        string? filesRoot = null;
        if (context.Args.Flag("with-files"))
        {
            if (context.Services.GetRequiredService<IFileStore>() is not LocalFileStore local)
            {
                return context.Fail("ไฟล์แนบของระบบนี้เก็บใน S3 (Prongsai:Files:Store) ให้สำรองที่ bucket นั้น และสำรองฐานข้อมูลด้วย prongsai backup --out FILE โดยไม่ใส่ --with-files",
                    "the files live in the S3 bucket (Prongsai:Files:Store) and are backed up there: back up the database with prongsai backup --out FILE, without --with-files");
            }

            filesRoot = local.Root;
            if (output.StartsWith(filesRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                // The archive would be read into itself while it is written.
                return context.Fail($"ไฟล์สำรองต้องไม่อยู่ในโฟลเดอร์ {filesRoot}", $"the backup cannot be written inside {filesRoot}");
            }
        }

        if (OutputFiles.Refusal(output, overwrite: false, forceOption: null) is { } refusal)
        {
            return context.Fail(refusal.Thai, refusal.English);
        }

        // ReadWrite, never ReadWriteCreate: a source that is not there must fail, not become an empty database that is
        // then backed up as if it were the installation (the check before the verb ran makes this a second guard).
        var sourceString = new SqliteConnectionStringBuilder(DataServices.ConnectionStringOf(context.Configuration)) { Mode = SqliteOpenMode.ReadWrite };
        await using var source = new SqliteConnection(sourceString.ToString());
        await source.OpenAsync();
        if (filesRoot is not null)
        {
            return await WriteArchiveAsync(context, source, output, filesRoot);
        }

        await OutputFiles.WriteAsync(output, overwrite: false, temporary => CopyDatabaseAsync(source, temporary));
        context.Out.WriteLine($"สำรองข้อมูลแล้ว / backup written: {output} ({new FileInfo(output).Length:N0} bytes)");
        return CliApp.Ok;
    }

    private static async Task<int> WriteArchiveAsync(VerbContext context, SqliteConnection source, string output, string filesRoot)
    {
        var databaseCopy = Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.{Guid.NewGuid():N}.db.part");
        ArchivedFiles? archived = null;
        try
        {
            await OutputFiles.WriteAsync(output, overwrite: false, async (Stream archive) =>
            {
                // The database first, then the files: every file the copy names is on disk by then.
                PrivateFiles.CreateEmptyFile(databaseCopy);
                await CopyDatabaseAsync(source, databaseCopy);
                archived = await BackupArchiveWriter.WriteAsync(archive, BackupArchive.Compressed(output), databaseCopy, filesRoot);
            });
        }
        finally
        {
            foreach (var leftover in new[] { databaseCopy, databaseCopy + "-journal" }.Where(File.Exists))
            {
                File.Delete(leftover);
            }
        }

        var (files, bytes, vanished, leftOut) = archived!;
        context.Out.WriteLine($"สำรองฐานข้อมูลและไฟล์แนบ {files:N0} ไฟล์ ({bytes:N0} bytes) แล้ว / backup written, the database and {files:N0} files " +
            $"({bytes:N0} bytes): {output} ({new FileInfo(output).Length:N0} bytes)");
        if (vanished > 0)
        {
            context.Out.WriteLine($"ไฟล์ {vanished:N0} ไฟล์ถูกลบระหว่างสำรอง (เช่น ล้างถังขยะ) จึงไม่อยู่ในไฟล์สำรอง / {vanished:N0} files were deleted while the backup ran (a trash purge, say) and are not in it");
        }

        if (leftOut.Count > 0)
        {
            context.Out.WriteLine($"ไม่ได้ใส่ไฟล์ที่ชื่อใช้กู้คืนไม่ได้ {leftOut.Count:N0} ไฟล์ / left out {leftOut.Count:N0} files whose names a restore refuses: " +
                string.Join(", ", leftOut.Take(5)) + (leftOut.Count > 5 ? ", …" : ""));
        }

        return CliApp.Ok;
    }

    private static async Task CopyDatabaseAsync(SqliteConnection source, string path)
    {
        await using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await target.OpenAsync();
        source.BackupDatabase(target);
    }
}
