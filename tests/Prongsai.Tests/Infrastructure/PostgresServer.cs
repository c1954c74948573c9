using Npgsql;

namespace Prongsai.Tests.Infrastructure;

/// <summary>
/// The throwaway PostgreSQL cluster that test.sh starts. Without it the PostgreSQL tests fail
/// (never skip), so a run that silently tested only SQLite cannot pass.
/// </summary>
public static class PostgresServer
{
    public const string Variable = "PRONGSAI_TEST_POSTGRES";

    public static string AdminConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set: PostgreSQL tests need the cluster that ./test.sh starts (e.g. Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres).");

    /// <summary>Creates an empty database (or a copy of <paramref name="template"/>) and returns its connection string.</summary>
    public static string CreateDatabase(string name, string template = "template0")
    {
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE \"{template}\"";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name, Pooling = true, MaxPoolSize = 40 }.ToString();
    }

    /// <summary>
    /// FORCE ends the database's sessions itself. No pool is cleared here: clearing all of them would close the idle
    /// connections of tests still running in parallel (ReadReplicaRoutingTests counts its sessions).
    /// </summary>
    public static void DropDatabase(string name)
    {
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)";
        command.ExecuteNonQuery();
    }
}
