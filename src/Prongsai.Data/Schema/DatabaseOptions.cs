using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Prongsai.Data.Schema;

/// <summary>
/// How each provider's context is configured — shared by the app, the dotnet-ef design-time
/// factories and the tests, so migrations generate the same SQL everywhere.
/// </summary>
public static class DatabaseOptions
{
    public static DbContextOptionsBuilder UseProngsaiSqlite(this DbContextOptionsBuilder options, string connectionString)
    {
        options.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"))
            .ReplaceService<IMigrationsSqlGenerator, SearchAwareSqliteMigrationsSqlGenerator>();
        return options;
    }

    /// <param name="retryReads">For the read replica's contexts: a read that meets a connection the replica dropped
    /// (it stopped, or restarted) is run again on a new connection, which Npgsql's multi-host fallback takes to the
    /// primary. Only reads use it: the write paths' own transactions do not go with a retrying strategy.</param>
    public static DbContextOptionsBuilder UseProngsaiPostgres(this DbContextOptionsBuilder options, string connectionString, bool retryReads = false)
    {
        options.UseNpgsql(connectionString, npgsql =>
            {
                if (retryReads)
                {
                    npgsql.EnableRetryOnFailure(2, TimeSpan.FromMilliseconds(200), null);
                }
            })
            .ReplaceService<IMigrationsSqlGenerator, SearchAwarePostgresMigrationsSqlGenerator>()
            .ReplaceService<IRelationalAnnotationProvider, PostgresColumnStorageAnnotationProvider>();
        return options;
    }
}
