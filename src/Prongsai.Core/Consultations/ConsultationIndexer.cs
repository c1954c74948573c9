using System.Globalization;
using Prongsai.Core.Search;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Consultations;

/// <summary>
/// Keeps a published consultation in the Thai search index — its title, details and summary, never an opinion — and
/// takes a withdrawn one out, so a villager who searches "ถนน" finds the hearing on the road.
/// </summary>
public sealed class ConsultationIndexer(SearchIndex index, CurrentOrganization organization)
{
    public const string ItemType = "consultation";

    public Task IndexAsync(Consultation consultation, CancellationToken cancellationToken = default) =>
        index.UpsertAsync(
            consultation.OrganizationId, ItemType, consultation.Id.ToString(CultureInfo.InvariantCulture), consultation.Title,
            ConsultationPaths.Public(organization.Slug, consultation.Id),
            consultation.Description + (consultation.Summary is { } summary ? "\n" + summary : ""),
            null, consultation.FiscalYear, consultation.SummaryPublishedAt ?? consultation.PublishedAt, cancellationToken);

    public Task RemoveAsync(Consultation consultation, CancellationToken cancellationToken = default) =>
        index.RemoveAsync(consultation.OrganizationId, ItemType, consultation.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);
}
