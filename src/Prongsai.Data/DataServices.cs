using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Prongsai.Core.Auditing;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;
using Prongsai.Core.Storage;
using Prongsai.Core.Tenancy;
using Prongsai.Data.Redis;
using Prongsai.Data.Schema;

namespace Prongsai.Data;

/// <summary>Registers the database (SQLite or PostgreSQL by configuration), file store and shared services.</summary>
public static class DataServices
{
    public static DatabaseProvider ProviderOf(IConfiguration configuration)
    {
        var value = configuration["Database:Provider"];
        if (string.IsNullOrWhiteSpace(value) || value.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Sqlite;
        }

        if (value.Equals("postgres", StringComparison.OrdinalIgnoreCase) || value.Equals("postgresql", StringComparison.OrdinalIgnoreCase))
        {
            return DatabaseProvider.Postgres;
        }

        throw new InvalidOperationException($"Database:Provider must be Sqlite or Postgres, not '{value}'.");
    }

    public static string ConnectionStringOf(IConfiguration configuration)
    {
        var configured = configuration.GetConnectionString("Prongsai");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        if (ProviderOf(configuration) == DatabaseProvider.Postgres)
        {
            throw new InvalidOperationException("ConnectionStrings:Prongsai is required when Database:Provider is Postgres.");
        }

        var directory = ProngsaiPaths.DataDirectory(configuration);
        return new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "prongsai.db") }.ToString();
    }

    public static IServiceCollection AddProngsaiData(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = ProviderOf(configuration);
        var connectionString = ConnectionStringOf(configuration);

        services.AddScoped<CurrentOrganization>();
        services.AddScoped<ICurrentOrganization>(sp => sp.GetRequiredService<CurrentOrganization>());
        services.AddScoped<AuditInterceptor>();
        services.AddSingleton<SqliteWalInterceptor>();

        if (provider == DatabaseProvider.Sqlite)
        {
            // No folder is made here: registering the database must not create one where the settings point by
            // mistake. MigrateAsync makes it when it creates the database.
            services.AddDbContext<SqliteProngsaiDbContext>((sp, options) => options
                .UseProngsaiSqlite(connectionString)
                .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<SqliteWalInterceptor>()));
            services.AddScoped<ProngsaiDbContext>(sp => sp.GetRequiredService<SqliteProngsaiDbContext>());
        }
        else
        {
            // ConnectionStrings:ProngsaiReadOnly (optional): anonymous public GETs read there, typically
            // "Host=replica,primary;Target Session Attributes=prefer-standby" so Npgsql itself falls back to the
            // primary when the replica is down. The routing is decided per scope (IPublicReadRouting).
            var readOnly = configuration.GetConnectionString("ProngsaiReadOnly") is { Length: > 0 } replicaString
                ? PostgresConnectionDefaults.Apply(replicaString)
                : null;
            var primary = PostgresConnectionDefaults.Apply(connectionString);
            services.AddDbContext<PostgresProngsaiDbContext>((sp, options) =>
            {
                var replica = !string.IsNullOrWhiteSpace(readOnly) && sp.GetRequiredService<IPublicReadRouting>().UseReadReplica;
                options.UseProngsaiPostgres(replica ? readOnly! : primary, retryReads: replica)
                    .AddInterceptors(sp.GetRequiredService<AuditInterceptor>());
            });
            services.AddScoped<ProngsaiDbContext>(sp => sp.GetRequiredService<PostgresProngsaiDbContext>());
        }

        services.TryAddScoped<IPublicReadRouting, PrimaryOnlyRouting>();
        if (RedisStore.IsConfigured(configuration))
        {
            services.AddSingleton<RedisStore>();
            services.AddSingleton<ISharedContentStamps, RedisContentStamps>();
        }

        AddFileStore(services, configuration);
        services.AddScoped<ContentVersion>();
        services.AddSingleton(sp => new ContentStampMemo(
            sp.GetRequiredService<TimeProvider>(),
            TimeSpan.FromSeconds(configuration.GetValue("Prongsai:PageCache:StampSeconds", 1.0))));
        services.AddScoped<JobLock>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>
    /// Prongsai:Files:Store — "Local" (default: {DataDirectory}/files, shared disk for several nodes) or "S3"
    /// (<see cref="S3FileStoreOptions"/>: Prongsai:Files:S3:ServiceUrl, Bucket, AccessKey, SecretKey, Region, ForcePathStyle,
    /// ListPageSize). The S3 settings are bound and checked at start only when the store is S3: a local installation never
    /// reads them, so keys left from a trial of S3 do not stop it. The S3 store is made from the checked options when first
    /// asked for, after the start's check, so a value of the wrong kind is a line naming its key, not a stack trace while
    /// the services are registered.
    /// </summary>
    private static void AddFileStore(IServiceCollection services, IConfiguration configuration)
    {
        var store = configuration["Prongsai:Files:Store"];
        if (string.IsNullOrWhiteSpace(store) || store.Equals("local", StringComparison.OrdinalIgnoreCase))
        {
            services.AddSingleton<IFileStore>(new LocalFileStore(ProngsaiPaths.FilesDirectory(configuration)));
            return;
        }

        if (!store.Equals("s3", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Prongsai:Files:Store must be Local or S3, not '{store}'.");
        }

        services.AddOptions<S3FileStoreOptions>().BindConfiguration(S3FileStoreOptions.Section)
            .Checked(S3FileStoreOptions.Section, S3FileStoreOptions.Rules);
        services.AddSingleton<IFileStore>(sp => new S3FileStore(sp.GetRequiredService<IOptions<S3FileStoreOptions>>().Value));
    }

    /// <summary>The full path of a SQLite connection string's file; null for an in-memory database.</summary>
    public static string? SqliteFileOf(string? connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? null
            : Path.GetFullPath(builder.DataSource);
    }

    /// <summary>
    /// The configured database as messages name it: the SQLite file's full path, or the PostgreSQL server and database
    /// (never the password).
    /// </summary>
    public static string Describe(IConfiguration configuration)
    {
        var connectionString = ConnectionStringOf(configuration);
        if (ProviderOf(configuration) == DatabaseProvider.Sqlite)
        {
            return SqliteFileOf(connectionString) ?? ":memory:";
        }

        var postgres = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        return string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"PostgreSQL {postgres.Host}:{postgres.Port}/{postgres.Database ?? postgres.Username}");
    }

    /// <summary>
    /// Whether the configured database is an installation, found without creating anything: a SQLite file is looked
    /// for before any connection opens (opening one creates it), then the migrations history is read.
    /// </summary>
    public static async Task<DatabaseState> StateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        if (db.Database.IsSqlite() && SqliteFileOf(db.Database.GetConnectionString()) is { } file && !File.Exists(file))
        {
            return DatabaseState.Missing;
        }

        return (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Any() ? DatabaseState.Installed : DatabaseState.NoSchema;
    }

    /// <summary>Applies pending migrations of the configured provider; a SQLite database not there yet is created, with its folder.</summary>
    /// <remarks>
    /// Asks first which migrations are pending, which reads only the history table and the migrations' attributes.
    /// <c>MigrateAsync</c> itself also builds the model snapshot to compare it with the model, on every start: about
    /// 10 MB of type data that a restarted app would keep for nothing (docs/performance.md, memory). Nodes that start
    /// together still migrate once: <c>MigrateAsync</c> takes the database's migration lock.
    /// </remarks>
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        if (db.Database.IsSqlite() && SqliteFileOf(db.Database.GetConnectionString()) is { } file)
        {
            // The data directory and the database are the installation's alone (700 and 600 on Unix): made so here, before
            // SQLite would create the file with the usual 644. Its -wal and -shm files take the database's mode.
            PrivateFiles.CreateDirectory(Path.GetDirectoryName(file)!);
            if (!File.Exists(file))
            {
                PrivateFiles.CreateEmptyFile(file);
            }
        }

        var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
        if (pending.Any())
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
    }
}

/// <summary>Whether the configured database holds an installation (see <see cref="DataServices.StateAsync"/>).</summary>
public enum DatabaseState
{
    /// <summary>SQLite: there is no file at the configured path.</summary>
    Missing,

    /// <summary>The database is there, but no migration was ever applied to it: no Prongsai tables.</summary>
    NoSchema,

    /// <summary>At least one migration applied: an installation (pending migrations are for MigrateAsync).</summary>
    Installed,
}

/// <summary>
/// SQLite settings that live on each physical connection: WAL (readers never wait for the writer), NORMAL sync
/// (durable across a crash of the app; docs/performance.md), a busy timeout and foreign keys. Microsoft.Data.Sqlite
/// pools physical connections, and EF opens a pooled one for every request, so the PRAGMAs run once per physical
/// connection — its native handle, remembered weakly — instead of four extra statements on every request.
/// </summary>
public sealed class SqliteWalInterceptor : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA journal_mode=WAL; " + SessionPragmas;

    /// <summary>
    /// What a read-only connection takes. EF opens one to ask whether the database exists before migrating; it cannot
    /// switch the file to WAL, and asking it to stopped the app at start on a database in rollback-journal mode (one
    /// restored from a dump, or copied by another tool). The first read-write connection switches the file.
    /// </summary>
    private const string SessionPragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000; PRAGMA foreign_keys=ON;";

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> prepared = [];

    public override void ConnectionOpened(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = PragmasFor(connection);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(System.Data.Common.DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = PragmasFor(connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string PragmasFor(System.Data.Common.DbConnection connection) =>
        new SqliteConnectionStringBuilder(connection.ConnectionString).Mode == SqliteOpenMode.ReadOnly ? SessionPragmas : Pragmas;

    /// <summary>True the first time this physical connection is seen (a connection without a handle is always new).</summary>
    private bool IsNew(System.Data.Common.DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || prepared.TryAdd(handle, handle);
}
