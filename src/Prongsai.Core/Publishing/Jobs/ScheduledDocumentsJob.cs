using Prongsai.Core.Data;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Jobs;

namespace Prongsai.Core.Publishing.Jobs;

/// <summary>Publishes scheduled documents whose time has come.</summary>
public sealed class ScheduledDocumentsJob(PublishDocument publish) : IBackgroundJob
{
    public string Name => "scheduled-documents";

    public IQueryable<int> OrganizationsWithWork(ProngsaiDbContext db) =>
        db.Documents.IgnoreQueryFilters().Where(d => d.Status == DocumentStatus.Scheduled).Select(d => d.OrganizationId);

    public Task RunAsync(CancellationToken cancellationToken) => publish.PublishDueAsync(cancellationToken);
}
