using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Requests;

/// <summary>What the citizen sees on the status page: no staff names, no internal notes, no identity.</summary>
public sealed record CitizenView(
    int Id, string TypeName, RequestKind Kind, string Subject, string Details, RequestStatus Status, DateTimeOffset ReceivedAt, DateOnly DueOn,
    string? ForwardedTo, string? Answer, DateTimeOffset? AnsweredAt, string? Outcome, bool Open,
    IReadOnlyList<(DateTimeOffset At, RequestStatus Status, string? Note)> Steps,
    IReadOnlyList<(DateTimeOffset At, bool FromCitizen, string Text)> Messages, int Attachments)
{
    /// <summary>The type's name on English pages.</summary>
    public string TypeNameEnglish { get; init; } = "";

    /// <summary>The office took the published question off the website (the reason is the office's, not shown here).</summary>
    public bool WithdrawnFromWebsite { get; init; }
}

/// <summary>
/// The citizen's side, by tracking code only: read the status page, and reply. A wrong code and a malformed one give
/// the same not-found answer (the web layer also rate-limits wrong codes).
/// </summary>
public sealed class CitizenRequests(ProngsaiDbContext db, CurrentOrganization organization, RequestNotifier notifier, TimeProvider clock)
{
    public async Task<CitizenView?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        var request = await LoadAsync(code, cancellationToken);
        if (request is null)
        {
            return null;
        }

        return new CitizenView(
            request.Id, request.Type!.Name, request.Type.Kind, request.Subject, request.Details, request.Status, request.ReceivedAt, request.DueOn,
            request.ForwardedTo, request.Answer, request.AnsweredAt, request.Outcome, request.IsOpen,
            request.Steps.OrderBy(s => s.At).ThenBy(s => s.Id).Select(s => (s.At, s.Status, s.Note)).ToList(),
            request.Messages.Where(m => !m.Internal).OrderBy(m => m.At).ThenBy(m => m.Id).Select(m => (m.At, m.FromCitizen, m.Text)).ToList(),
            request.Attachments.Count)
        {
            TypeNameEnglish = request.Type.NameEnglish,
            WithdrawnFromWebsite = await QaWithdrawals.LatestAsync(db, request, cancellationToken) is not null,
        };
    }

    public async Task<Result<int>> ReplyAsync(string? code, string? text, CancellationToken cancellationToken = default)
    {
        var request = await LoadAsync(code, cancellationToken);
        if (request is null)
        {
            return Error.NotFound("ไม่พบเรื่องตามรหัสติดตามนี้");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return Error.Invalid("กรุณากรอกข้อความ", "Text");
        }

        if (text.Trim().Length > RequestLimits.Message)
        {
            return Error.Invalid($"ข้อความยาวเกิน {RequestLimits.Message:N0} ตัวอักษร", "Text");
        }

        if (request.Status is RequestStatus.Concluded or RequestStatus.Rejected)
        {
            return Error.Conflict("เรื่องนี้ปิดแล้ว หากมีเรื่องใหม่กรุณายื่นเรื่องใหม่", "Text");
        }

        var now = clock.GetUtcNow();
        var message = new RequestMessage { RequestId = request.Id, At = now, FromCitizen = true, Text = text.Trim() };
        db.Add(message);
        await notifier.NotifyStaffAsync(request.Type!, request, new NotificationText(
            $"ผู้ยื่นเรื่อง {RequestNotifier.Number(request)} ส่งข้อความใหม่", $"The person who filed request {RequestNotifier.Number(request)} has sent a new message"),
            now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return message.Id;
    }

    private async Task<TrackedRequest?> LoadAsync(string? code, CancellationToken cancellationToken)
    {
        if (organization.OrganizationId is null || TrackingCodes.Normalize(code) is not { } normalized)
        {
            return null;
        }

        var hash = TrackingCodes.Hash(normalized);
        return await db.Set<TrackedRequest>().AsSplitQuery()
            .Include(r => r.Type).Include(r => r.Steps).Include(r => r.Messages).Include(r => r.Attachments)
            .FirstOrDefaultAsync(r => r.TrackingCodeHash == hash, cancellationToken);
    }
}
