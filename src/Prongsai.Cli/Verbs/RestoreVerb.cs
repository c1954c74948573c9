using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Cli.Verbs.Backups;
using Prongsai.Core.Data;
using Prongsai.Core.Storage;
using Prongsai.Data;

namespace Prongsai.Cli.Verbs;

/// <summary>
/// Puts a backup made by <see cref="BackupVerb"/> in place of the installation's database — and, when the backup is an
/// archive made with --with-files (recognised by its content, <see cref="ArchiveRestore"/>), of its files/ folder too.
/// The backup is checked first, the app must be stopped, and what it replaces is kept beside it under a timestamped
/// name, never deleted.
/// </summary>
public sealed class RestoreVerb : IVerb
{
    public string Name => "restore";
    public string Summary => "กู้คืนฐานข้อมูล SQLite (และไฟล์แนบ) จากไฟล์สำรอง / restore the SQLite database (and the files) from a backup";

    public string Help =>
        "prongsai restore FILE [--force]\n" +
        "  SQLite: checks that FILE is a Prongsai backup (made by prongsai backup), then puts it in place. Stop the app\n" +
        "  first. Replacing a database or a files/ folder that is there needs --force; what is replaced is kept beside it\n" +
        "  as prongsai.db.replaced-YYYYMMDDTHHMMSSZ (and files.replaced-YYYYMMDDTHHMMSSZ). A backup archive that holds\n" +
        "  the files too brings back the database and the files/ folder together; it is read into a staging folder and\n" +
        "  checked whole first. A database backup holds the database only: put files/ back from your file backup.\n" +
        "  PostgreSQL: use pg_restore on pg_dump's file.";

    public VerbOptions Options { get; } = new VerbOptions().Positional("FILE").Flag("force");

    /// <summary>A restore may bring an installation into being on a new machine, where there is no database yet.</summary>
    public bool SetsUpInstallation => true;

    /// <summary>Its own output names the database it put in place and where it came from.</summary>
    public bool ReportsTheDatabaseItMakes => true;

    public async Task<int> RunAsync(VerbContext context)
    {
        var given = context.Args.Positional.FirstOrDefault() ?? throw new UsageException("ต้องระบุไฟล์สำรอง / FILE (the backup) is required");
        if (DataServices.ProviderOf(context.Configuration) == DatabaseProvider.Postgres)
        {
            return context.Fail("ฐานข้อมูล PostgreSQL ให้กู้คืนด้วย pg_restore จากไฟล์ของ pg_dump เช่น pg_restore --clean --if-exists -d DBNAME prongsai.dump",
                "on PostgreSQL restore pg_dump's file with pg_restore, e.g. pg_restore --clean --if-exists -d DBNAME prongsai.dump");
        }

        var backup = Path.GetFullPath(given);
        if (!File.Exists(backup))
        {
            return context.Fail($"ไม่พบไฟล์ {backup}", $"no such file: {backup}");
        }

        if (DataServices.SqliteFileOf(DataServices.ConnectionStringOf(context.Configuration)) is not { } target)
        {
            return context.Fail("ฐานข้อมูลที่ตั้งค่าไว้อยู่ในหน่วยความจำ ไม่มีไฟล์ให้กู้คืน", "the configured database is in memory: there is no file to restore");
        }

        if (string.Equals(backup, target, StringComparison.Ordinal))
        {
            return context.Fail("ไฟล์สำรองคือฐานข้อมูลที่ใช้อยู่ ให้ระบุไฟล์สำรองอื่น", "the backup is the database itself; give another file");
        }

        var known = await KnownMigrationsAsync(context.Services);
        var kind = await BackupArchive.KindOfAsync(backup);
        if (kind != BackupKind.Database)
        {
            return await ArchiveRestore.RunAsync(context, backup, kind, target, known);
        }

        if (await ProblemWithAsync(backup, known) is { } problem)
        {
            return context.Fail($"{backup}: {problem.Thai} ไม่ได้เปลี่ยนแปลงสิ่งใด", $"{backup}: {problem.English}; nothing was changed");
        }

        if (File.Exists(target) && !context.Args.Flag("force"))
        {
            return context.Fail($"มีฐานข้อมูล {target} อยู่แล้ว ระบุ --force เพื่อแทนที่ (ฐานข้อมูลเดิมจะเก็บไว้ข้าง ๆ ไม่ถูกลบ) ไม่ได้เปลี่ยนแปลงสิ่งใด",
                $"{target} exists: add --force to replace it (it is kept aside, not deleted); nothing was changed");
        }

        if (await RefusalWhileInUseAsync(context, target) is { } busy)
        {
            return busy;
        }

        var incoming = await StageDatabaseAsync(backup, target);
        var swap = new InstallationSwap();
        string? aside;
        try
        {
            aside = PutDatabaseInPlace(swap, incoming, target, ReplacedSuffix(context));
        }
        catch
        {
            swap.Undo();
            throw;
        }
        finally
        {
            DeleteStaged(incoming);
        }

        context.Out.WriteLine($"กู้คืนฐานข้อมูลแล้ว / restored: {target} ← {backup}");
        if (aside is not null)
        {
            context.Out.WriteLine($"ฐานข้อมูลเดิมเก็บไว้ที่ / the database replaced is kept as: {aside}");
        }

        context.Out.WriteLine("ไฟล์แนบ (โฟลเดอร์ files/) ไม่อยู่ในไฟล์สำรองฐานข้อมูล ให้นำกลับจากการสำรองไฟล์ แล้วเริ่มเว็บแอป / " +
            "the files/ folder is not in a database backup: put it back from your file backup, then start the app");
        return CliApp.Ok;
    }

    /// <summary>
    /// Null when nothing holds the database (or there is none); else the refusal, printed, with its exit code. The
    /// check's own connections and this process's (the installation check before the verb ran) are closed first.
    /// </summary>
    internal static async Task<int?> RefusalWhileInUseAsync(VerbContext context, string target)
    {
        SqliteConnection.ClearAllPools();
        return File.Exists(target) && !await SettleAsync(target)
            ? context.Fail($"ฐานข้อมูล {target} กำลังถูกใช้อยู่ (เว็บแอปยังทำงานอยู่หรือไม่) หยุดเว็บแอปก่อนแล้วเรียกคำสั่งนี้อีกครั้ง ไม่ได้เปลี่ยนแปลงสิ่งใด",
                $"{target} is in use (is the app still running?): stop the app, then run this again; nothing was changed")
            : null;
    }

    /// <summary>What a replaced database or folder is called after: "replaced-20261206T093000Z".</summary>
    internal static string ReplacedSuffix(VerbContext context) =>
        "replaced-" + (context.Services.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// A consistent copy of <paramref name="source"/> through SQLite itself (a backup taken in WAL mode with its -wal
    /// beside it included), in a temporary file beside <paramref name="target"/>, readable by the owner only.
    /// </summary>
    internal static async Task<string> StageDatabaseAsync(string source, string target)
    {
        var directory = Path.GetDirectoryName(target)!;
        PrivateFiles.CreateDirectory(directory);
        var incoming = Path.Combine(directory, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.restoring");
        try
        {
            await using (var from = new SqliteConnection(ReadOnly(source)))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = incoming, Pooling = false }.ToString()))
            {
                await from.OpenAsync();
                await copy.OpenAsync();
                from.BackupDatabase(copy);
            }

            PrivateFiles.Restrict(incoming);
            return incoming;
        }
        catch
        {
            DeleteStaged(incoming);
            throw;
        }
    }

    /// <summary>Moves the database there aside (returned; null when there was none) and the staged copy into its place.</summary>
    internal static string? PutDatabaseInPlace(InstallationSwap swap, string incoming, string target, string suffix)
    {
        string? aside = null;
        if (File.Exists(target))
        {
            aside = $"{target}.{suffix}";
            swap.MoveFile(target, aside);
        }

        // The replaced database's journal files would be read as the restored one's: they go (SettleAsync emptied them).
        foreach (var stale in new[] { target + "-wal", target + "-shm", target + "-journal" })
        {
            File.Delete(stale);
        }

        swap.MoveFile(incoming, target);
        return aside;
    }

    internal static void DeleteStaged(string incoming)
    {
        File.Delete(incoming);
        File.Delete(incoming + "-journal");
    }

    internal static async Task<IReadOnlyList<string>> KnownMigrationsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Database.GetMigrations().ToList();
    }

    private static string ReadOnly(string path) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString();

    /// <summary>
    /// Why <paramref name="backup"/> cannot be restored, or null: it must open as SQLite (read-only), pass SQLite's own
    /// check, and hold Prongsai's migrations history — none the app does not know (a backup from a newer version).
    /// </summary>
    internal static async Task<(string Thai, string English)?> ProblemWithAsync(string backup, IReadOnlyList<string> known)
    {
        // Opening a WAL-mode file, even read-only, makes its -wal and -shm: those this check made are removed after it.
        var journals = new[] { backup + "-wal", backup + "-shm" }.Where(f => !File.Exists(f)).ToList();
        try
        {
            await using var connection = new SqliteConnection(ReadOnly(backup));
            await connection.OpenAsync();
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA quick_check;";
            if (await check.ExecuteScalarAsync() as string != "ok")
            {
                return ("ไฟล์ฐานข้อมูลเสียหาย", "the database file is corrupt");
            }

            await using var history = connection.CreateCommand();
            history.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '__EFMigrationsHistory';";
            if (await history.ExecuteScalarAsync() is null)
            {
                return ("ไม่ใช่ฐานข้อมูลของโปร่งใส (ไม่มีประวัติการ migrate)", "not a Prongsai database (no migrations history)");
            }

            history.CommandText = "SELECT \"MigrationId\" FROM \"__EFMigrationsHistory\";";
            var applied = new List<string>();
            await using (var reader = await history.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    applied.Add(reader.GetString(0));
                }
            }

            if (applied.Count == 0 || !applied.Contains(known[0], StringComparer.Ordinal))
            {
                return ("ไม่ใช่ฐานข้อมูลของโปร่งใส", "not a Prongsai database");
            }

            if (applied.Except(known, StringComparer.Ordinal).ToList() is { Count: > 0 } unknown)
            {
                return ($"ไฟล์สำรองมาจากโปร่งใสรุ่นที่ใหม่กว่านี้ (มี {unknown[^1]}) ให้ติดตั้งรุ่นนั้นก่อนกู้คืน",
                    $"the backup comes from a newer Prongsai (it has {unknown[^1]}): install that version before restoring");
            }

            return null;
        }
        catch (SqliteException exception) when ((exception.SqliteErrorCode & 0xFF) is 26 or 11 or 14)
        {
            return (exception.SqliteErrorCode & 0xFF) == 11
                ? ("ไฟล์ฐานข้อมูลเสียหาย", "the database file is corrupt")
                : ("ไม่ใช่ไฟล์ฐานข้อมูล SQLite", "not a SQLite database file");
        }
        finally
        {
            foreach (var made in journals.Where(File.Exists))
            {
                File.Delete(made);
            }
        }
    }

    /// <summary>
    /// Takes the database for this process alone, or returns false when another holds it (the app, or another tool):
    /// an exclusive lock fails at once while any other connection is open. Holding it, the write-ahead log is written
    /// into the database and emptied, so the file moved aside is whole without its -wal.
    /// </summary>
    private static async Task<bool> SettleAsync(string target)
    {
        var builder = new SqliteConnectionStringBuilder { DataSource = target, Mode = SqliteOpenMode.ReadWrite, Pooling = false, DefaultTimeout = 1 };
        try
        {
            await using var connection = new SqliteConnection(builder.ToString());
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 0; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; COMMIT;";
            await command.ExecuteNonQueryAsync();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await using var reader = await command.ExecuteReaderAsync();
            // The first column is 1 when the checkpoint could not finish (another connection): the app is there after all.
            return await reader.ReadAsync() && reader.GetInt32(0) == 0;
        }
        catch (SqliteException exception) when ((exception.SqliteErrorCode & 0xFF) is 5 or 6)
        {
            return false;
        }
    }
}
