using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Prongsai.Core.Data;
using Prongsai.Core.Search;
using Prongsai.Data.Schema;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Data;

/// <summary>
/// Columns marked <see cref="ColumnStorage.StoredInRow"/> keep their values in the row on PostgreSQL, so a page of
/// search hits reads each title and address with its row instead of at a TOAST lookup each.
/// </summary>
public sealed class ColumnStorageTests
{
    [Fact]
    public async Task A_migrated_database_keeps_search_titles_and_addresses_in_the_row()
    {
        await using var host = await MeasuresTestHost.StartAsync(DbProvider.Postgres);
        var storage = await host.QueryAsync(db => db.Database.SqlQueryRaw<string>(
            """
            SELECT attname || '=' || attstorage::text AS "Value" FROM pg_attribute
            WHERE attrelid = '"SearchEntries"'::regclass AND attname IN ('Title', 'Url', 'Text', 'BodyTokens') ORDER BY attname
            """).ToListAsync());
        Assert.Equal(["BodyTokens=x", "Text=x", "Title=m", "Url=m"], storage);

        // A row made wide by its search vector: PostgreSQL moves every other long value out of it, but not these two.
        var toast = await host.QueryAsync(db => db.Database.SqlQueryRaw<string>(
            """SELECT reltoastrelid::regclass::text AS "Value" FROM pg_class WHERE oid = '"SearchEntries"'::regclass""").SingleAsync());
        var before = await ToastValuesAsync(host, toast);
        var words = string.Join(' ', Enumerable.Range(0, 250).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await host.QueryAsync(async db =>
        {
            await new SearchIndex(db, host.Clock).UpsertAsync(
                host.OrganizationId, "document", "wide", "ประกาศผลการจัดซื้อจัดจ้างโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 5",
                "/documents/wide-document-address", words);
            return 0;
        });

        // Out of line: Text, TitleTokens and BodyTokens. Title and Url (both longer than a TOAST pointer) stay.
        Assert.Equal(before + 3, await ToastValuesAsync(host, toast));
        var hit = await host.QueryAsync(db => db.SearchEntries.IgnoreQueryFilters().SingleAsync(e => e.ItemId == "wide"));
        Assert.Equal("/documents/wide-document-address", hit.Url);
    }

    [Fact]
    public async Task Marking_a_column_writes_its_storage_and_unmarking_gives_the_default_back()
    {
        await using var host = await MeasuresTestHost.StartAsync(DbProvider.Postgres);
        var sql = await host.QueryAsync(db => Task.FromResult(db.GetService<IMigrationsSqlGenerator>().Generate(
            [
                new CreateTableOperation
                {
                    Name = "Notes",
                    Columns =
                    {
                        new AddColumnOperation { Table = "Notes", Name = "Id", ClrType = typeof(int) },
                        Marked(new AddColumnOperation { Table = "Notes", Name = "Heading", ClrType = typeof(string) }),
                    },
                },
                Marked(new AddColumnOperation { Table = "Notes", Name = "Link", ClrType = typeof(string) }),
                Alter("Body", marked: false, wasMarked: true),
                Alter("Caption", marked: true, wasMarked: false),
                Alter("Summary", marked: true, wasMarked: true),
            ],
            db.GetService<IDesignTimeModel>().Model).Select(c => c.CommandText.Trim()).ToList()));

        Assert.Contains("""ALTER TABLE "Notes" ALTER COLUMN "Heading" SET STORAGE MAIN;""", sql);
        Assert.Contains("""ALTER TABLE "Notes" ALTER COLUMN "Link" SET STORAGE MAIN;""", sql);
        Assert.Contains("""ALTER TABLE "Notes" ALTER COLUMN "Body" SET STORAGE EXTENDED;""", sql);
        Assert.Contains("""ALTER TABLE "Notes" ALTER COLUMN "Caption" SET STORAGE MAIN;""", sql);
        Assert.DoesNotContain(sql, s => s.Contains("\"Summary\" SET STORAGE", StringComparison.Ordinal) || s.Contains("\"Id\" SET STORAGE", StringComparison.Ordinal));
    }

    private static T Marked<T>(T operation) where T : MigrationOperation
    {
        operation[ColumnStorage.InRowAnnotation] = true;
        return operation;
    }

    private static AlterColumnOperation Alter(string column, bool marked, bool wasMarked)
    {
        var operation = new AlterColumnOperation
        {
            Table = "Notes", Name = column, ClrType = typeof(string),
            OldColumn = new AddColumnOperation { Table = "Notes", Name = column, ClrType = typeof(string) },
        };
        if (marked)
        {
            operation[ColumnStorage.InRowAnnotation] = true;
        }

        if (wasMarked)
        {
            operation.OldColumn[ColumnStorage.InRowAnnotation] = true;
        }

        return operation;
    }

    private static Task<int> ToastValuesAsync(MeasuresTestHost host, string toastTable)
    {
        // The table's name comes from pg_class, not from input; a name cannot be a parameter.
        var sql = """SELECT count(DISTINCT chunk_id)::int AS "Value" FROM """ + toastTable;
        return host.QueryAsync(db => db.Database.SqlQueryRaw<int>(sql).SingleAsync());
    }
}
