using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Prongsai.Core.Tenancy;
using Prongsai.Data.Schema;

namespace Prongsai.Data;

// Used only by `dotnet ef migrations add`; the app configures contexts in DataServices.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteProngsaiDbContext>
{
    public SqliteProngsaiDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Options<SqliteProngsaiDbContext>(o => o.UseProngsaiSqlite("Data Source=design.db")), new CurrentOrganization());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresProngsaiDbContext>
{
    public PostgresProngsaiDbContext CreateDbContext(string[] args) =>
        new(DesignTimeOptions.Options<PostgresProngsaiDbContext>(o => o.UseProngsaiPostgres("Host=localhost")), new CurrentOrganization());
}

internal static class DesignTimeOptions
{
    public static DbContextOptions<TContext> Options<TContext>(Action<DbContextOptionsBuilder> configure)
        where TContext : DbContext
    {
        var builder = new DbContextOptionsBuilder<TContext>();
        configure(builder);
        return builder.Options;
    }
}
