using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Prongsai.Tests.Infrastructure;

/// <summary>
/// The real app (WebApplicationFactory&lt;Program&gt;) on a real database: a fresh SQLite file in a
/// temp directory, or a fresh database on the test PostgreSQL cluster. Migrations run at start
/// exactly as in production.
/// </summary>
public sealed class ProngsaiApp : WebApplicationFactory<Program>
{
    private readonly string? postgresDatabase;
    private readonly Dictionary<string, string?> settings;
    private readonly Action<IServiceCollection>? replaceServices;

    /// <param name="replaceServices">Replaces real services after the app's own registrations (a counting password hasher, say).</param>
    /// <param name="emptyDatabase">Starts on an empty database that the app migrates itself, as the shared apps do (so
    /// migrating at start stays tested on both providers); otherwise on a copy of the database migrated once per run.</param>
    public ProngsaiApp(DbProvider provider, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? replaceServices = null,
        bool emptyDatabase = false)
    {
        this.replaceServices = replaceServices;
        Provider = provider;
        DataDirectory = Directory.CreateTempSubdirectory("prongsai-test-").FullName;
        settings = new Dictionary<string, string?>
        {
            ["Prongsai:DataDirectory"] = DataDirectory,
            ["Prongsai:Demo"] = "false",
            ["Database:Provider"] = provider.ToString(),
            // Tests sign in many times from one address; the limiter itself has its own test.
            ["Prongsai:RateLimits:SignInsPerMinute"] = "100000",
            ["Prongsai:RateLimits:PublicPostsPerMinute"] = "100000",
            ["Prongsai:RateLimits:RequestFormsPerMinute"] = "100000",
            ["Prongsai:RateLimits:RequestFormFailuresPerMinute"] = "100000",
            // The hostile corpus tries many wrong tracking codes from the one test address; the limit has its own test.
            ["Prongsai:RateLimits:TrackingFailures"] = "100000",
            // The ITA link checker never opens external addresses from the app's tests (its own tests use a loopback server).
            ["Prongsai:Ita:LinkChecker:CheckExternal"] = "false",
        };

        var ownDatabase = overrides?.ContainsKey("ConnectionStrings:Prongsai") == true;
        if (provider == DbProvider.Postgres && !ownDatabase)
        {
            postgresDatabase = "prongsai_test_" + Guid.NewGuid().ToString("N")[..12];
            settings["ConnectionStrings:Prongsai"] = emptyDatabase
                ? PostgresServer.CreateDatabase(postgresDatabase)
                : MigratedPostgresTemplate.CreateDatabaseAsync(postgresDatabase).GetAwaiter().GetResult();
        }
        else if (provider == DbProvider.Sqlite && !ownDatabase && !emptyDatabase)
        {
            MigratedSqliteTemplate.CopyIntoAsync(DataDirectory).GetAwaiter().GetResult();
        }

        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
    }

    public DbProvider Provider { get; }
    public string DataDirectory { get; }

    /// <summary>The same settings, for running the command line against this app's database.</summary>
    public IDictionary<string, string?> Settings => settings;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureServices(services => services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestPeerAddress>());
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (replaceServices is not null)
        {
            builder.ConfigureServices(replaceServices);
        }
    }

    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("http://localhost"),
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            if (postgresDatabase is not null)
            {
                PostgresServer.DropDatabase(postgresDatabase);
            }

            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a closing connection; the temp directory is cleaned by the OS.
            }
        }
    }
}

/// <summary>
/// The test server has no network peer, so it gives every request the loopback address a browser on
/// this machine would have; a test plays another machine (an outside client, a reverse proxy) by
/// sending <see cref="Header"/>. It runs before the app's own middleware, like the TCP connection would.
/// </summary>
public sealed class TestPeerAddress : Microsoft.AspNetCore.Hosting.IStartupFilter
{
    public const string Header = "X-Test-Peer-Address";

    public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, following) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(Header, out var value)
                ? System.Net.IPAddress.Parse(value.ToString())
                : System.Net.IPAddress.Loopback;
            context.Request.Headers.Remove(Header);
            await following(context);
        });
        next(app);
    };
}

/// <summary>
/// One app per provider for the whole test run (start-up and migrations once); tests stay
/// independent by each creating its own organization.
/// </summary>
public static class Apps
{
    private static readonly Lazy<ProngsaiApp> SqliteApp = new(() => Start(DbProvider.Sqlite));
    private static readonly Lazy<ProngsaiApp> PostgresApp = new(() => Start(DbProvider.Postgres));

    public static ProngsaiApp For(DbProvider provider) => provider == DbProvider.Sqlite ? SqliteApp.Value : PostgresApp.Value;

    private static ProngsaiApp Start(DbProvider provider)
    {
        var app = new ProngsaiApp(provider, emptyDatabase: true);
        _ = app.Server; // start now, so a broken start-up fails here with its own message
        AppDomain.CurrentDomain.ProcessExit += (_, _) => app.Dispose();
        return app;
    }
}
