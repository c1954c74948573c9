using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Prongsai.Core.Tenancy;
using Prongsai.Data;
using Prongsai.Data.Schema;
using Prongsai.Tests.Infrastructure;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// /healthz said Healthy for a database that answered without this version's tables (started with MigrateOnStart off,
/// or restored from an older backup), while every page failed: the database check now asks for the schema too.
/// </summary>
public sealed class HealthCheckSchemaTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("prongsai-health-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task A_database_without_this_versions_schema_is_unhealthy_and_a_migrated_one_healthy()
    {
        var empty = Path.Combine(directory, "empty.db");
        var schema = new SchemaSeenComplete();
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(empty, schema)).Status);
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(empty, schema)).Status);
        Assert.False(schema.Seen);

        var migrated = Path.Combine(directory, "migrated.db");
        await MigratedSqliteTemplate.CopyIntoAsync(directory);
        File.Move(Path.Combine(directory, "prongsai.db"), migrated);
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(migrated, schema)).Status);
        Assert.True(schema.Seen);
    }

    [Fact]
    public async Task Once_the_schema_was_seen_complete_a_poll_does_not_read_the_migrations_again()
    {
        var migrated = Path.Combine(directory, "migrated.db");
        await MigratedSqliteTemplate.CopyIntoAsync(directory);
        File.Move(Path.Combine(directory, "prongsai.db"), migrated);
        var schema = new SchemaSeenComplete();
        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(migrated, schema)).Status);

        // The history table gone: a check that still read it would now report pending migrations.
        await using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = migrated }.ToString()))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE \"__EFMigrationsHistory\"";
            await drop.ExecuteNonQueryAsync();
        }

        Assert.Equal(HealthStatus.Healthy, (await CheckAsync(migrated, schema)).Status);
        Assert.Equal(HealthStatus.Unhealthy, (await CheckAsync(migrated, new SchemaSeenComplete())).Status);
    }

    private static async Task<HealthCheckResult> CheckAsync(string path, SchemaSeenComplete schema)
    {
        var builder = new DbContextOptionsBuilder<SqliteProngsaiDbContext>();
        builder.UseProngsaiSqlite(new SqliteConnectionStringBuilder { DataSource = path }.ToString());
        await using var db = new SqliteProngsaiDbContext(builder.Options, new CurrentOrganization());
        return await new DatabaseHealthCheck(db, schema).CheckHealthAsync(new HealthCheckContext(), CancellationToken.None);
    }
}
