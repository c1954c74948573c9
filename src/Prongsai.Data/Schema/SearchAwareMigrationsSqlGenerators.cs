using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.EntityFrameworkCore.Sqlite.Migrations.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.Internal;
using Npgsql.EntityFrameworkCore.PostgreSQL.Migrations;

namespace Prongsai.Data.Schema;

// The providers' own SQL generators, plus the full-text index after any migration that touches
// SearchEntries (FullTextSearchSchema). Generated migration code stays exactly as dotnet-ef wrote it.

#pragma warning disable EF1001 // SqliteMigrationsSqlGenerator and INpgsqlSingletonOptions are the providers' documented extension points, though marked internal.

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
}

#pragma warning restore EF1001
