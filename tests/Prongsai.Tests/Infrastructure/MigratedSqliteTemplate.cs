using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Tenancy;
using Prongsai.Data;
using Prongsai.Data.Schema;

namespace Prongsai.Tests.Infrastructure;

/// <summary>
/// One SQLite database migrated once per test run and copied into the data directory of every test host that needs a
/// fresh database, as <see cref="MigratedPostgresTemplate"/> does for PostgreSQL. Running all the migrations again for
/// each of the hundreds of hosts was most of what the SQLite half of the suite spent; copying a file takes
/// milliseconds. The shared apps (<see cref="Apps"/>) and the migration tests still migrate an empty database.
/// </summary>
public static class MigratedSqliteTemplate
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    /// <summary>Puts a copy of the migrated database where the app looks for it in <paramref name="dataDirectory"/>.</summary>
    public static async Task CopyIntoAsync(string dataDirectory) =>
        File.Copy(await Template.Value, Path.Combine(dataDirectory, "prongsai.db"));

    private static async Task<string> CreateTemplateAsync()
    {
        var directory = Directory.CreateTempSubdirectory("prongsai-sqlite-template-").FullName;
        var path = Path.Combine(directory, "prongsai.db");
        // No pooling: the file is copied as it is on disk, so no connection may hold part of it back.
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        var builder = new DbContextOptionsBuilder<SqliteProngsaiDbContext>();
        builder.UseProngsaiSqlite(connectionString);
        await using (var db = new SqliteProngsaiDbContext(builder.Options, new CurrentOrganization()))
        {
            await db.Database.MigrateAsync();
            // The rollback journal rather than WAL while it is a template: everything is in the one file that is copied
            // (the app's connections switch each copy to WAL when they open it).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=DELETE;");
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(directory, recursive: true);
        return path;
    }
}
