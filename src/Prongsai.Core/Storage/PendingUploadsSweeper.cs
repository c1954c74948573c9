using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Prongsai.Core.Jobs;

namespace Prongsai.Core.Storage;

/// <summary>
/// A minute after start and then once an hour, on one node at a time (a lease in the database), deletes the import files whose preview was never
/// confirmed (<see cref="PendingUploads"/>). It is not a per-organization <see cref="IBackgroundJob"/>: the files are
/// found by listing the store, which no database query can predict.
/// </summary>
public sealed class PendingUploadsSweeper(
    IServiceScopeFactory scopes, IFileStore files, TimeProvider clock, IOptions<BackgroundJobOptions> options, ILogger<PendingUploadsSweeper> logger)
    : BackgroundService
{
    private const string LeaseName = "pending-uploads";
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);
    private static readonly TimeSpan FirstSweepDelay = TimeSpan.FromMinutes(1);
    private readonly string holder = Environment.MachineName + ":" + Guid.NewGuid().ToString("N");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // The first sweep a minute after start, off the start-up path; a node restarted more often than hourly still sweeps.
        await Task.Delay(FirstSweepDelay, clock, stoppingToken);
        using var timer = new PeriodicTimer(Interval, clock);
        do
        {
            try
            {
                var deleted = await SweepOnceAsync(scopes, files, clock, holder, stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} import files whose preview was never confirmed", deleted);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Sweeping unconfirmed import files failed; retrying in an hour");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One sweep under the lease; 0 when another node holds it.</summary>
    public static async Task<int> SweepOnceAsync(IServiceScopeFactory scopes, IFileStore files, TimeProvider clock, string holder, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var jobLock = scope.ServiceProvider.GetRequiredService<JobLock>();
        if (!await jobLock.TryAcquireAsync(LeaseName, holder, TimeSpan.FromMinutes(10), cancellationToken))
        {
            return 0;
        }

        try
        {
            return await PendingUploads.SweepAsync(files, clock.GetUtcNow() - PendingUploads.MaxAge, cancellationToken);
        }
        finally
        {
            await jobLock.ReleaseAsync(LeaseName, holder, CancellationToken.None);
        }
    }
}
