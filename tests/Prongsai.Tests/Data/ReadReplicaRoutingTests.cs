using System.Net;
using System.Net.Sockets;
using Npgsql;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Data;

/// <summary>
/// ConnectionStrings:ProngsaiReadOnly on PostgreSQL. The "replica" here is the same database reached as sessions
/// that refuse every write (default_transaction_read_only) and carry their own application name, so a test can
/// see which reads went there and that no write did. The bench's local cluster runs a real streaming replica.
/// </summary>
public sealed class ReadReplicaRoutingTests
{
    private const string ReplicaName = "prongsai-replica-test";

    private static string ReadOnlyOf(string primary, string? host = null)
    {
        var builder = new NpgsqlConnectionStringBuilder(primary)
        {
            ApplicationName = ReplicaName,
            Options = "-c default_transaction_read_only=on",
        };
        if (host is not null)
        {
            builder.Host = host;
            builder.TargetSessionAttributes = "prefer-standby"; // Npgsql allows it with several hosts only
        }

        return builder.ToString();
    }

    [Fact]
    public async Task Anonymous_public_reads_go_to_the_replica_and_staff_pages_and_writes_to_the_primary()
    {
        using var app = new ProngsaiApp(DbProvider.Postgres);
        app.Settings["ConnectionStrings:ProngsaiReadOnly"] = ReadOnlyOf(app.Settings["ConnectionStrings:Prongsai"]!);
        var org = await TestOrg.CreateAsync(app);
        var anonymous = app.Client();
        NpgsqlConnection.ClearAllPools();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/{org.Slug}/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/orgs/{org.Slug}/departments")).StatusCode);
        Assert.True(await ReplicaSessionsAsync(app) > 0, "the public reads opened sessions on the read-only connection");

        // A staff page and a write: on the read-only sessions either would fail with a 5xx.
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var token = await admin.AntiforgeryTokenAsync($"/staff/{org.Slug}/departments");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/orgs/{org.Slug}/departments")
        {
            Content = new StringContent("{\"name\":\"กองอ่านอย่างเดียว\"}", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("RequestVerificationToken", token);
        Assert.Equal(HttpStatusCode.Created, (await admin.SendAsync(request)).StatusCode);
        var page = await admin.GetStringAsync($"/staff/{org.Slug}/departments");
        Assert.Contains("กองอ่านอย่างเดียว", page, StringComparison.Ordinal);

        // The signed-in staff member's own GET of a public API also reads the primary: it sees its write at once.
        var departments = await admin.GetStringAsync($"/api/v1/orgs/{org.Slug}/departments");
        Assert.Contains("กองอ่านอย่างเดียว", departments, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_replica_is_unreachable_public_reads_fall_back_to_the_primary_without_an_error()
    {
        using var app = new ProngsaiApp(DbProvider.Postgres);
        var primary = new NpgsqlConnectionStringBuilder(app.Settings["ConnectionStrings:Prongsai"]!);
        // Npgsql's own multi-host fallback: the first host (a closed port) is down, so prefer-standby takes the next.
        app.Settings["ConnectionStrings:ProngsaiReadOnly"] = ReadOnlyOf(primary.ToString(), $"127.0.0.1:{ClosedPort()},{primary.Host}:{primary.Port}");
        var org = await TestOrg.CreateAsync(app);
        var anonymous = app.Client();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/{org.Slug}/?n={i}")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/v1/orgs/{org.Slug}")).StatusCode);
        }
    }

    private static async Task<int> ReplicaSessionsAsync(ProngsaiApp app)
    {
        var database = new NpgsqlConnectionStringBuilder(app.Settings["ConnectionStrings:Prongsai"]!).Database;
        await using var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @db AND application_name = @name", connection);
        command.Parameters.AddWithValue("db", database!);
        command.Parameters.AddWithValue("name", ReplicaName);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
