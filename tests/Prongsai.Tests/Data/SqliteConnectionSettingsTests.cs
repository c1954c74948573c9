using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Data;

/// <summary>
/// The SQLite settings are made once per physical connection, and a pooled connection handed to a later request
/// still has them: WAL, NORMAL sync, the busy timeout and foreign keys.
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

    private static async Task<string?> PragmaAsync(ProngsaiDbContext db, string name)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA " + name;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
