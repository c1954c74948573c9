using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Prongsai.Core.Data;
using Prongsai.Core.Tenancy;

namespace Prongsai.Data;

// One subclass per provider, so each provider has its own migrations (Migrations/Sqlite,
// Migrations/Postgres) while all code uses ProngsaiDbContext.

public sealed class SqliteProngsaiDbContext(DbContextOptions<SqliteProngsaiDbContext> options, ICurrentOrganization organization)
    : ProngsaiDbContext(options, organization)
{
    /// <summary>
    /// SQLite has no date-time-with-offset type, so EF cannot compare or sort such values in SQL.
    /// Stored as a sortable 64-bit number instead (every value the app writes is UTC).
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

public sealed class PostgresProngsaiDbContext(DbContextOptions<PostgresProngsaiDbContext> options, ICurrentOrganization organization)
    : ProngsaiDbContext(options, organization);
