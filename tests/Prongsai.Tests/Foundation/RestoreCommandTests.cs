using Microsoft.Data.Sqlite;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>`prongsai restore`: a backup goes back in place of the database, checked first, the replaced one kept aside.</summary>
public sealed class RestoreCommandTests
{
    [Fact]
    public async Task A_backup_restored_brings_the_data_back_and_keeps_the_replaced_database()
    {
        var settings = FreshSqlite();
        var database = DatabaseOf(settings);
        Assert.Equal(0, (await CommandLine.RunAsync(settings, "migrate")).Code);
        await CreateOrgAsync(settings, "before");
        var backup = Path.Combine(Folder(settings), "backups", "prongsai.db");
        var made = await CommandLine.RunAsync(settings, "backup", "--out", backup);
        Assert.True(made.Code == 0, made.Error);
        await CreateOrgAsync(settings, "after");

        // Without --force a database that is there is not replaced.
        var refused = await CommandLine.RunAsync(settings, "restore", backup);
        Assert.Equal(1, refused.Code);
        Assert.Contains("--force", refused.Error, StringComparison.Ordinal);
        Assert.Contains("after", await SlugsAsync(database));

        // While another program has the database open (the app), it is not replaced either.
        await using (var app = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await app.OpenAsync();
            await using var read = app.CreateCommand();
            read.CommandText = "PRAGMA journal_mode = WAL; SELECT COUNT(*) FROM \"Organizations\";";
            await read.ExecuteScalarAsync();
            var busy = await CommandLine.RunAsync(settings, "restore", backup, "--force");
            Assert.Equal(1, busy.Code);
            Assert.Contains("is the app still running?", busy.Error, StringComparison.Ordinal);
        }

        Assert.Contains("after", await SlugsAsync(database));

        var restored = await CommandLine.RunAsync(settings, "restore", backup, "--force");
        Assert.True(restored.Code == 0, restored.Error);
        Assert.False(File.Exists(database + "-wal"));
        Assert.False(File.Exists(database + "-shm"));
        var slugs = await SlugsAsync(database);
        Assert.Contains("before", slugs);
        Assert.DoesNotContain("after", slugs);

        // The database it replaced is kept, whole, beside it.
        var aside = Assert.Single(Directory.GetFiles(Path.GetDirectoryName(database)!, "prongsai.db.replaced-*"));
        Assert.Contains(aside, restored.Out, StringComparison.Ordinal);
        Assert.Contains("after", await SlugsAsync(aside));

        // The restored database is an installation the other verbs work on.
        Assert.Equal(0, (await CommandLine.RunAsync(settings, "migrate")).Code);
        await CreateOrgAsync(settings, "later");
    }

    [Fact]
    public async Task A_backup_restores_onto_a_new_machine_without_force()
    {
        var old = FreshSqlite();
        Assert.Equal(0, (await CommandLine.RunAsync(old, "migrate")).Code);
        await CreateOrgAsync(old, "moved");
        var backup = Path.Combine(Folder(old), "moved.db");
        Assert.Equal(0, (await CommandLine.RunAsync(old, "backup", "--out", backup)).Code);

        var fresh = FreshSqlite();
        var restored = await CommandLine.RunAsync(fresh, "restore", backup);
        Assert.True(restored.Code == 0, restored.Error);
        Assert.Contains("moved", await SlugsAsync(DatabaseOf(fresh)));
    }

    [Fact]
    public async Task A_file_that_is_not_a_Prongsai_backup_is_refused_and_nothing_changes()
    {
        var settings = FreshSqlite();
        var database = DatabaseOf(settings);
        Assert.Equal(0, (await CommandLine.RunAsync(settings, "migrate")).Code);
        await CreateOrgAsync(settings, "kept");
        var folder = Folder(settings);
        SqliteConnection.ClearAllPools();
        var before = await File.ReadAllBytesAsync(database);

        var text = Path.Combine(folder, "notes.db");
        await File.WriteAllTextAsync(text, "นี่ไม่ใช่ฐานข้อมูล this is not a database, only some text that is long enough to be read as a header.");

        var other = Path.Combine(folder, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE \"Organizations\" (\"Slug\" TEXT); INSERT INTO \"Organizations\" VALUES ('intruder');";
            await create.ExecuteNonQueryAsync();
        }

        var backup = Path.Combine(folder, "good.db");
        Assert.Equal(0, (await CommandLine.RunAsync(settings, "backup", "--out", backup)).Code);
        var corrupt = Path.Combine(folder, "corrupt.db");
        var bytes = await File.ReadAllBytesAsync(backup);
        for (var i = 4096; i < bytes.Length; i += 7)
        {
            bytes[i] = 0xA5;
        }

        await File.WriteAllBytesAsync(corrupt, bytes);

        foreach (var (file, says) in new[]
                 {
                     (text, "not a SQLite database"), (other, "not a Prongsai database"), (corrupt, "corrupt"),
                     (Path.Combine(folder, "nowhere.db"), "no such file"),
                 })
        {
            var refused = await CommandLine.RunAsync(settings, "restore", file, "--force");
            Assert.True(refused.Code == 1, file + ": " + refused.Error + refused.Out);
            Assert.Contains(says, refused.Error, StringComparison.Ordinal);
        }

        SqliteConnection.ClearAllPools();
        Assert.Equal(before, await File.ReadAllBytesAsync(database));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(database)!, "*.replaced-*"));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(database)!, ".*restoring*"));
        Assert.Contains("kept", await SlugsAsync(database));
    }

    [Fact]
    public async Task Restore_on_PostgreSQL_points_to_pg_restore()
    {
        var result = await CommandLine.RunAsync(Apps.For(DbProvider.Postgres).Settings, "restore", "/tmp/never.dump", "--force");
        Assert.Equal(1, result.Code);
        Assert.Contains("pg_restore", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_Unix_the_data_directory_the_database_and_its_copies_are_the_owners_alone()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var settings = FreshSqlite();
        Assert.Equal(0, (await CommandLine.RunAsync(settings, "migrate")).Code);
        var database = DatabaseOf(settings);
        const UnixFileMode Directory700 = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        const UnixFileMode File600 = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        Assert.Equal(Directory700, File.GetUnixFileMode(Path.GetDirectoryName(database)!));
        Assert.Equal(File600, File.GetUnixFileMode(database));

        var backup = Path.Combine(Folder(settings), "copies", "prongsai.db");
        Assert.Equal(0, (await CommandLine.RunAsync(settings, "backup", "--out", backup)).Code);
        Assert.Equal(File600, File.GetUnixFileMode(backup));

        Assert.Equal(0, (await CommandLine.RunAsync(settings, "restore", backup, "--force")).Code);
        Assert.Equal(File600, File.GetUnixFileMode(database));
    }

    /// <summary>A data directory that does not exist yet, inside a folder of its own.</summary>
    private static Dictionary<string, string?> FreshSqlite() => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["Prongsai:DataDirectory"] = Path.Combine(Directory.CreateTempSubdirectory("prongsai-restore-").FullName, "data"),
    };

    private static string Folder(IDictionary<string, string?> settings) => Path.GetDirectoryName(settings["Prongsai:DataDirectory"]!)!;

    private static string DatabaseOf(IDictionary<string, string?> settings) => Path.Combine(settings["Prongsai:DataDirectory"]!, "prongsai.db");

    private static async Task CreateOrgAsync(IDictionary<string, string?> settings, string slug)
    {
        var created = await CommandLine.RunAsync(settings, "create-org", "--slug", slug, "--name", "เทศบาลตำบล" + slug, "--kind", "ทต.", "--province", "ชลบุรี");
        Assert.True(created.Code == 0, created.Error);
    }

    private static Task<List<string>> SlugsAsync(string database) => CommandLine.SqliteColumnAsync(database, "SELECT \"Slug\" FROM \"Organizations\"");
}
