using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prongsai.Core.Data;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Jobs;

/// <summary>Prongsai:Jobs — how often the background jobs run.</summary>
public sealed class BackgroundJobOptions
{
    public const string Section = "Prongsai:Jobs";

    public bool Enabled { get; set; } = true;
    public int IntervalSeconds { get; set; } = 20;
}

/// <summary>
/// The one worker: every tick, on one node at a time (a JobLock lease in the database), it asks all registered
/// <see cref="IBackgroundJob"/>s which organizations have work waiting — one query for all of them — and runs
/// each job for each of those organizations in its own scope.
/// </summary>
public sealed class BackgroundWorker(IServiceScopeFactory scopes, IOptions<BackgroundJobOptions> options, ILogger<BackgroundWorker> logger)
    : BackgroundService
{
    private const string LeaseName = "publishing";
    private readonly string holder = Environment.MachineName + ":" + Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.IntervalSeconds)));
        do
        {
            try
            {
                await RunOnceAsync(scopes, holder, stoppingToken, logger);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Background jobs failed; retrying on the next tick");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public static async Task RunOnceAsync(IServiceScopeFactory scopes, string holder, CancellationToken cancellationToken, ILogger? logger = null)
    {
        List<(int Id, string Slug)> organizations;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var jobLock = scope.ServiceProvider.GetRequiredService<JobLock>();
            if (!await jobLock.TryAcquireAsync(LeaseName, holder, TimeSpan.FromMinutes(5), cancellationToken))
            {
                return;
            }

            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            var jobs = scope.ServiceProvider.GetServices<IBackgroundJob>().ToList();
            if (jobs.Count == 0)
            {
                organizations = [];
            }
            else
            {
                var busy = jobs.Select(j => j.OrganizationsWithWork(db)).Aggregate((a, b) => a.Union(b));
                organizations = (await db.Organizations.AsNoTracking().Where(o => busy.Contains(o.Id))
                        .Select(o => new { o.Id, o.Slug }).ToListAsync(cancellationToken))
                    .Select(o => (o.Id, o.Slug)).ToList();
            }
        }

        try
        {
            foreach (var (id, slug) in organizations)
            {
                await RunForOrganizationAsync(scopes, id, slug, cancellationToken, logger);
            }
        }
        finally
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<JobLock>().ReleaseAsync(LeaseName, holder, CancellationToken.None);
        }
    }

    /// <summary>
    /// Every job, in registration order, each in its own scope of the organization: a job that fails (a link checker
    /// meeting a broken server, say) is logged and leaves neither half-saved changes nor the other jobs behind.
    /// </summary>
    public static async Task RunForOrganizationAsync(
        IServiceScopeFactory scopes, int organizationId, string slug, CancellationToken cancellationToken, ILogger? logger = null)
    {
        int count;
        await using (var scope = scopes.CreateAsyncScope())
        {
            count = scope.ServiceProvider.GetServices<IBackgroundJob>().Count();
        }

        for (var i = 0; i < count; i++)
        {
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organizationId, slug);
            var job = scope.ServiceProvider.GetServices<IBackgroundJob>().ElementAt(i);
            try
            {
                await job.RunAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger?.LogError(exception, "Background job {Job} failed for organization {Organization}; the others go on", job.Name, slug);
                if (logger is null)
                {
                    throw;
                }
            }
        }
    }
}
