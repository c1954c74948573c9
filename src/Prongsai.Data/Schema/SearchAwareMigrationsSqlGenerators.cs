using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Sqlite.Migrations.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations;

namespace Prongsai.Data.Schema;

// The providers' own SQL generators, plus the full-text index after any migration that touches
// SearchEntries (FullTextSearchSchema) and, on PostgreSQL, the columns' storage (ColumnStorage). Generated
// migration code stays exactly as dotnet-ef wrote it.

// Subclassing the provider's generator is EF's way to add SQL to migrations, but the SQLite generator and
// Npgsql's options interface sit in .Internal namespaces (EF1001): an EF upgrade may change their constructors,
// which the build then shows, and the FullTextSearchMigrationTests check the result on both databases.
#pragma warning disable EF1001

public sealed class SearchAwareSqliteMigrationsSqlGenerator(
    MigrationsSqlGeneratorDependencies dependencies, Microsoft.EntityFrameworkCore.Metadata.IRelationalAnnotationProvider annotations)
    : SqliteMigrationsSqlGenerator(dependencies, annotations)
{
    public override IReadOnlyList<MigrationCommand> Generate(
        IReadOnlyList<MigrationOperation> operations, IModel? model = null, MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default)
    {
        var commands = base.Generate(operations, model, options);
        return FullTextSearchSchema.IsTouchedBy(operations, model)
            ? [.. commands, .. base.Generate(FullTextSearchSchema.Operations(FullTextSearchSchema.Sqlite), model, options)]
            : commands;
    }
}

public sealed class SearchAwarePostgresMigrationsSqlGenerator(
    MigrationsSqlGeneratorDependencies dependencies, INpgsqlSingletonOptions npgsqlOptions)
    : NpgsqlMigrationsSqlGenerator(dependencies, npgsqlOptions)
{
    public override IReadOnlyList<MigrationCommand> Generate(
        IReadOnlyList<MigrationOperation> operations, IModel? model = null, MigrationsSqlGenerationOptions options = MigrationsSqlGenerationOptions.Default)
    {
        var commands = base.Generate(operations, model, options);
        return FullTextSearchSchema.IsTouchedBy(operations, model)
            ? [.. commands, .. base.Generate(FullTextSearchSchema.Operations(FullTextSearchSchema.Postgres), model, options)]
            : commands;
    }

    protected override void Generate(CreateTableOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        base.Generate(operation, model, builder, terminate);
        foreach (var column in operation.Columns.Where(PostgresColumnStorage.IsInRow))
        {
            SetStorage(operation.Name, operation.Schema, column.Name, inRow: true, builder);
        }
    }

    protected override void Generate(AddColumnOperation operation, IModel? model, MigrationCommandListBuilder builder, bool terminate = true)
    {
        base.Generate(operation, model, builder, terminate);
        if (PostgresColumnStorage.IsInRow(operation))
        {
            SetStorage(operation.Table, operation.Schema, operation.Name, inRow: true, builder);
        }
    }

    protected override void Generate(AlterColumnOperation operation, IModel? model, MigrationCommandListBuilder builder)
    {
        base.Generate(operation, model, builder);
        var inRow = PostgresColumnStorage.IsInRow(operation);
        if (inRow != PostgresColumnStorage.IsInRow(operation.OldColumn))
        {
            SetStorage(operation.Table, operation.Schema, operation.Name, inRow, builder);
        }
    }

    private void SetStorage(string table, string? schema, string column, bool inRow, MigrationCommandListBuilder builder)
    {
        var helper = Dependencies.SqlGenerationHelper;
        builder
            .Append(PostgresColumnStorage.Statement(helper.DelimitIdentifier(table, schema), helper.DelimitIdentifier(column), inRow))
            .AppendLine(helper.StatementTerminator);
        EndStatement(builder);
    }
}

#pragma warning restore EF1001
