using System.Globalization;
using Prongsai.Core.Search;

namespace Prongsai.Core.Requests;

/// <summary>Puts a published question and its answer (personal data masked) into the Thai search index, or takes it out.</summary>
public sealed class QaIndexer(SearchIndex index)
{
    public const string ItemType = "qa";

    public static string Url(string organizationSlug, int requestId) =>
        string.Create(CultureInfo.InvariantCulture, $"/{organizationSlug}/qa#q{requestId}");

    public Task IndexAsync(string organizationSlug, TrackedRequest request, CancellationToken cancellationToken = default) =>
        index.UpsertAsync(
            request.OrganizationId, ItemType, request.Id.ToString(CultureInfo.InvariantCulture), PersonalDataMask.Mask(request.Subject),
            Url(organizationSlug, request.Id), PersonalDataMask.Mask(request.Details) + "\n" + PersonalDataMask.Mask(request.Answer),
            null, Calendar.FiscalYear.ForDate(Calendar.BangkokTime.DateOf(request.ReceivedAt)).BeYear, request.AnsweredAt, cancellationToken);

    public Task RemoveAsync(TrackedRequest request, CancellationToken cancellationToken = default) =>
        index.RemoveAsync(request.OrganizationId, ItemType, request.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);
}
