using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata.Internal;
using Prongsai.Core.Data;

namespace Prongsai.Data.Schema;

// Npgsql's annotation provider sits in an .Internal namespace (EF1001); an upgrade that changes it breaks the build,
// and FullTextSearchMigrationTests check the columns' storage on a migrated database.
#pragma warning disable EF1001

/// <summary>
/// Carries <see cref="ColumnStorage.InRowAnnotation"/> from a property to its column in the model that migrations
/// compare, so adding or removing it makes dotnet-ef write an <see cref="AlterColumnOperation"/> (and the model
/// snapshot remembers it). Only at design time: the running app's model does not need it.
/// </summary>
public sealed class PostgresColumnStorageAnnotationProvider(RelationalAnnotationProviderDependencies dependencies)
    : NpgsqlAnnotationProvider(dependencies)
{
    public override IEnumerable<IAnnotation> For(IColumn column, bool designTime)
    {
        foreach (var annotation in base.For(column, designTime))
        {
            yield return annotation;
        }

        if (designTime && column.PropertyMappings.Any(m => m.Property.FindAnnotation(ColumnStorage.InRowAnnotation)?.Value is true))
        {
            yield return new Annotation(ColumnStorage.InRowAnnotation, true);
        }
    }
}

#pragma warning restore EF1001

/// <summary>The statement that gives a column the storage its annotation asks for.</summary>
internal static class PostgresColumnStorage
{
    public static bool IsInRow(IReadOnlyAnnotatable? column) => column?[ColumnStorage.InRowAnnotation] is true;

    /// <summary>
    /// MAIN keeps a value in the row, compressed if need be; EXTENDED, the default of every text type, lets PostgreSQL
    /// move it out. Existing values keep their place until they are written again (docs/scaling.md).
    /// </summary>
    public static string Statement(string delimitedTable, string delimitedColumn, bool inRow) =>
        $"ALTER TABLE {delimitedTable} ALTER COLUMN {delimitedColumn} SET STORAGE {(inRow ? "MAIN" : "EXTENDED")}";
}
