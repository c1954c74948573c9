using Microsoft.EntityFrameworkCore;
using Npgsql;
using Prongsai.Core.Tenancy;
using Prongsai.Data;
using Prongsai.Data.Schema;

namespace Prongsai.Tests.Infrastructure;

/// <summary>
/// One PostgreSQL database migrated once per test run, copied (CREATE DATABASE … TEMPLATE) for
/// every test that needs a fresh database. Copying a migrated database takes a fraction of the
/// time of running every migration again, which keeps per-test databases cheap.
/// </summary>
public static class MigratedPostgresTemplate
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    /// <summary>Creates a fresh, fully migrated database and returns its connection string.</summary>
    public static async Task<string> CreateDatabaseAsync(string name) =>
        PostgresServer.CreateDatabase(name, await Template.Value);

    private static async Task<string> CreateTemplateAsync()
    {
        var name = "prongsai_template_" + Guid.NewGuid().ToString("N")[..12];
        // No pooling: a template may have no open connection while it is being copied.
        var connectionString = new NpgsqlConnectionStringBuilder(PostgresServer.CreateDatabase(name)) { Pooling = false }.ToString();
        var builder = new DbContextOptionsBuilder<PostgresProngsaiDbContext>();
        builder.UseProngsaiPostgres(connectionString);
        var options = builder.Options;
        await using (var db = new PostgresProngsaiDbContext(options, new CurrentOrganization()))
        {
            await db.Database.MigrateAsync();
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => PostgresServer.DropDatabase(name);
        return name;
    }
}
