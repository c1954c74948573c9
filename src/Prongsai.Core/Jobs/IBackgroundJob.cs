using Prongsai.Core.Data;

namespace Prongsai.Core.Jobs;

/// <summary>
/// Background work of a feature, run per organization by the one worker (BackgroundWorker) under the
/// database lease, so it happens once however many nodes run. Register it with FeatureBuilder.Job.
/// </summary>
public interface IBackgroundJob
{
    /// <summary>For logs.</summary>
    string Name { get; }

    /// <summary>
    /// The organizations that have work waiting for this job, as a query over all organizations
    /// (IgnoreQueryFilters). The worker unions every job's query into one, so with thousands of organizations
    /// an idle tick costs one query, not several per organization.
    /// </summary>
    IQueryable<int> OrganizationsWithWork(ProngsaiDbContext db);

    /// <summary>Does the waiting work of the current organization (the scope's CurrentOrganization is set).</summary>
    Task RunAsync(CancellationToken cancellationToken);
}

/// <summary>A background job that keeps one kind of item in the search index.</summary>
public interface ISearchIndexer : IBackgroundJob
{
    /// <summary>The SearchEntry.ItemType it maintains.</summary>
    string ItemType { get; }
}
