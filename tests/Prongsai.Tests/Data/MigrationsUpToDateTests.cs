using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Data;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Data;

/// <summary>
/// The entity model and each provider's migrations agree: a model change committed without
/// <c>scripts/add-migration.sh</c> fails here, naming what the missing migration would do.
/// </summary>
public sealed class MigrationsUpToDateTests
{
    [Theory, Providers]
    public void Every_model_change_has_a_migration(DbProvider provider)
    {
        var directory = Directory.CreateTempSubdirectory("prongsai-model-").FullName;
        try
        {
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider.ToString(),
                ["Prongsai:DataDirectory"] = directory,
                // Comparing models never opens a connection; the string only selects the provider.
                ["ConnectionStrings:Prongsai"] = provider == DbProvider.Postgres ? "Host=127.0.0.1" : null,
            }).Build();
            var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
            services.AddSingleton<Prongsai.Core.Auditing.IAuditActor>(new Prongsai.Core.Auditing.FixedAuditActor("test"));
            services.AddProngsaiData(configuration);
            using var root = services.BuildServiceProvider();
            using var scope = root.CreateScope();
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();

            Assert.True(db.Database.IsSqlite() == (provider == DbProvider.Sqlite), "the context of the wrong provider was built");
            Assert.True(db.Database.GetMigrations().Any(), "no migrations found for " + provider);
            if (db.Database.HasPendingModelChanges())
            {
                Assert.Fail($"The entity model has changes without a {provider} migration; run scripts/add-migration.sh NAME. " +
                    "Differences: " + string.Join("; ", Differences(db)));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>What the missing migration would do, for the failure message.</summary>
    private static IEnumerable<string> Differences(DbContext db)
    {
        var snapshot = db.GetService<IMigrationsAssembly>().ModelSnapshot?.Model;
        var initializer = db.GetService<IModelRuntimeInitializer>();
        var source = snapshot is null ? null : initializer.Initialize(snapshot).GetRelationalModel();
        var target = db.GetService<IDesignTimeModel>().Model.GetRelationalModel();
        return db.GetService<IMigrationsModelDiffer>().GetDifferences(source, target)
            .Select(operation => operation is ITableMigrationOperation table
                ? $"{operation.GetType().Name} on {table.Table}"
                : operation.GetType().Name);
    }
}
