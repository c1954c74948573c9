using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Tenancy;

namespace Prongsai.Data;

// One subclass per provider, so each provider has its own migrations (Migrations/Sqlite,
// Migrations/Postgres) while all code uses ProngsaiDbContext.

public sealed class SqliteProngsaiDbContext(DbContextOptions<SqliteProngsaiDbContext> options, ICurrentOrganization organization)
    : ProngsaiDbContext(options, organization);

public sealed class PostgresProngsaiDbContext(DbContextOptions<PostgresProngsaiDbContext> options, ICurrentOrganization organization)
    : ProngsaiDbContext(options, organization);
