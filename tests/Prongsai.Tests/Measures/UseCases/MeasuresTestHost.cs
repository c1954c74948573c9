using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core;
using Prongsai.Core.Auditing;
using Prongsai.Core.Data;
using Prongsai.Core.Measures;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Data;
using Prongsai.Documents;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Measures.UseCases;

/// <summary>
/// The app's services over a real, migrated database — a SQLite file in a temporary directory or
/// a fresh database on the test PostgreSQL cluster — with a fixed clock and one fresh organization.
/// </summary>
public sealed class MeasuresTestHost : IAsyncDisposable
{
    private readonly string directory;
    private readonly ServiceProvider provider;
    private readonly string? postgresDatabase;

    private MeasuresTestHost(string directory, ServiceProvider provider, FixedClock clock, string? postgresDatabase)
    {
        this.directory = directory;
        this.provider = provider;
        this.postgresDatabase = postgresDatabase;
        Clock = clock;
    }

    public FixedClock Clock { get; }
    public int OrganizationId { get; private set; }
    public string Slug { get; private set; } = "";
    public string DataDirectory => directory;

    public static async Task<MeasuresTestHost> StartAsync(DbProvider database, FixedClock? clock = null, Dictionary<string, string?>? settings = null)
    {
        var directory = Directory.CreateTempSubdirectory("prongsai-measures-").FullName;
        var values = new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.ToString(),
            ["Prongsai:DataDirectory"] = directory,
        };
        string? postgresDatabase = null;
        if (database == DbProvider.Postgres)
        {
            postgresDatabase = "prongsai_measures_" + Guid.NewGuid().ToString("N")[..12];
            values["ConnectionStrings:Prongsai"] = await MigratedPostgresTemplate.CreateDatabaseAsync(postgresDatabase);
        }
        else
        {
            await MigratedSqliteTemplate.CopyIntoAsync(directory);
        }

        foreach (var (key, value) in settings ?? [])
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IAuditActor>(new FixedAuditActor("test"));
        services.AddProngsaiData(configuration);
        services.AddProngsaiCore();
        services.AddProngsaiDocuments(configuration);
        clock ??= FixedClock.BangkokNoon(2024, 1, 15);
        services.AddSingleton<TimeProvider>(clock);
        var provider = services.BuildServiceProvider();
        var host = new MeasuresTestHost(directory, provider, clock, postgresDatabase);
        await DataServices.MigrateAsync(provider); // a no-op on a copy of the migrated template

        await using var scope = provider.CreateAsyncScope();
        var slug = "t" + Guid.NewGuid().ToString("N")[..10];
        var created = await scope.ServiceProvider.GetRequiredService<CreateOrganization>()
            .RunAsync(Prongsai.Core.Organizations.StaffActor.PlatformOperator(), new CreateOrganizationRequest(slug, "องค์การบริหารส่วนตำบลทดสอบ"));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors.Select(e => e.Message)));
        host.OrganizationId = created.Value!.Id;
        host.Slug = slug;
        return host;
    }

    /// <summary>A scope working for the test organization (as a request would).</summary>
    public AsyncServiceScope Scope()
    {
        var scope = provider.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(OrganizationId, Slug);
        return scope;
    }

    /// <summary>Runs a use case in its own scope.</summary>
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Scope();
        return await action(scope.ServiceProvider);
    }

    public Task<T> UseAsync<TService, T>(Func<TService, Task<T>> action) where TService : notnull =>
        RunAsync(sp => action(sp.GetRequiredService<TService>()));

    public Task<T> QueryAsync<T>(Func<ProngsaiDbContext, Task<T>> query) => UseAsync(query);

    /// <summary>One tick of the background worker, as a node would run it.</summary>
    public Task RunBackgroundJobsAsync() => RunAsync(async sp =>
    {
        await Prongsai.Core.Jobs.BackgroundWorker.RunOnceAsync(sp.GetRequiredService<IServiceScopeFactory>(), "test-node", CancellationToken.None);
        return 0;
    });

    /// <summary>The organization's own search, as the public page asks it.</summary>
    public async Task<IReadOnlyList<Prongsai.Core.Search.SearchHit>> SearchAsync(string text) =>
        (await UseAsync<Prongsai.Core.Search.SearchIndex, Prongsai.Core.Search.SearchResults>(s =>
            s.QueryAsync(OrganizationId, new Prongsai.Core.Search.SearchQuery(text)))).Hits;

    public async Task<int> DepartmentIdAsync(string name) =>
        await QueryAsync(db => db.Departments.Where(d => d.Name == name).Select(d => d.Id).FirstAsync());

    public static StaffActor Admin { get; } = StaffActor.System("ผู้ทดสอบ");

    public static StaffActor Executive { get; } =
        new("exec", "ผู้บริหารทดสอบ", null, new HashSet<OrgRole> { OrgRole.Executive }, new HashSet<int>());

    public static StaffActor DepartmentStaff(params int[] departmentIds) =>
        new("staff", "เจ้าหน้าที่ทดสอบ", null, new HashSet<OrgRole> { OrgRole.DepartmentStaff }, departmentIds.ToHashSet());

    /// <summary>Row counts of every measures table, to prove that a refused import saved nothing.</summary>
    public Task<(int Plans, int Measures, int Steps, int Results, int Departments)> CountsAsync() =>
        QueryAsync(async db => (
            await db.MeasurePlans.CountAsync(), await db.Measures.CountAsync(), await db.MeasureSteps.CountAsync(),
            await db.MeasureResults.CountAsync(), await db.Departments.CountAsync()));

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (postgresDatabase is not null)
        {
            PostgresServer.DropDatabase(postgresDatabase);
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
