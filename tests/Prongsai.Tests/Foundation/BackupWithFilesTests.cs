using System.Formats.Tar;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Progress;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;
using Prongsai.Tests.Measures.UseCases;
using Prongsai.Tests.Storage;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// `prongsai backup --with-files` writes one archive of the database and the uploaded files, and `prongsai restore`
/// brings the whole installation back from it: checked first, the replaced database and files kept aside.
/// </summary>
public sealed class BackupWithFilesTests : IDisposable
{
    private readonly string backups = Directory.CreateTempSubdirectory("prongsai-backups-").FullName;

    public void Dispose() => Directory.Delete(backups, recursive: true);

    [Fact]
    public async Task An_archive_brings_the_evidence_file_back_byte_for_byte_onto_a_wiped_installation()
    {
        await using var host = await MeasuresTestHost.StartAsync(DbProvider.Sqlite);
        var (key, bytes) = await RecordEvidenceAsync(host, "สรุป.xls");
        var settings = SettingsOf(host.DataDirectory);

        // Written while the app runs, under a name that says nothing: the restore knows it by its content.
        var archive = Path.Combine(backups, "prongsai-2568.backup");
        var made = await CommandLine.RunAsync(settings, "backup", "--out", archive, "--with-files");
        Assert.True(made.Code == 0, made.Error);
        Assert.Contains("backup written, the database and", made.Out, StringComparison.Ordinal);
        Assert.Equal(PrivateFile, ModeOf(archive));
        var names = await EntryNamesAsync(archive);
        Assert.Equal("prongsai.db", names[0]);
        Assert.Contains("files/" + key, names);
        Assert.Empty(Directory.GetFiles(backups, ".*"));

        SqliteConnection.ClearAllPools();
        var database = Path.Combine(host.DataDirectory, "prongsai.db");
        foreach (var file in new[] { database, database + "-wal", database + "-shm" })
        {
            File.Delete(file);
        }

        Directory.Delete(Path.Combine(host.DataDirectory, "files"), recursive: true);

        var restored = await CommandLine.RunAsync(settings, "restore", archive);
        Assert.True(restored.Code == 0, restored.Error);
        Assert.Contains("restored the database and", restored.Out, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(host.DataDirectory, "files", key)));
        Assert.Equal([key], await FileKeysAsync(database));
        Assert.Empty(Directory.GetFileSystemEntries(host.DataDirectory, "*.replaced-*"));
        Assert.Empty(Directory.GetFileSystemEntries(host.DataDirectory, ".restore-*"));
        Assert.Equal(PrivateFile, ModeOf(database));

        // The restored installation is one the app and the other verbs work on.
        Assert.Equal(0, (await CommandLine.RunAsync(settings, "migrate")).Code);

        // On a new machine the data directory is made by the restore, owner-only like the one the app makes, and the
        // restore does not report "a new database" (which would read as an empty one).
        var newMachine = Path.Combine(backups, "new-machine", "data");
        var onNewMachine = await CommandLine.RunAsync(SettingsOf(newMachine), "restore", archive);
        Assert.True(onNewMachine.Code == 0, onNewMachine.Error);
        Assert.DoesNotContain("created a new database", onNewMachine.Out, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            foreach (var folder in new[] { Path.GetDirectoryName(newMachine)!, newMachine, Path.Combine(newMachine, "files") })
            {
                Assert.Equal(PrivateFolder, File.GetUnixFileMode(folder));
            }
        }

        Assert.Equal(bytes, await File.ReadAllBytesAsync(Path.Combine(newMachine, "files", key)));
    }

    [Fact]
    public async Task A_restore_over_an_installation_keeps_the_replaced_database_and_files_aside()
    {
        await using var host = await MeasuresTestHost.StartAsync(DbProvider.Sqlite);
        var (kept, keptBytes) = await RecordEvidenceAsync(host, "ก่อน.xls");
        var settings = SettingsOf(host.DataDirectory);
        var archive = Path.Combine(backups, "prongsai.tar.gz");
        Assert.Equal(0, (await CommandLine.RunAsync(settings, "backup", "--out", archive, "--with-files")).Code);
        var head = new byte[2];
        await using (var file = File.OpenRead(archive))
        {
            await file.ReadExactlyAsync(head);
        }

        Assert.Equal(new byte[] { 0x1f, 0x8b }, head);
        var (later, _) = await RecordEvidenceAsync(host, "หลัง.xls");
        SqliteConnection.ClearAllPools();
        var database = Path.Combine(host.DataDirectory, "prongsai.db");
        var files = Path.Combine(host.DataDirectory, "files");

        var unforced = await CommandLine.RunAsync(settings, "restore", archive);
        Assert.Equal(1, unforced.Code);
        Assert.Contains("--force", unforced.Error, StringComparison.Ordinal);

        // While the app has the database open, nothing is replaced, and the staging folder is gone.
        await using (var app = new SqliteConnection($"Data Source={database};Pooling=False"))
        {
            await app.OpenAsync();
            await using var read = app.CreateCommand();
            read.CommandText = "SELECT COUNT(*) FROM \"Evidence\";";
            await read.ExecuteScalarAsync();
            var busy = await CommandLine.RunAsync(settings, "restore", archive, "--force");
            Assert.Equal(1, busy.Code);
            Assert.Contains("is the app still running?", busy.Error, StringComparison.Ordinal);
        }

        Assert.Equal(new[] { kept, later }.Order(), (await FileKeysAsync(database)).Order());
        Assert.True(File.Exists(Path.Combine(files, later)));
        Assert.Empty(Directory.GetFileSystemEntries(host.DataDirectory, ".restore-*"));

        var restored = await CommandLine.RunAsync(settings, "restore", archive, "--force");
        Assert.True(restored.Code == 0, restored.Error);
        Assert.Equal([kept], await FileKeysAsync(database));
        Assert.Equal(keptBytes, await File.ReadAllBytesAsync(Path.Combine(files, kept)));
        Assert.False(File.Exists(Path.Combine(files, later)));

        var databaseAside = Assert.Single(Directory.GetFiles(host.DataDirectory, "prongsai.db.replaced-*"));
        var filesAside = Assert.Single(Directory.GetDirectories(host.DataDirectory, "files.replaced-*"));
        Assert.Contains(databaseAside, restored.Out, StringComparison.Ordinal);
        Assert.Contains(filesAside, restored.Out, StringComparison.Ordinal);
        Assert.Equal(new[] { kept, later }.Order(), (await FileKeysAsync(databaseAside)).Order());
        Assert.True(File.Exists(Path.Combine(filesAside, kept)));
        Assert.True(File.Exists(Path.Combine(filesAside, later)));
        Assert.Empty(Directory.GetFileSystemEntries(host.DataDirectory, ".restore-*"));
    }

    [Fact]
    public async Task Hostile_or_broken_archives_are_refused_and_nothing_changes()
    {
        var root = Directory.CreateTempSubdirectory("prongsai-hostile-").FullName;
        var data = Path.Combine(root, "data");
        Directory.CreateDirectory(Path.Combine(data, "files", "documents", "7"));
        await MigratedSqliteTemplate.CopyIntoAsync(data);
        var storedKey = "documents/7/0123456789abcdef0123456789abcdef.pdf";
        await File.WriteAllTextAsync(Path.Combine(data, "files", storedKey), "%PDF-1.4 ของเดิม");
        var settings = SettingsOf(data);
        var database = await File.ReadAllBytesAsync(Path.Combine(data, "prongsai.db"));
        var good = Path.Combine(backups, "good.tar");
        Assert.Equal(0, (await CommandLine.RunAsync(settings, "backup", "--out", good, "--with-files")).Code);
        SqliteConnection.ClearAllPools();
        var before = Snapshot(data);
        var goodBytes = await File.ReadAllBytesAsync(good);
        var otherSqlite = await OtherSqliteDatabaseAsync();

        var cases = new List<(string Name, byte[] Archive, string Says, Dictionary<string, string?>? Extra)>
        {
            ("path traversal", Tar(Db(database), Entry("../escape.txt")), "climbs out", null),
            ("traversal inside files/", Tar(Db(database), Entry("files/../../escape.txt")), "climbs out", null),
            ("absolute path", Tar(Db(database), Entry(Path.Combine(root, "escape.txt"))), "absolute path", null),
            ("symbolic link", Tar(Db(database), new PaxTarEntry(TarEntryType.SymbolicLink, "files/link") { LinkName = "/etc/passwd" }), "SymbolicLink", null),
            ("hard link", Tar(Db(database), new PaxTarEntry(TarEntryType.HardLink, "files/hard") { LinkName = "prongsai.db" }), "HardLink", null),
            ("device", Tar(Db(database), new PaxTarEntry(TarEntryType.CharacterDevice, "files/null") { DeviceMajor = 1, DeviceMinor = 3 }), "CharacterDevice", null),
            ("outside the layout", Tar(Db(database), Entry("notes.txt")), "not part of a Prongsai backup", null),
            ("the database twice", Tar(Db(database), Db(database)), "appears twice", null),
            ("no database", Tar(Entry("files/documents/a.pdf")), "no prongsai.db", null),
            ("not a database", Tar(Entry("prongsai.db", "นี่ไม่ใช่ฐานข้อมูล this is not a database, only some text long enough for a header.")), "not a SQLite database", null),
            ("not Prongsai's database", Tar(Db(otherSqlite)), "not a Prongsai database", null),
            ("cut in the middle", goodBytes[..(goodBytes.Length / 2)], "damaged or cut short", null),
            ("cut between entries", WithoutEndMarker(Tar(Db(database), Entry("files/documents/a.pdf"))), "damaged or cut short", null),
            ("gzip of nothing tar-like", [0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0x03, 0x4b, 0x4c, 0x4a], "damaged or cut short", null),
            ("too many entries", goodBytes, "more than 2 entries", new() { ["Prongsai:Restore:MaxEntries"] = "2" }),
            ("too many bytes", goodBytes, "Prongsai:Restore:MaxBytes", new() { ["Prongsai:Restore:MaxBytes"] = "1000" }),
        };

        foreach (var (name, bytes, says, extra) in cases)
        {
            var archive = Path.Combine(backups, string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')) + ".tar");
            await File.WriteAllBytesAsync(archive, bytes);
            var refused = await CommandLine.RunAsync(extra is null ? settings : new Dictionary<string, string?>(settings.Concat(extra)), "restore", archive, "--force");
            Assert.True(refused.Code == 1, $"{name}: exit {refused.Code}\n{refused.Error}{refused.Out}");
            Assert.Contains(says, refused.Error, StringComparison.Ordinal);
            Assert.Contains("nothing was changed", refused.Error, StringComparison.Ordinal);
            SqliteConnection.ClearAllPools();
            Assert.True(before.SequenceEqual(Snapshot(data)), $"{name}: the data directory changed");
            Assert.False(File.Exists(Path.Combine(root, "escape.txt")), name);
            Assert.False(File.Exists(Path.Combine(data, "escape.txt")), name);
        }

        var badLimit = await CommandLine.RunAsync(new Dictionary<string, string?>(settings) { ["Prongsai:Restore:MaxEntries"] = "many" }, "restore", good, "--force");
        Assert.Equal(2, badLimit.Code);
        Assert.Contains("Prongsai:Restore:MaxEntries must be a positive whole number", badLimit.Error, StringComparison.Ordinal);
        SqliteConnection.ClearAllPools();
        Assert.True(before.SequenceEqual(Snapshot(data)));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public async Task With_the_S3_file_store_the_files_are_not_archived_nor_restored()
    {
        var data = Path.Combine(Directory.CreateTempSubdirectory("prongsai-s3-").FullName, "data");
        Directory.CreateDirectory(data);
        await MigratedSqliteTemplate.CopyIntoAsync(data);
        var local = SettingsOf(data);
        var archive = Path.Combine(backups, "local.tar");
        Assert.Equal(0, (await CommandLine.RunAsync(local, "backup", "--out", archive, "--with-files")).Code);

        // Written inside the files folder, the archive would read itself.
        var inside = await CommandLine.RunAsync(local, "backup", "--out", Path.Combine(data, "files", "backup.tar"), "--with-files");
        Assert.Equal(1, inside.Code);
        Assert.False(File.Exists(Path.Combine(data, "files", "backup.tar")));

        var s3 = new Dictionary<string, string?>(local)
        {
            ["Prongsai:Files:Store"] = "S3",
            ["Prongsai:Files:S3:ServiceUrl"] = "http://127.0.0.1:9",
            ["Prongsai:Files:S3:AccessKey"] = "test",
            ["Prongsai:Files:S3:SecretKey"] = "test",
        };
        var target = Path.Combine(backups, "s3.tar");
        var refused = await CommandLine.RunAsync(s3, "backup", "--out", target, "--with-files");
        Assert.Equal(1, refused.Code);
        Assert.Contains("the files live in the S3 bucket", refused.Error, StringComparison.Ordinal);
        Assert.Contains("เก็บใน S3", refused.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(target));

        // The database alone is backed up as ever.
        Assert.Equal(0, (await CommandLine.RunAsync(s3, "backup", "--out", Path.Combine(backups, "s3.db"))).Code);

        var restore = await CommandLine.RunAsync(s3, "restore", archive, "--force");
        Assert.Equal(1, restore.Code);
        Assert.Contains("tar -xf", restore.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(data, "*.replaced-*"));
        Directory.Delete(Path.GetDirectoryName(data)!, recursive: true);
    }

    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateFolder = PrivateFile | UnixFileMode.UserExecute;

    /// <summary>The file's mode on Unix; on Windows, where the folder's access rules apply, what the test expects.</summary>
    private static UnixFileMode ModeOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return PrivateFile;
        }

        return File.GetUnixFileMode(path);
    }

    private static Dictionary<string, string?> SettingsOf(string dataDirectory) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["Prongsai:DataDirectory"] = dataDirectory,
    };

    /// <summary>Progress with an evidence file, uploaded as a clerk would; its key and the bytes sent.</summary>
    private static async Task<(string Key, byte[] Bytes)> RecordEvidenceAsync(MeasuresTestHost host, string fileName)
    {
        if (!await host.QueryAsync(db => db.MeasureSteps.AnyAsync()))
        {
            var imported = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
                i.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567)));
            Assert.True(imported.Succeeded);
        }

        var stepId = await host.QueryAsync(db => db.MeasureSteps.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());
        var bytes = CompoundFiles.Xls();
        var added = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p => p.AddAsync(MeasuresTestHost.Admin, stepId,
            new ProgressEntryInput(new DateOnly(2024, 1, 10), "สรุปค่าใช้จ่าย " + fileName, new EvidenceFile(new MemoryStream(bytes), fileName))));
        Assert.True(added.Succeeded, added.Errors.FirstOrDefault()?.Message);
        var key = await host.QueryAsync(db => db.Evidence.Where(e => e.FileName == fileName).Select(e => e.FileKey!).SingleAsync());
        return (key, bytes);
    }

    private static Task<List<string>> FileKeysAsync(string database) =>
        CommandLine.SqliteColumnAsync(database, "SELECT \"FileKey\" FROM \"Evidence\" WHERE \"FileKey\" IS NOT NULL");

    private static async Task<List<string>> EntryNamesAsync(string archive)
    {
        await using var reader = new TarReader(File.OpenRead(archive));
        var names = new List<string>();
        while (await reader.GetNextEntryAsync() is { } entry)
        {
            names.Add(entry.Name);
        }

        return names;
    }

    /// <summary>Every file and folder under <paramref name="directory"/>, with the bytes of each file.</summary>
    private static List<(string Path, string Content)> Snapshot(string directory) =>
        Directory.EnumerateFileSystemEntries(directory, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(p => (Path.GetRelativePath(directory, p), File.Exists(p) ? Convert.ToBase64String(File.ReadAllBytes(p)) : "folder"))
            .ToList();

    private static async Task<byte[]> OtherSqliteDatabaseAsync()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("prongsai-other-").FullName, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE \"Organizations\" (\"Slug\" TEXT); INSERT INTO \"Organizations\" VALUES ('intruder');";
            await create.ExecuteNonQueryAsync();
        }

        var bytes = await File.ReadAllBytesAsync(path);
        Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        return bytes;
    }

    private static PaxTarEntry Db(byte[] database) => new(TarEntryType.RegularFile, "prongsai.db") { DataStream = new MemoryStream(database) };

    private static PaxTarEntry Entry(string name, string content = "x") =>
        new(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(content)) };

    private static byte[] Tar(params TarEntry[] entries)
    {
        var output = new MemoryStream();
        using (var writer = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                writer.WriteEntry(entry);
            }
        }

        return output.ToArray();
    }

    /// <summary>A whole archive but for tar's end marker (two empty blocks): as if cut exactly between two entries.</summary>
    private static byte[] WithoutEndMarker(byte[] archive)
    {
        Assert.True(archive[^1024..].All(b => b == 0));
        return archive[..^1024];
    }
}
