using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations.Operations;

namespace Prongsai.Data.Schema;

/// <summary>
/// The full-text index of search entries, which EF Core's model cannot express: on SQLite an FTS5
/// table kept in step by triggers, on PostgreSQL a tsvector column with a GIN index (docs/publishing.md,
/// Search). This is the one place its SQL lives for every migration to come; the provider migration SQL
/// generators append it to any migration that touches the SearchEntries table, so
/// <c>scripts/add-migration.sh</c> never edits generated code. Every statement is idempotent: on a
/// database that already has the index it changes nothing (the Publishing migrations, which first
/// created the index, keep their own copy of this SQL as applied history).
/// </summary>
public static class FullTextSearchSchema
{
    public const string Table = "SearchEntries";

    /// <summary>
    /// SQLite rebuilds a table for most column changes (create a copy, drop the original, rename),
    /// and dropping the original drops its triggers: they are recreated, and the index rebuilt from
    /// the table so it matches whatever the migration did to the rows.
    /// </summary>
    public static IReadOnlyList<string> Sqlite { get; } =
    [
        """CREATE VIRTUAL TABLE IF NOT EXISTS "SearchFts" USING fts5("TitleTokens", "BodyTokens", content='SearchEntries', content_rowid='Id', tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'");""",
        """CREATE TRIGGER IF NOT EXISTS "SearchEntries_ai" AFTER INSERT ON "SearchEntries" BEGIN INSERT INTO "SearchFts"(rowid, "TitleTokens", "BodyTokens") VALUES (new."Id", new."TitleTokens", new."BodyTokens"); END;""",
        """CREATE TRIGGER IF NOT EXISTS "SearchEntries_ad" AFTER DELETE ON "SearchEntries" BEGIN INSERT INTO "SearchFts"("SearchFts", rowid, "TitleTokens", "BodyTokens") VALUES ('delete', old."Id", old."TitleTokens", old."BodyTokens"); END;""",
        """CREATE TRIGGER IF NOT EXISTS "SearchEntries_au" AFTER UPDATE ON "SearchEntries" BEGIN INSERT INTO "SearchFts"("SearchFts", rowid, "TitleTokens", "BodyTokens") VALUES ('delete', old."Id", old."TitleTokens", old."BodyTokens"); INSERT INTO "SearchFts"(rowid, "TitleTokens", "BodyTokens") VALUES (new."Id", new."TitleTokens", new."BodyTokens"); END;""",
        """INSERT INTO "SearchFts"("SearchFts") VALUES ('rebuild');""",
    ];

    /// <summary>
    /// The app fills SearchVector itself (SearchIndex) from the segmented words; a recreated column
    /// starts empty and is filled again as entries are re-indexed. The GIN index starts with the organization
    /// (btree_gin, a trusted extension shipped with PostgreSQL: the database's owner may create it), so one
    /// organization's search reads from the index only the entries that match, not every entry of the organization;
    /// the installation-wide search uses the same index by its second column. It replaced an index of the vector alone.
    /// The vector is kept in the row (storage MAIN: compressed, moved out only when the row would not fit a page), and
    /// the long text columns go out of line instead: both searches test vectors row by row (one organization's
    /// entries for a prefix; the newest entries for a common word), and a vector out of line costs four to five
    /// buffer reads of the TOAST table each, against a third of a heap page in the row. Rows written before keep their
    /// storage until they are written again (docs/scaling.md says how to rewrite them at once).
    /// </summary>
    public static IReadOnlyList<string> Postgres { get; } =
    [
        """CREATE EXTENSION IF NOT EXISTS btree_gin;""",
        """ALTER TABLE "SearchEntries" ADD COLUMN IF NOT EXISTS "SearchVector" tsvector NOT NULL DEFAULT ''::tsvector;""",
        """ALTER TABLE "SearchEntries" ALTER COLUMN "SearchVector" SET STORAGE MAIN;""",
        """CREATE INDEX IF NOT EXISTS "IX_SearchEntries_OrganizationId_SearchVector" ON "SearchEntries" USING GIN ("OrganizationId", "SearchVector");""",
        """DROP INDEX IF EXISTS "IX_SearchEntries_SearchVector";""",
    ];

    /// <summary>
    /// True when the migration changes the SearchEntries table and the table still exists afterwards
    /// (<paramref name="targetModel"/> is the model after the migration, null when unknown).
    /// </summary>
    public static bool IsTouchedBy(IReadOnlyList<MigrationOperation> operations, IModel? targetModel)
    {
        var touched = operations.Any(operation => operation switch
        {
            RenameTableOperation rename => rename.Name == Table || rename.NewName == Table,
            // An index's drop or rename names its table without being an ITableMigrationOperation.
            DropIndexOperation drop => drop.Table == Table,
            RenameIndexOperation rename => rename.Table == Table,
            ITableMigrationOperation table => table.Table == Table,
            _ => false,
        });
        return touched && targetModel is not null && targetModel.GetEntityTypes().Any(e => e.GetTableName() == Table);
    }

    public static IReadOnlyList<MigrationOperation> Operations(IEnumerable<string> statements) =>
        statements.Select(sql => (MigrationOperation)new SqlOperation { Sql = sql }).ToList();
}
