using Microsoft.EntityFrameworkCore;
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

    public static DbContextOptionsBuilder UseProngsaiPostgres(this DbContextOptionsBuilder options, string connectionString)
    {
        options.UseNpgsql(connectionString)
            .ReplaceService<IMigrationsSqlGenerator, SearchAwarePostgresMigrationsSqlGenerator>();
        return options;
    }
}
