using Microsoft.Data.Sqlite;
using Npgsql;
using Prongsai.Cli;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// The command line refuses before it acts: a database that is not there, settings it does not know, options it does
/// not know, an output file that exists. And whatever fails, it says so in one Thai and English line, exit code 1.
/// </summary>
public sealed class CommandLineGuardTests
{
    private static string SeedReport => Path.Combine(AppContext.BaseDirectory, "TestData", "bangkha-2567-measures-report.txt");

    private static async Task<string?> ScalarAsync(string databaseFile, string sql) => (await CommandLine.SqliteColumnAsync(databaseFile, sql)).FirstOrDefault();

    private static Dictionary<string, string?> Sqlite(string dataDirectory) => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["Prongsai:DataDirectory"] = dataDirectory,
    };

    [Fact]
    public async Task Every_verb_but_set_up_refuses_a_missing_database_naming_it_and_creates_nothing()
    {
        var root = Directory.CreateTempSubdirectory("prongsai-cli-").FullName;
        try
        {
            var data = Path.Combine(root, "wrong", "data");
            var settings = Sqlite(data);
            var setUp = CliApp.Verbs.Where(v => v.SetsUpInstallation).Select(v => v.Name).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(new[] { "create-operator", "create-org", "migrate", "restore", "seed-demo" }, setUp);

            foreach (var verb in CliApp.Verbs.Where(v => !v.SetsUpInstallation))
            {
                var refused = await CommandLine.RunAsync(settings, verb.Name);
                Assert.True(refused.Code == 1, $"{verb.Name}: exit {refused.Code}\n{refused.Error}");
                Assert.Contains($"no database at {Path.Combine(data, "prongsai.db")}", refused.Error, StringComparison.Ordinal);
                Assert.Contains("ไม่พบฐานข้อมูล", refused.Error, StringComparison.Ordinal);
            }

            var backup = await CommandLine.RunAsync(settings, "backup", "--out", Path.Combine(root, "b.db"));
            Assert.Equal(1, backup.Code);
            var verify = await CommandLine.RunAsync(settings, "verify-ledger", "--org", "khokkloi");
            Assert.Equal(1, verify.Code);
            Assert.Empty(Directory.EnumerateFileSystemEntries(root)); // neither the data directory nor the backup

            // A verb that sets an installation up creates the database, and says where.
            var migrated = await CommandLine.RunAsync(settings, "migrate");
            Assert.True(migrated.Code == 0, migrated.Error);
            Assert.Contains($"created a new database: {Path.Combine(data, "prongsai.db")}", migrated.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("created a new database", (await CommandLine.RunAsync(settings, "migrate")).Out, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_SQLite_database_without_the_schema_is_refused_and_stays_without_it()
    {
        var data = Directory.CreateTempSubdirectory("prongsai-cli-").FullName;
        try
        {
            var file = Path.Combine(data, "prongsai.db");
            await File.WriteAllBytesAsync(file, []); // what an earlier run from the wrong folder could leave: an empty database

            var backup = await CommandLine.RunAsync(Sqlite(data), "backup", "--out", Path.Combine(data, "b.db"));
            Assert.Equal(1, backup.Code);
            Assert.Contains($"the database {file} has no Prongsai tables", backup.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(data, "b.db")));

            var reset = await CommandLine.RunAsync(Sqlite(data), "reset-password", "--email", "admin@bangkha.demo");
            Assert.Equal(1, reset.Code);
            Assert.Equal("0", await ScalarAsync(file, "SELECT COUNT(*) FROM sqlite_master"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_PostgreSQL_database_without_the_schema_is_refused_and_stays_without_it()
    {
        var name = "prongsai_test_" + Guid.NewGuid().ToString("N")[..12];
        var connectionString = PostgresServer.CreateDatabase(name);
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Prongsai"] = connectionString,
                ["Prongsai:DataDirectory"] = Path.GetTempPath(),
            };
            var reset = await CommandLine.RunAsync(settings, "reset-password", "--email", "admin@bangkha.demo");
            Assert.Equal(1, reset.Code);
            Assert.Contains("has no Prongsai tables", reset.Error, StringComparison.Ordinal);
            Assert.Contains($"/{name}", reset.Error, StringComparison.Ordinal);
            Assert.Equal(1, (await CommandLine.RunAsync(settings, "verify-ledger", "--org", "khokkloi")).Code);

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'public'";
            Assert.Equal(0L, (long)(await command.ExecuteScalarAsync())!);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            PostgresServer.DropDatabase(name);
        }
    }

    [Fact]
    public async Task Settings_given_on_the_command_line_are_used_and_unknown_ones_refused()
    {
        var data = Directory.CreateTempSubdirectory("prongsai-cli-").FullName;
        try
        {
            Assert.Equal(0, (await CommandLine.RunAsync(Sqlite(data), "create-org", "--slug", "bangkha", "--name", "องค์การบริหารส่วนตำบลบางคา")).Code);
            var withoutDirectory = new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite" };

            var target = Path.Combine(data, "copy.db");
            var backup = await CommandLine.RunAsync(withoutDirectory, "backup", "--out", target, $"--Prongsai:DataDirectory={data}");
            Assert.True(backup.Code == 0, backup.Error);
            Assert.Equal("องค์การบริหารส่วนตำบลบางคา", await ScalarAsync(target, "SELECT Name FROM Organizations WHERE Slug = 'bangkha'"));

            var spaced = await CommandLine.RunAsync(withoutDirectory, "backup", "--Prongsai:DataDirectory", data, "-o", Path.Combine(data, "copy2.db"));
            Assert.True(spaced.Code == 0, spaced.Error);

            var typo = await CommandLine.RunAsync(withoutDirectory, "backup", "--out", Path.Combine(data, "copy3.db"), $"--Prongsia:DataDirectory={data}");
            Assert.Equal(2, typo.Code);
            Assert.Contains("unknown setting --Prongsia:DataDirectory", typo.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(data, "copy3.db")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Run_from_the_web_apps_folder_the_command_reads_its_appsettings_json_and_then_the_environment()
    {
        var app = Directory.CreateTempSubdirectory("prongsai-cli-app-").FullName;
        try
        {
            // As the published app's folder: appsettings.json with the relative data directory, the database in it.
            await File.WriteAllTextAsync(Path.Combine(app, "appsettings.json"), """{ "Database": { "Provider": "Sqlite" }, "Prongsai": { "DataDirectory": "data" } }""");
            Assert.Equal(0, (await CommandLine.RunAsync(Sqlite(Path.Combine(app, "data")), "create-org", "--slug", "bangkha", "--name", "องค์การบริหารส่วนตำบลบางคา")).Code);
            SqliteConnection.ClearAllPools();

            var backup = await CommandLine.RunProcessAsync(app, null, null, "backup", "--out", "backup.db");
            Assert.True(backup.Code == 0, $"exit {backup.Code}\n{backup.Error}");
            Assert.Equal("องค์การบริหารส่วนตำบลบางคา", await ScalarAsync(Path.Combine(app, "backup.db"), "SELECT Name FROM Organizations WHERE Slug = 'bangkha'"));

            // An environment variable wins over the file, as for the web app; the refusal names where it looked.
            var elsewhere = await CommandLine.RunProcessAsync(app, new Dictionary<string, string> { ["Prongsai__DataDirectory"] = "other" }, null,
                "verify-ledger", "--org", "bangkha");
            Assert.Equal(1, elsewhere.Code);
            Assert.Contains($"no database at {Path.Combine(app, "other", "prongsai.db")}", elsewhere.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(Path.Combine(app, "other")));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(app, recursive: true);
        }
    }

    [Theory, Providers]
    public async Task A_mistyped_option_is_refused_before_anything_is_written(DbProvider provider)
    {
        var app = Apps.For(provider);
        var slug = "g" + Guid.NewGuid().ToString("N")[..8];
        var folder = Directory.CreateTempSubdirectory("prongsai-cli-").FullName;
        try
        {
            var bogus = await CommandLine.RunAsync(app.Settings, "create-org", "--slug", slug, "--name", "องค์การบริหารส่วนตำบลโคกกลอย", "--bogus", "1");
            Assert.Equal(2, bogus.Code);
            Assert.Contains("unknown option --bogus", bogus.Error, StringComparison.Ordinal);
            // Not created by the refused command: the same slug is still free.
            var created = await CommandLine.RunAsync(app.Settings, "create-org", "--slug", slug, "--name", "องค์การบริหารส่วนตำบลโคกกลอย");
            Assert.True(created.Code == 0, created.Error);

            var dryrun = await CommandLine.RunAsync(app.Settings, "import-report", SeedReport, "--org", slug, "--fiscal-year", "2567", "--dryrun");
            Assert.Equal(2, dryrun.Code);
            Assert.Contains("unknown option --dryrun", dryrun.Error, StringComparison.Ordinal);
            var output = Path.Combine(folder, "draft.json");
            var noPlan = await CommandLine.RunAsync(app.Settings, "export-report", "--org", slug, "--fiscal-year", "2567", "--format", "json", "--draft", "-o", output);
            Assert.Equal(1, noPlan.Code);
            Assert.Contains("no plan for that fiscal year", noPlan.Error, StringComparison.Ordinal);

            // A flag before the file leaves the file to be the file.
            var dry = await CommandLine.RunAsync(app.Settings, "import-report", "--dry-run", SeedReport, "--org", slug, "--fiscal-year", "2567");
            Assert.True(dry.Code == 0, dry.Error);
            Assert.Contains("dry run, nothing saved", dry.Out, StringComparison.Ordinal);
            var saved = await CommandLine.RunAsync(app.Settings, "import-report", SeedReport, "--org", slug, "--fiscal-year", "2567");
            Assert.True(saved.Code == 0, saved.Error);

            // --draft takes no value, -o is an option; an existing file is kept unless --force.
            var exported = await CommandLine.RunAsync(app.Settings, "export-report", "--org", slug, "--fiscal-year", "2567", "--format", "json", "--draft", "-o", output);
            Assert.True(exported.Code == 0, exported.Error);
            await File.WriteAllTextAsync(output, "kept");
            var again = await CommandLine.RunAsync(app.Settings, "export-report", "--org", slug, "--fiscal-year", "2567", "--format", "csv", "--draft", "-o", output);
            Assert.Equal(1, again.Code);
            Assert.Contains("exists; not overwritten (add --force to replace it)", again.Error, StringComparison.Ordinal);
            Assert.Equal("kept", await File.ReadAllTextAsync(output));
            var forced = await CommandLine.RunAsync(app.Settings, "export-report", "--org", slug, "--fiscal-year", "2567", "--format", "json", "--draft", "-o", output, "--force");
            Assert.True(forced.Code == 0, forced.Error);
            Assert.StartsWith("{", await File.ReadAllTextAsync(output), StringComparison.Ordinal);
            Assert.Equal(output, Assert.Single(Directory.EnumerateFiles(folder))); // no temporary file left beside it
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task An_unreachable_PostgreSQL_server_is_one_line_and_exit_code_1()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens there now: the connection is refused
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Prongsai"] = $"Host=127.0.0.1;Port={port};Database=prongsai;Username=prongsai;Password=x;Timeout=5",
            ["Prongsai:DataDirectory"] = Path.GetTempPath(),
        };
        var result = await CommandLine.RunAsync(settings, "verify-ledger", "--org", "khokkloi");
        Assert.Equal(1, result.Code);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("ติดต่อเซิร์ฟเวอร์ฐานข้อมูล PostgreSQL ไม่ได้", lines[0], StringComparison.Ordinal);
        Assert.Contains("cannot reach the PostgreSQL server", lines[0], StringComparison.Ordinal);
        Assert.Contains("Npgsql.NpgsqlException", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_table_and_a_folder_as_output_are_said_plainly_with_exit_code_1()
    {
        var data = Directory.CreateTempSubdirectory("prongsai-cli-").FullName;
        try
        {
            Assert.Equal(0, (await CommandLine.RunAsync(Sqlite(data), "migrate")).Code);
            SqliteConnection.ClearAllPools();
            await using (var connection = new SqliteConnection($"Data Source={Path.Combine(data, "prongsai.db")};Pooling=False"))
            {
                await connection.OpenAsync();
                await using var command = connection.CreateCommand();
                command.CommandText = "DROP TABLE \"Organizations\"";
                await command.ExecuteNonQueryAsync();
            }

            var verify = await CommandLine.RunAsync(Sqlite(data), "verify-ledger", "--org", "khokkloi");
            Assert.Equal(1, verify.Code);
            Assert.Contains("the database lacks Prongsai's tables", verify.Error, StringComparison.Ordinal);
            Assert.Contains("Microsoft.Data.Sqlite.SqliteException", verify.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", verify.Error, StringComparison.Ordinal);

            var folder = Path.Combine(data, "backups") + Path.DirectorySeparatorChar;
            var backup = await CommandLine.RunAsync(Sqlite(data), "backup", "--out", folder);
            Assert.Equal(1, backup.Code);
            Assert.Contains("is a folder; give a file name", backup.Error, StringComparison.Ordinal);
            Assert.False(Directory.Exists(folder));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task A_backup_that_fails_part_way_leaves_no_file_behind_and_the_next_one_succeeds()
    {
        var app = Directory.CreateTempSubdirectory("prongsai-cli-full-").FullName;
        try
        {
            // Made by the command itself, in its own process, so no connection of the tests keeps a WAL to write back;
            // the new database is about 1 MB, well past the limit below.
            var environment = new Dictionary<string, string> { ["Prongsai__DataDirectory"] = "data" };
            var created = await CommandLine.RunProcessAsync(app, environment, null, "create-org", "--slug", "bangkha", "--name", "องค์การบริหารส่วนตำบลบางคา");
            Assert.True(created.Code == 0, created.Error);

            var target = Path.Combine(app, "backups", "prongsai.db");
            var full = await CommandLine.RunProcessAsync(app, environment, 300, "backup", "--out", target);
            Assert.True(full.Code == 1, $"exit {full.Code}\n{full.Out}\n{full.Error}");
            Assert.Contains($"cannot write {target}: a disk read or write failed", full.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", full.Error, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(Path.Combine(app, "backups")));

            var next = await CommandLine.RunProcessAsync(app, environment, null, "backup", "--out", target);
            Assert.True(next.Code == 0, next.Error);
            Assert.Equal("องค์การบริหารส่วนตำบลบางคา", await ScalarAsync(target, "SELECT Name FROM Organizations WHERE Slug = 'bangkha'"));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(app, recursive: true);
        }
    }

    [Fact]
    public void Errors_nobody_expected_are_named_for_what_the_operator_can_do()
    {
        static string[] Describe(Exception exception) => [.. CliFailures.Describe(exception)];

        var password = Describe(new InvalidOperationException("outer", new PostgresException("password authentication failed for user \"prongsai\"", "FATAL", "FATAL", "28P01")));
        Assert.Contains("PostgreSQL authentication failed", password[0], StringComparison.Ordinal);
        Assert.Contains("Npgsql.PostgresException: 28P01: password authentication failed", password[1], StringComparison.Ordinal);

        var full = Describe(new Cli.Verbs.OutputFileException("/srv/backups/prongsai.db", new SqliteException("SQLite Error 13: 'database or disk is full'.", 13)));
        Assert.Equal("เขียนไฟล์ /srv/backups/prongsai.db ไม่สำเร็จ: ดิสก์เต็ม / cannot write /srv/backups/prongsai.db: the disk is full", full[0]);
        Assert.Contains("Microsoft.Data.Sqlite.SqliteException: SQLite Error 13", full[1], StringComparison.Ordinal);

        Assert.Contains("the disk is full", Describe(new IOException("No space left on device", 28))[0], StringComparison.Ordinal);
        Assert.Contains("a disk read or write failed", Describe(new SqliteException("SQLite Error 778: 'disk I/O error'.", 778))[0], StringComparison.Ordinal);
        Assert.Contains("cannot write /root/x.pdf: permission denied",
            Describe(new Cli.Verbs.OutputFileException("/root/x.pdf", new UnauthorizedAccessException("Access to the path is denied.")))[0], StringComparison.Ordinal);
        Assert.Contains("the database lacks Prongsai's tables",
            Describe(new PostgresException("relation \"Organizations\" does not exist", "ERROR", "ERROR", "42P01"))[0], StringComparison.Ordinal);
        Assert.Contains("unexpected error", Describe(new InvalidOperationException("x", new ArgumentException("y")))[0], StringComparison.Ordinal);

        var checkedSetting = Describe(new Microsoft.Extensions.Options.OptionsValidationException("S3", typeof(object), ["Prongsai:Files:S3:ListPageSize: 0 ต้องอยู่ระหว่าง 1 ถึง 1000"]));
        Assert.Contains("a setting is wrong", checkedSetting[0], StringComparison.Ordinal);
        Assert.Contains("Prongsai:Files:S3:ListPageSize", checkedSetting[1], StringComparison.Ordinal);
        var unreadable = Describe(new InvalidOperationException("Failed to convert configuration value 'yes' at 'Prongsai:Files:S3:ForcePathStyle' to type 'System.Boolean'."));
        Assert.Contains("a setting is wrong", unreadable[0], StringComparison.Ordinal);
        Assert.Contains("Prongsai:Files:S3:ForcePathStyle", unreadable[1], StringComparison.Ordinal);
    }
}
