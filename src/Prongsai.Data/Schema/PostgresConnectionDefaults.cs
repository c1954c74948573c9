using System.Data.Common;
using Npgsql;

namespace Prongsai.Data.Schema;

/// <summary>
/// What the app sets in a PostgreSQL connection string that does not say otherwise. EF Core sends the same few dozen
/// statements over and over; Npgsql prepares the ones a connection has run <see cref="MinUsages"/> times, and
/// PostgreSQL then stops parsing and planning them on every request — planning took longer than running most of the
/// public pages' queries (docs/performance.md, mixed load). A connection string that names "Max Auto Prepare" keeps
/// its value: behind PgBouncer in transaction mode (before 1.21) it must be 0, as bench/cluster sets it.
/// <para>
/// Nor is a connection reset when it goes back to Npgsql's pool (No Reset On Close): EF Core opens and closes the
/// connection around each query, and every reset cost PostgreSQL a batch of statements (DISCARD ALL, or with prepared
/// statements SET SESSION AUTHORIZATION DEFAULT, RESET ALL, pg_advisory_unlock_all() …) — 27,000 in 30 s of the mixed
/// load. The app keeps no session state to reset: no SET outside a transaction, no LISTEN, no session advisory lock
/// (the job lease is a row).
/// </para>
/// </summary>
public static class PostgresConnectionDefaults
{
    /// <summary>Statements kept prepared per physical connection (PostgreSQL keeps each one's plan in that backend).</summary>
    public const int MaxAutoPrepare = 64;

    public const int MinUsages = 2;

    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
            if (!given.ContainsKey("Auto Prepare Min Usages") && !given.ContainsKey("AutoPrepareMinUsages"))
            {
                builder.AutoPrepareMinUsages = MinUsages;
            }
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
