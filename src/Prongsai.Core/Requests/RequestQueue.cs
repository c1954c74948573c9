using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Requests;

/// <summary>Filters of the staff queue.</summary>
public sealed record QueueFilter(RequestKind? Kind = null, RequestStatus? Status = null, int? DepartmentId = null, bool LateOnly = false, bool OpenOnly = false, string? Search = null);

/// <summary>One line of the queue: no identity, only whether the request is anonymous.</summary>
public sealed record QueueRow(
    int Id, RequestKind Kind, string TypeName, string Subject, RequestStatus Status, DateTimeOffset ReceivedAt, DateOnly DueOn,
    bool Late, bool VeryLate, int? DepartmentId, string? OfficerName, bool Anonymous, bool IsSample)
{
    /// <summary>The type's name on English pages.</summary>
    public string TypeNameEnglish { get; init; } = "";
}

/// <summary>
/// The requests an actor may see (<see cref="RequestAccess"/> as a query): corruption complaints only for those who
/// see them, other departments' requests only for organization-wide readers.
/// </summary>
public sealed class RequestQueue(ProngsaiDbContext db, TimeProvider clock)
{
    public IQueryable<TrackedRequest> Visible(StaffActor actor)
    {
        var query = db.Set<TrackedRequest>().AsNoTracking();
        if (!actor.IsMember)
        {
            return query.Where(_ => false);
        }

        if (!RequestAccess.SeesConfidential(actor))
        {
            query = query.Where(r => !r.Type!.Confidential);
        }

        if (!RequestAccess.ReadsAll(actor))
        {
            var departments = actor.DepartmentIds.ToList();
            query = query.Where(r => r.DepartmentId != null && departments.Contains(r.DepartmentId.Value));
        }

        return query;
    }

    public async Task<IReadOnlyList<QueueRow>> ListAsync(StaffActor actor, QueueFilter filter, int take = 500, CancellationToken cancellationToken = default)
    {
        var today = BangkokTime.Today(clock);
        var query = Visible(actor);
        if (filter.Kind is { } kind)
        {
            query = query.Where(r => r.Type!.Kind == kind);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.DepartmentId is { } department)
        {
            query = query.Where(r => r.DepartmentId == department);
        }

        if (filter.LateOnly || filter.OpenOnly)
        {
            query = query.Where(r => r.Status != RequestStatus.Answered && r.Status != RequestStatus.Concluded && r.Status != RequestStatus.Rejected);
        }

        if (filter.LateOnly)
        {
            query = query.Where(r => r.DueOn < today);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var text = filter.Search.Trim();
            text = text.Length > 100 ? text[..100] : text;
            query = int.TryParse(text.TrimStart('#'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? query.Where(r => r.Id == number || r.Subject.Contains(text))
                : query.Where(r => r.Subject.Contains(text) || r.Details.Contains(text));
        }

        var rows = await query.OrderByDescending(r => r.Id).Take(take)
            .Select(r => new { r.Id, r.Type!.Kind, r.Type.Name, r.Type.NameEnglish, r.Subject, r.Status, r.ReceivedAt, r.DueOn, r.VeryLateOn, r.DepartmentId, r.OfficerName, r.IsAnonymous, r.IsSample })
            .ToListAsync(cancellationToken);
        return rows.Select(r =>
        {
            var open = r.Status is not (RequestStatus.Answered or RequestStatus.Concluded or RequestStatus.Rejected);
            return new QueueRow(r.Id, r.Kind, r.Name, r.Subject, r.Status, r.ReceivedAt, r.DueOn, open && r.DueOn < today, open && r.VeryLateOn < today,
                r.DepartmentId, r.OfficerName, r.IsAnonymous, r.IsSample) { TypeNameEnglish = r.NameEnglish };
        }).ToList();
    }

    /// <summary>Late and very-late flags of one request today (a fixed clock in tests).</summary>
    public (bool Late, bool VeryLate) Flags(TrackedRequest request)
    {
        var today = BangkokTime.Today(clock);
        return (request.IsOpen && request.DueOn < today, request.IsOpen && request.VeryLateOn < today);
    }
}
