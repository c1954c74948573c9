using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Data;

/// <summary>
/// The SQLite settings are made once per physical connection, and a pooled connection handed to a later request
/// still has them: WAL, NORMAL sync, the busy timeout and foreign keys. A database found in another journal mode is
/// switched to WAL rather than refused.
/// </summary>
public sealed class SqliteConnectionSettingsTests
{
    [Fact]
    public async Task Every_request_gets_a_connection_in_wal_mode_with_foreign_keys_and_a_busy_timeout()
    {
        var app = Apps.For(DbProvider.Sqlite);
        for (var request = 0; request < 3; request++)
        {
            await using var scope = app.Scope();
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            await db.Database.OpenConnectionAsync();
            try
            {
                Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
                Assert.Equal("1", await PragmaAsync(db, "synchronous"));
                Assert.Equal("10000", await PragmaAsync(db, "busy_timeout"));
                Assert.Equal("1", await PragmaAsync(db, "foreign_keys"));
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    [Fact]
    public async Task A_database_in_rollback_journal_mode_starts_the_app_and_is_switched_to_wal()
    {
        // A database restored from a dump or copied by another tool may be in rollback-journal mode: the app used to
        // stop at start ("attempt to write a readonly database") when EF asked, read-only, whether it existed.
        using var app = new ProngsaiApp(DbProvider.Sqlite);
        var file = Path.Combine(app.DataDirectory, "prongsai.db");
        Assert.Equal("delete", await JournalModeAsync(file, "PRAGMA journal_mode=DELETE"));

        var home = await app.Client().GetAsync("/");
        Assert.True(home.IsSuccessStatusCode, home.StatusCode.ToString());
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            await db.Database.OpenConnectionAsync();
            Assert.Equal("wal", await PragmaAsync(db, "journal_mode"));
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<string?> JournalModeAsync(string file, string pragma)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = pragma;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string?> PragmaAsync(ProngsaiDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
