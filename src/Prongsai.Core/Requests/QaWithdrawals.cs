using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Auditing.Reading;
using Prongsai.Core.Data;

namespace Prongsai.Core.Requests;

/// <summary>A published question taken off the website: when and why (who did it is in the audit trail).</summary>
public sealed record QaWithdrawal(DateTimeOffset At, string Reason);

/// <summary>
/// Reads back the withdrawals of published questions (<see cref="HandleRequest.WithdrawFromWebsiteAsync"/>). A
/// withdrawal is an "unpublish" entry of the request in the audit trail with its reason, not a column of the request:
/// the entry is written in the same save as the change, is never edited, and already says who and when, so the
/// requests' table did not have to change. The trail has no index by item, so it is read only for a request that can
/// have been withdrawn — answered with consent in a type that publishes, and not on the website — which is rare.
/// </summary>
public static class QaWithdrawals
{
    public const string Action = AuditActions.Unpublish;

    public const string ReasonField = "Reason";

    /// <summary>The longest reason: a sentence or two, shown on the request's page.</summary>
    public const int ReasonLength = 500;

    /// <summary>Whether the request is in the one state a withdrawal leaves (and so whether the trail is worth reading).</summary>
    public static bool MayHaveBeenWithdrawn(TrackedRequest request) =>
        !request.Published && request.AnsweredAt is not null && request.ConsentToPublish && request.Type?.PublishesAnswers == true;

    /// <summary>The latest withdrawal of <paramref name="request"/> (its type loaded), or null when it was never taken off.</summary>
    public static async Task<QaWithdrawal?> LatestAsync(ProngsaiDbContext db, TrackedRequest request, CancellationToken cancellationToken = default)
    {
        if (!MayHaveBeenWithdrawn(request))
        {
            return null;
        }

        var id = request.Id.ToString(CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.AsNoTracking()
            .Where(a => a.OrganizationId == request.OrganizationId && a.Entity == nameof(TrackedRequest) && a.EntityId == id && a.Action == Action)
            .OrderByDescending(a => a.Id)
            .Select(a => new { a.At, a.Changes })
            .FirstOrDefaultAsync(cancellationToken);
        return entry is null ? null
            : new QaWithdrawal(entry.At, AuditChanges.Text(AuditChanges.Parse(entry.Changes), ReasonField) ?? "");
    }
}
