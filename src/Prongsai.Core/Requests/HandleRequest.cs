using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Requests;

/// <summary>The requester's identity, for the one who may see it (every reading is audited).</summary>
public sealed record RequesterIdentity(string? Name, string? Contact);

/// <summary>
/// Staff work on one request: screen, assign, start, forward, answer, conclude, reject, message the citizen, add an
/// internal note, take a published question off the website, and reveal the identity. Each action checks its own
/// permission and the request's visibility (<see cref="RequestAccess"/>): a request the actor may not see is
/// "not found", one they see but may not act on is "forbidden". Each status change adds a dated step; the audit
/// interceptor records every changed row (identity never copied). An action that changes what the Q&amp;A page shows
/// bumps the organization's content stamp, so cached pages and the search answer anew at once.
/// </summary>
public sealed class HandleRequest(
    ProngsaiDbContext db, CurrentOrganization organization, RequestNotifier notifier, QaIndexer indexer, ContentVersion contentVersion,
    TimeProvider clock)
{
    public const string ViewIdentityAction = "view-identity";

    public Task<Result<TrackedRequest>> ScreenAsync(StaffActor actor, int id, string? note, CancellationToken cancellationToken = default) =>
        ActAsync(actor, id, RequestAccess.CanScreen, async (request, now) =>
        {
            if (request.Status != RequestStatus.Received)
            {
                return Error.Conflict("เรื่องนี้คัดกรองแล้ว");
            }

            return await StepAsync(request, actor, RequestStatus.Screening, Trim(note), now, cancellationToken);
        }, cancellationToken);

    public Task<Result<TrackedRequest>> AssignAsync(StaffActor actor, int id, int? departmentId, string? officerUserId, CancellationToken cancellationToken = default) =>
        ActAsync(actor, id, RequestAccess.CanScreen, async (request, now) =>
        {
            if (NotOpen(request) is { } closed)
            {
                return closed;
            }

            if (departmentId is { } d && !await DepartmentChoices.IsOfferedAsync(db, d, request.DepartmentId, cancellationToken))
            {
                return Error.Invalid("ไม่พบส่วนราชการที่เลือก", "DepartmentId");
            }

            string? officerName = null;
            if (!string.IsNullOrEmpty(officerUserId))
            {
                officerName = await db.Users.Where(u => u.Id == officerUserId && u.OrganizationId == request.OrganizationId)
                    .Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
                if (officerName is null)
                {
                    return Error.Invalid("ไม่พบเจ้าหน้าที่ที่เลือก", "OfficerUserId");
                }
            }

            request.DepartmentId = departmentId;
            request.OfficerUserId = string.IsNullOrEmpty(officerUserId) ? null : officerUserId;
            request.OfficerName = officerName;
            var departmentName = departmentId is null ? null
                : await db.Departments.Where(x => x.Id == departmentId).Select(x => x.Name).FirstAsync(cancellationToken);
            var step = await StepAsync(request, actor, request.Status, departmentName is null ? "ปรับผู้รับผิดชอบเรื่อง" : $"มอบหมายให้ {departmentName}", now, cancellationToken);
            await notifier.NotifyStaffAsync(request.Type!, request, new NotificationText(
                $"ได้รับมอบหมายเรื่อง {RequestNotifier.Number(request)}", $"Request {RequestNotifier.Number(request)} has been assigned to you"), now, cancellationToken);
            return step;
        }, cancellationToken);

    public Task<Result<TrackedRequest>> StartAsync(StaffActor actor, int id, string? note, CancellationToken cancellationToken = default) =>
        ActAsync(actor, id, RequestAccess.CanAnswer, (request, now) =>
            NotOpen(request) is { } closed ? Task.FromResult<Result<TrackedRequest>>(closed)
            : StepAsync(request, actor, RequestStatus.InProgress, Trim(note), now, cancellationToken), cancellationToken);

    public Task<Result<TrackedRequest>> ForwardAsync(StaffActor actor, int id, string? agency, string? note, CancellationToken cancellationToken = default) =>
        ActAsync(actor, id, RequestAccess.CanScreen, async (request, now) =>
        {
            if (NotOpen(request) is { } closed)
            {
                return closed;
            }

            if (Trim(agency) is not { } to)
            {
                return Error.Invalid("กรุณาระบุหน่วยงานที่ส่งต่อเรื่องไป", "Agency");
            }

            if (to.Length > 300)
            {
                return Error.Invalid("ชื่อหน่วยงานยาวเกิน 300 ตัวอักษร", "Agency");
            }

            request.ForwardedTo = to;
            return await StepAsync(request, actor, RequestStatus.Forwarded, Trim(note) ?? $"ส่งต่อเรื่องไปยัง {to}", now, cancellationToken);
        }, cancellationToken);

    /// <summary>Answers, or corrects the answer; <paramref name="editVersion"/> is the request's edit count when the answer
    /// form was drawn (<see cref="EditVersions"/>), so a colleague's answer is never replaced unseen.</summary>
    public Task<Result<TrackedRequest>> AnswerAsync(
        StaffActor actor, int id, string? text, CancellationToken cancellationToken = default, int? editVersion = null) =>
        ActAsync(actor, id, RequestAccess.CanAnswer, async (request, now) =>
        {
            if (Text(text, "Text") is { } invalid)
            {
                return invalid;
            }

            if (Final(request) is { } final)
            {
                return final;
            }

            if (EditVersions.Claim(request, editVersion) is { } stale)
            {
                return stale;
            }

            // A question taken off the website stays off when its answer is corrected: the office withdrew it for a reason
            // (the asker's consent, data the mask missed), and only a new question goes public again.
            var withdrawn = await QaWithdrawals.LatestAsync(db, request, cancellationToken) is not null;
            request.Answer = text!.Trim();
            request.AnsweredAt = now;
            request.Published = request.Type!.PublishesAnswers && request.ConsentToPublish && !withdrawn;
            var result = await StepAsync(request, actor, RequestStatus.Answered, null, now, cancellationToken);
            await notifier.MailCitizenAsync(request, await OrganizationNameAsync(cancellationToken), "เรื่องของท่านได้รับคำตอบแล้ว", trackingPage =>
                $"เรื่องเลขที่ {RequestNotifier.Number(request)} ได้รับคำตอบแล้ว อ่านคำตอบได้ที่{trackingPage} ด้วยรหัสติดตามของท่าน", now, cancellationToken);
            return result;
        }, cancellationToken, afterSave: async request =>
        {
            if (request.Published)
            {
                await indexer.IndexAsync(organization.Slug!, request, cancellationToken);
            }
        });

    public Task<Result<TrackedRequest>> ConcludeAsync(StaffActor actor, int id, string? note, CancellationToken cancellationToken = default) =>
        ActAsync(actor, id, RequestAccess.CanAnswer, async (request, now) =>
        {
            if (Final(request) is { } final)
            {
                return final;
            }

            if (Text(note, "Note") is { } invalid)
            {
                return invalid;
            }

            request.Outcome = note!.Trim();
            return await StepAsync(request, actor, RequestStatus.Concluded, request.Outcome, now, cancellationToken);
        }, cancellationToken);

    public Task<Result<TrackedRequest>> RejectAsync(StaffActor actor, int id, string? reason, CancellationToken cancellationToken = default) =>
        ActAsync(actor, id, RequestAccess.CanScreen, async (request, now) =>
        {
            if (NotOpen(request) is { } closed)
            {
                return closed;
            }

            if (Trim(reason) is null)
            {
                return Error.Invalid("กรุณาระบุเหตุผลที่ไม่รับเรื่อง", "Reason");
            }

            if (Text(reason, "Reason") is { } invalid)
            {
                return invalid;
            }

            request.Outcome = reason!.Trim();
            request.Published = false;
            return await StepAsync(request, actor, RequestStatus.Rejected, request.Outcome, now, cancellationToken);
        }, cancellationToken, afterSave: request => indexer.RemoveAsync(request, cancellationToken));

    /// <summary>
    /// Takes a published question and its answer off the website — the Q&amp;A page, the public API and the searches —
    /// with the reason, for those who may answer it: the asker withdrew their consent, or the mask missed personal data
    /// (PDPA). Nothing else changes: the citizen still reads the answer on the status page. The reason is kept in the
    /// audit trail (<see cref="QaWithdrawals"/>); correcting the answer later does not publish it again.
    /// </summary>
    public Task<Result<TrackedRequest>> WithdrawFromWebsiteAsync(StaffActor actor, int id, string? reason, CancellationToken cancellationToken = default) =>
        ActAsync(actor, id, RequestAccess.CanAnswer, (request, now) =>
        {
            if (!request.Published)
            {
                return Task.FromResult<Result<TrackedRequest>>(Error.Conflict("คำถามนี้ไม่ได้แสดงบนเว็บไซต์อยู่แล้ว", "Reason"));
            }

            if (Trim(reason) is not { } why)
            {
                return Task.FromResult<Result<TrackedRequest>>(Error.Invalid("กรุณาระบุเหตุผลที่นำออกจากเว็บไซต์", "Reason"));
            }

            if (why.Length > QaWithdrawals.ReasonLength)
            {
                return Task.FromResult<Result<TrackedRequest>>(Error.Invalid($"เหตุผลยาวเกิน {QaWithdrawals.ReasonLength:N0} ตัวอักษร", "Reason"));
            }

            request.Published = false;
            db.AuditEntries.Add(new AuditEntry
            {
                OrganizationId = request.OrganizationId, At = now, UserId = actor.UserId, UserName = actor.AuditName,
                Entity = nameof(TrackedRequest), EntityId = request.Id.ToString(CultureInfo.InvariantCulture),
                Action = QaWithdrawals.Action,
                Changes = JsonSerializer.Serialize(new Dictionary<string, string> { [QaWithdrawals.ReasonField] = why }, AuditJson.Options),
            });
            return Task.FromResult(Result<TrackedRequest>.Ok(request));
        }, cancellationToken, afterSave: request => indexer.RemoveAsync(request, cancellationToken));

    /// <summary>A message to the citizen (shown on the status page), or an internal note (<paramref name="isInternal"/>).</summary>
    public Task<Result<TrackedRequest>> MessageAsync(StaffActor actor, int id, string? text, bool isInternal, CancellationToken cancellationToken = default) =>
        ActAsync(actor, id, RequestAccess.CanAnswer, async (request, now) =>
        {
            if (!isInternal && Final(request) is { } final)
            {
                return final;
            }

            if (Text(text, "Text") is { } invalid)
            {
                return invalid;
            }

            db.Add(new RequestMessage { RequestId = request.Id, At = now, Internal = isInternal, AuthorName = actor.UserName, Text = text!.Trim() });
            if (!isInternal)
            {
                await notifier.MailCitizenAsync(request, await OrganizationNameAsync(cancellationToken), "มีข้อความใหม่เกี่ยวกับเรื่องของท่าน", trackingPage =>
                    $"มีข้อความใหม่เกี่ยวกับเรื่องเลขที่ {RequestNotifier.Number(request)} อ่านได้ที่{trackingPage} ด้วยรหัสติดตามของท่าน", now, cancellationToken);
            }

            return Result<TrackedRequest>.Ok(request);
        }, cancellationToken);

    /// <summary>The identity, for those the type allows; the reading itself is recorded in the audit trail.</summary>
    public async Task<Result<RequesterIdentity>> RevealIdentityAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
    {
        var request = await db.Set<TrackedRequest>().Include(r => r.Type).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || !RequestAccess.CanSee(actor, request.Type!, request))
        {
            return Error.NotFound();
        }

        if (request.IsAnonymous)
        {
            return Error.Conflict("เรื่องนี้ยื่นโดยไม่ประสงค์ออกนาม ไม่มีข้อมูลตัวตน");
        }

        if (!RequestAccess.CanSeeIdentity(actor, request.Type!, request))
        {
            return Error.Forbidden("เฉพาะเจ้าหน้าที่รับเรื่องร้องเรียนเท่านั้นที่เห็นตัวตนของผู้ร้องเรียน");
        }

        db.AuditEntries.Add(new AuditEntry
        {
            OrganizationId = request.OrganizationId, At = clock.GetUtcNow(), UserId = actor.UserId, UserName = actor.AuditName,
            Entity = nameof(TrackedRequest), EntityId = request.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Action = ViewIdentityAction,
        });
        await db.SaveChangesAsync(cancellationToken);
        return new RequesterIdentity(request.RequesterName, request.RequesterContact);
    }

    private async Task<Result<TrackedRequest>> ActAsync(
        StaffActor actor, int id, Func<StaffActor, RequestType, TrackedRequest, bool> may,
        Func<TrackedRequest, DateTimeOffset, Task<Result<TrackedRequest>>> change, CancellationToken cancellationToken,
        Func<TrackedRequest, Task>? afterSave = null)
    {
        var request = await db.Set<TrackedRequest>().Include(r => r.Type).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (request is null || !RequestAccess.CanSee(actor, request.Type!, request))
        {
            return Error.NotFound();
        }

        if (!may(actor, request.Type!, request))
        {
            return Error.Forbidden("เรื่องนี้อยู่นอกความรับผิดชอบของคุณ หรือคุณไม่มีสิทธิ์ทำรายการนี้");
        }

        var now = clock.GetUtcNow();
        var shownBefore = PublicFace(request);
        var result = await change(request, now);
        if (!result.Succeeded)
        {
            return result;
        }

        await using (var transaction = afterSave is null ? null : await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            if (afterSave is not null)
            {
                await afterSave(request);
                await transaction!.CommitAsync(cancellationToken);
            }
        }

        // After the commit: a page cached under the new stamp must be rendered from the committed rows.
        if (PublicFace(request) != shownBefore)
        {
            await contentVersion.BumpAsync(request.OrganizationId, cancellationToken);
        }

        return result;
    }

    /// <summary>What the Q&amp;A page, its API and the search show of the request: nothing, or the pair as answered then.</summary>
    private static (bool Published, string? Answer, DateTimeOffset? AnsweredAt) PublicFace(TrackedRequest request) =>
        request.Published ? (true, request.Answer, request.AnsweredAt) : default;

    private Task<Result<TrackedRequest>> StepAsync(TrackedRequest request, StaffActor actor, RequestStatus status, string? note, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _ = cancellationToken;
        request.Status = status;
        request.ClosedAt = request.IsOpen ? null : now;
        db.Add(new RequestStep { RequestId = request.Id, At = now, Status = status, Note = note, ActorName = actor.UserName });
        return Task.FromResult(Result<TrackedRequest>.Ok(request));
    }

    private Task<string> OrganizationNameAsync(CancellationToken cancellationToken) =>
        db.Organizations.Where(o => o.Id == organization.OrganizationId).Select(o => o.Name).FirstAsync(cancellationToken);

    /// <summary>
    /// Concluding and rejecting are final (the citizen was told so, and the statistics count them closed): nothing but an
    /// internal note changes such a request, whatever the page offered when it was drawn.
    /// </summary>
    private static Error? Final(TrackedRequest request) =>
        request.Status is RequestStatus.Concluded or RequestStatus.Rejected ? Error.Conflict("เรื่องนี้ปิดแล้ว ทำรายการนี้ไม่ได้") : null;

    /// <summary>Assigning, forwarding, starting and rejecting are for an open request; an answered one is answered again
    /// or concluded.</summary>
    private static Error? NotOpen(TrackedRequest request) =>
        Final(request) ?? (request.IsOpen ? null : Error.Conflict("เรื่องนี้ตอบแล้ว แก้คำตอบหรือปิดเรื่องได้เท่านั้น"));

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Error? Text(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? Error.Invalid("กรุณากรอกข้อความ", field)
        : text.Trim().Length > RequestLimits.Message ? Error.Invalid($"ข้อความยาวเกิน {RequestLimits.Message:N0} ตัวอักษร", field)
        : null;
}
