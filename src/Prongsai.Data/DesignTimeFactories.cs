using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Prongsai.Core.Tenancy;

namespace Prongsai.Data;

// Used only by `dotnet ef migrations add`; the app configures contexts in DataServices.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteProngsaiDbContext>
{
    public SqliteProngsaiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteProngsaiDbContext>().UseSqlite("Data Source=design.db").Options, new CurrentOrganization());
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresProngsaiDbContext>
{
    public PostgresProngsaiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresProngsaiDbContext>().UseNpgsql("Host=localhost").Options, new CurrentOrganization());
}
