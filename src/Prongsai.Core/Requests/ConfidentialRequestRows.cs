using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Prongsai.Core.Auditing;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Requests;

/// <summary>
/// The words of a corruption complaint — its subject and details, the answer, the steps' notes, the messages, the
/// names of the files attached, and the staff notifications that lead to it — are seen by ComplaintOfficers only
/// (<see cref="RequestType.Confidential"/>), so the audit trail, read by OrgAdmins and Auditors, records that they
/// changed and never what they say. A complaint about the head of the office must not reach the head through the
/// trail on the day it arrives.
/// </summary>
public sealed class ConfidentialRequestRows : IConfidentialRows
{
    private static readonly IReadOnlySet<string> None = new HashSet<string>();

    /// <summary>Each row kind and its fields that carry the complaint's words (the migration that sealed older entries names the same).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> WordsOf = new Dictionary<string, IReadOnlySet<string>>
    {
        [nameof(TrackedRequest)] = new HashSet<string>
        {
            nameof(TrackedRequest.Subject), nameof(TrackedRequest.Details), nameof(TrackedRequest.Answer),
            nameof(TrackedRequest.Outcome), nameof(TrackedRequest.ForwardedTo),
        },
        [nameof(RequestStep)] = new HashSet<string> { nameof(RequestStep.Note) },
        [nameof(RequestMessage)] = new HashSet<string> { nameof(RequestMessage.Text) },
        [nameof(RequestAttachment)] = new HashSet<string> { nameof(RequestAttachment.FileName) },
        [nameof(StaffNotification)] = new HashSet<string> { nameof(StaffNotification.Text), nameof(StaffNotification.TextEnglish) },
    };

    /// <summary>The start of a staff notification's path that leads to a request (<see cref="RequestNotifier"/>).</summary>
    public const string NotificationPath = "requests/";

    public IReadOnlySet<string> Withheld(EntityEntry row)
    {
        var requestKey = row.Entity switch
        {
            TrackedRequest => row.Property(nameof(TrackedRequest.Id)).CurrentValue,
            RequestStep or RequestMessage or RequestAttachment => row.Property(nameof(RequestStep.RequestId)).CurrentValue,
            StaffNotification { Path: { } path } when path.StartsWith(NotificationPath, StringComparison.Ordinal)
                && int.TryParse(path.AsSpan(NotificationPath.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id) => id,
            _ => null,
        };

        return requestKey is not null && IsConfidential(row.Context, requestKey) ? WordsOf[row.Metadata.ClrType.Name] : None;
    }

    /// <summary>
    /// Whether the request with this key (a temporary one while it is being added in the same save) is of a
    /// confidential type: from the rows the save already tracks, else from the database.
    /// </summary>
    private static bool IsConfidential(DbContext context, object requestKey)
    {
        var request = context.ChangeTracker.Entries<TrackedRequest>()
            .FirstOrDefault(e => Equals(e.Property(r => r.Id).CurrentValue, requestKey))?.Entity;
        if (request is null)
        {
            if (requestKey is not int id || id <= 0)
            {
                return false;
            }

            // Not tracked: a save that touches only a step, message or notification. One keyed lookup; IgnoreQueryFilters
            // because the interceptor also runs where no organization is set (jobs), and the key is unique anyway.
            return context.Set<TrackedRequest>().IgnoreQueryFilters().AsNoTracking()
                .Where(r => r.Id == id).Select(r => r.Type!.Confidential).FirstOrDefault();
        }

        return request.Type?.Confidential
            ?? context.Set<RequestType>().IgnoreQueryFilters().AsNoTracking()
                .Where(t => t.Id == request.TypeId).Select(t => t.Confidential).FirstOrDefault();
    }
}
