using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Requests;

/// <summary>The requester's identity, for the one who may see it (every reading is audited).</summary>
public sealed record RequesterIdentity(string? Name, string? Contact);

/// <summary>
/// Staff work on one request: screen, assign, start, forward, answer, conclude, reject, message the citizen, add an
/// internal note, and reveal the identity. Each action checks its own permission and the request's visibility
/// (<see cref="RequestAccess"/>): a request the actor may not see is "not found", one they see but may not act on is
/// "forbidden". Each adds a dated step; the audit interceptor records every changed row (identity never copied).
/// </summary>
public sealed class HandleRequest(
    ProngsaiDbContext db, CurrentOrganization organization, RequestNotifier notifier, QaIndexer indexer, TimeProvider clock)
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
            StepAsync(request, actor, RequestStatus.InProgress, Trim(note), now, cancellationToken), cancellationToken);

    public Task<Result<TrackedRequest>> ForwardAsync(StaffActor actor, int id, string? agency, string? note, CancellationToken cancellationToken = default) =>
        ActAsync(actor, id, RequestAccess.CanScreen, async (request, now) =>
        {
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

    public Task<Result<TrackedRequest>> AnswerAsync(StaffActor actor, int id, string? text, CancellationToken cancellationToken = default) =>
        ActAsync(actor, id, RequestAccess.CanAnswer, async (request, now) =>
        {
            if (Text(text, "Text") is { } invalid)
            {
                return invalid;
            }

            if (request.Status is RequestStatus.Concluded or RequestStatus.Rejected)
            {
                return Error.Conflict("เรื่องนี้ปิดแล้ว");
            }

            request.Answer = text!.Trim();
            request.AnsweredAt = now;
            request.Published = request.Type!.PublishesAnswers && request.ConsentToPublish;
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

    /// <summary>A message to the citizen (shown on the status page), or an internal note (<paramref name="isInternal"/>).</summary>
    public Task<Result<TrackedRequest>> MessageAsync(StaffActor actor, int id, string? text, bool isInternal, CancellationToken cancellationToken = default) =>
        ActAsync(actor, id, RequestAccess.CanAnswer, async (request, now) =>
        {
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
        var result = await change(request, now);
        if (!result.Succeeded)
        {
            return result;
        }

        await using var transaction = afterSave is null ? null : await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (afterSave is not null)
        {
            await afterSave(request);
            await transaction!.CommitAsync(cancellationToken);
        }

        return result;
    }

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

    private static string? Trim(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static Error? Text(string? text, string field) =>
        string.IsNullOrWhiteSpace(text) ? Error.Invalid("กรุณากรอกข้อความ", field)
        : text.Trim().Length > RequestLimits.Message ? Error.Invalid($"ข้อความยาวเกิน {RequestLimits.Message:N0} ตัวอักษร", field)
        : null;
}
