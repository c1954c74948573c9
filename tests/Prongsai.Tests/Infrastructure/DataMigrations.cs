using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Prongsai.Core.Data;

namespace Prongsai.Tests.Infrastructure;

/// <summary>
/// Runs one migration's <c>Up</c> again on a database already at the latest schema, to test what a data migration does
/// to rows written as they were before it (the rows are written first, then the migration runs over them).
/// </summary>
internal static class DataMigrations
{
    public static async Task<int> RunUpAsync(this ProngsaiDbContext db, Migration migration)
    {
        migration.ActiveProvider = db.Database.ProviderName!;
        var commands = db.GetService<IMigrationsSqlGenerator>().Generate(migration.UpOperations, db.GetService<IDesignTimeModel>().Model);
        await db.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>());
        return commands.Count;
    }
}
