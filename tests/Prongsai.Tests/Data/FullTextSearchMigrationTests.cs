using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Storage;
using Prongsai.Core.Data;
using Prongsai.Core.Search;
using Prongsai.Data.Schema;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Data;

/// <summary>
/// A future migration that changes the SearchEntries table keeps the full-text index, without
/// anyone editing the generated migration: the app's migration SQL generator adds it back.
/// </summary>
public sealed class FullTextSearchMigrationTests
{
    [Theory, Providers]
    public async Task A_migration_that_changes_search_entries_keeps_the_full_text_index(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await AddEntryAsync(host, "old");

        if (provider == DbProvider.Postgres)
        {
            // As if an earlier change had recreated the table without the column EF does not know about.
            await host.QueryAsync(db => db.Database.ExecuteSqlRawAsync("""ALTER TABLE "SearchEntries" DROP COLUMN "SearchVector";"""));
        }

        // What dotnet-ef writes for a changed column; on SQLite it rebuilds the whole table (and drops its triggers).
        await host.QueryAsync(async db =>
        {
            var model = db.GetService<IDesignTimeModel>().Model;
            var commands = db.GetService<IMigrationsSqlGenerator>().Generate([WidenTitle()], model);
            Assert.Contains(commands, c => c.CommandText.Contains(provider == DbProvider.Sqlite ? "SearchEntries_ai" : "SearchVector", StringComparison.Ordinal));
            await db.GetService<IMigrationCommandExecutor>().ExecuteNonQueryAsync(commands, db.GetService<IRelationalConnection>());
            return 0;
        });

        await AddEntryAsync(host, "new");

        if (provider == DbProvider.Sqlite)
        {
            // Both the entry kept through the rebuild and the one inserted after it (by the recreated trigger) are found.
            var found = await host.QueryAsync(db => db.Database
                .SqlQueryRaw<long>("""SELECT rowid AS "Value" FROM "SearchFts" WHERE "SearchFts" MATCH 'ลูกรัง'""").CountAsync());
            Assert.Equal(2, found);
        }
        else
        {
            var column = await host.QueryAsync(db => db.Database.SqlQueryRaw<string>(
                """SELECT data_type AS "Value" FROM information_schema.columns WHERE table_name = 'SearchEntries' AND column_name = 'SearchVector'""").SingleAsync());
            Assert.Equal("tsvector", column);
            var storage = await host.QueryAsync(db => db.Database.SqlQueryRaw<string>(
                """SELECT attstorage::text AS "Value" FROM pg_attribute WHERE attrelid = '"SearchEntries"'::regclass AND attname = 'SearchVector'""").SingleAsync());
            Assert.Equal("m", storage);
            // One full-text index, which starts with the organization (one organization's search reads only its matches).
            var indexes = await host.QueryAsync(db => db.Database.SqlQueryRaw<string>(
                """SELECT indexdef AS "Value" FROM pg_indexes WHERE tablename = 'SearchEntries' AND indexdef LIKE '%SearchVector%'""").ToListAsync());
            var index = Assert.Single(indexes);
            Assert.Contains("USING gin (\"OrganizationId\", \"SearchVector\")", index, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task Migrations_that_leave_search_entries_alone_get_no_search_sql(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var commands = await host.QueryAsync(db => Task.FromResult(db.GetService<IMigrationsSqlGenerator>().Generate(
            [new AddColumnOperation { Table = "Departments", Name = "Code", ClrType = typeof(string), IsNullable = true }],
            db.GetService<IDesignTimeModel>().Model)));

        Assert.DoesNotContain(commands, c => c.CommandText.Contains("Search", StringComparison.Ordinal));
        Assert.Single(commands);
    }

    [Theory, Providers]
    public async Task Dropping_an_index_of_search_entries_brings_the_search_sql(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var commands = await host.QueryAsync(db => Task.FromResult(db.GetService<IMigrationsSqlGenerator>().Generate(
            [new DropIndexOperation { Name = "IX_SearchEntries_Old", Table = FullTextSearchSchema.Table }],
            db.GetService<IDesignTimeModel>().Model)));

        Assert.Contains(commands, c => c.CommandText.Contains(provider == DbProvider.Sqlite ? "SearchEntries_ai" : "SearchVector", StringComparison.Ordinal));
    }

    private static AlterColumnOperation WidenTitle() => new()
    {
        Table = FullTextSearchSchema.Table,
        Name = nameof(SearchEntry.Title),
        ClrType = typeof(string),
        IsNullable = false,
        MaxLength = 2000,
        OldColumn = new AddColumnOperation { Table = FullTextSearchSchema.Table, Name = nameof(SearchEntry.Title), ClrType = typeof(string), IsNullable = false },
    };

    private static Task AddEntryAsync(MeasuresTestHost host, string itemId) => host.QueryAsync(async db =>
    {
        db.SearchEntries.Add(new SearchEntry
        {
            OrganizationId = host.OrganizationId, ItemType = "document", ItemId = itemId, Title = "ถนนลูกรัง " + itemId,
            Url = "/" + itemId, TitleTokens = "ถนน ลูกรัง", BodyTokens = "ซ่อม ถนน", UpdatedAt = host.Clock.GetUtcNow(),
        });
        return await db.SaveChangesAsync();
    });
}
