using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Consultations;

/// <summary>What the consultation form sends; dates as Thais write them ("1/12/2569", "1 ธ.ค. 69").</summary>
public sealed record ConsultationInput(string? Title, string? Description, int? DepartmentId, string? OpensOn, string? ClosesOn)
{
    /// <summary>The consultation's <see cref="EditVersions">edit count</see> when the form was drawn.</summary>
    public int? EditVersion { get; init; }
}

/// <summary>
/// Writes a consultation, or corrects one. A draft may change in every way. Once published and open, the first day
/// stays and the last day may only move later: people who read "until the 15th" must not find it closed on the 10th.
/// After the summary is out the dates are fixed. A period wholly in the past is allowed, for a hearing held in a
/// village meeting whose summary the office publishes here.
/// </summary>
public sealed class SaveConsultation(ProngsaiDbContext db, ContentVersion contentVersion, ConsultationIndexer indexer, TimeProvider clock)
{
    public async Task<Result<Consultation>> AddAsync(StaffActor actor, ConsultationInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(ConsultationsPermissions.ManageConsultations) is { } forbidden)
        {
            return forbidden;
        }

        var (errors, opensOn, closesOn) = await ValidateAsync(actor, input, null, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<Consultation>.Fail(errors);
        }

        var now = clock.GetUtcNow();
        var consultation = new Consultation { Title = "", Description = "", CreatedAt = now };
        Apply(consultation, input, opensOn, closesOn, now);
        db.Set<Consultation>().Add(consultation);
        await db.SaveChangesAsync(cancellationToken);
        return consultation;
    }

    public async Task<Result<Consultation>> EditAsync(StaffActor actor, int consultationId, ConsultationInput input, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(ConsultationsPermissions.ManageConsultations) is { } forbidden)
        {
            return forbidden;
        }

        var (consultation, refused) = await ConsultationAccess.ForWorkAsync(db, actor, consultationId, cancellationToken);
        if (consultation is null)
        {
            return refused!;
        }

        if (consultation.Status == ConsultationStatus.Withdrawn)
        {
            return Error.Conflict("การรับฟังความคิดเห็นนี้ยกเลิกแล้ว แก้ไขไม่ได้");
        }

        var (errors, opensOn, closesOn) = await ValidateAsync(actor, input, consultation, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<Consultation>.Fail(errors);
        }

        if (EditVersions.Claim(consultation, input.EditVersion) is { } stale)
        {
            return stale;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Apply(consultation, input, opensOn, closesOn, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        var published = consultation.Status == ConsultationStatus.Published;
        if (published)
        {
            await indexer.IndexAsync(consultation, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (published)
        {
            await contentVersion.BumpAsync(consultation.OrganizationId, cancellationToken);
        }

        return consultation;
    }

    private static void Apply(Consultation consultation, ConsultationInput input, DateOnly opensOn, DateOnly closesOn, DateTimeOffset now)
    {
        consultation.Title = input.Title!.Trim();
        consultation.Description = input.Description!.Trim();
        consultation.DepartmentId = input.DepartmentId;
        consultation.OpensOn = opensOn;
        consultation.ClosesOn = closesOn;
        consultation.UpdatedAt = now;
    }

    private async Task<(List<Error> Errors, DateOnly OpensOn, DateOnly ClosesOn)> ValidateAsync(
        StaffActor actor, ConsultationInput input, Consultation? before, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        TextFields.Required(errors, input.Title, ConsultationRules.Title, "Title", "กรุณาบอกเรื่องที่รับฟังความคิดเห็น", "เรื่อง");
        TextFields.Required(errors, input.Description, ConsultationRules.Description, "Description",
            "กรุณาอธิบายสิ่งที่เสนอและสิ่งที่อยากทราบจากประชาชน", "รายละเอียด");
        var opens = ThaiDateInput.Parse(input.OpensOn);
        var closes = ThaiDateInput.Parse(input.ClosesOn);
        if (opens.Error is { } openError)
        {
            errors.Add(Error.Invalid(openError, "OpensOn"));
        }

        if (closes.Error is { } closeError)
        {
            errors.Add(Error.Invalid(closeError, "ClosesOn"));
        }

        var opensOn = opens.Value ?? default;
        var closesOn = closes.Value ?? default;
        if (opens.Value is not null && closes.Value is not null)
        {
            DatesInOrder(errors, opensOn, closesOn);
            if (before is not null)
            {
                KeepsPromise(errors, before, opensOn, closesOn, BangkokTime.Today(clock));
            }
        }

        if (input.DepartmentId is { } departmentId && !await DepartmentChoices.IsOfferedAsync(db, departmentId, before?.DepartmentId, cancellationToken))
        {
            errors.Add(Error.Invalid("ไม่พบส่วนราชการที่เลือก", "DepartmentId"));
        }
        else if (!actor.HasFor(ConsultationsPermissions.ManageConsultations, input.DepartmentId))
        {
            errors.Add(Error.Invalid(input.DepartmentId is null
                ? "การรับฟังความคิดเห็นของทั้งหน่วยงานให้ผู้บริหารหรือผู้ดูแลระบบบันทึก กรุณาเลือกส่วนราชการของคุณ"
                : "คุณบันทึกได้เฉพาะการรับฟังความคิดเห็นของส่วนราชการที่คุณสังกัด", "DepartmentId"));
        }

        return (errors, opensOn, closesOn);
    }

    private static void DatesInOrder(List<Error> errors, DateOnly opensOn, DateOnly closesOn)
    {
        if (closesOn < opensOn)
        {
            errors.Add(Error.Invalid("วันสุดท้ายต้องไม่ก่อนวันเริ่มรับฟังความคิดเห็น", "ClosesOn"));
        }
        else if (closesOn.DayNumber - opensOn.DayNumber + 1 > ConsultationRules.LongestDays)
        {
            errors.Add(Error.Invalid($"รับฟังความคิดเห็นได้ไม่เกิน {ConsultationRules.LongestDays} วันต่อครั้ง", "ClosesOn"));
        }
    }

    /// <summary>What a published consultation promised its readers does not change under them.</summary>
    private static void KeepsPromise(List<Error> errors, Consultation before, DateOnly opensOn, DateOnly closesOn, DateOnly today)
    {
        if (before.Status != ConsultationStatus.Published || today < before.OpensOn)
        {
            return;
        }

        if (before.Summary is not null && (opensOn != before.OpensOn || closesOn != before.ClosesOn))
        {
            errors.Add(Error.Invalid("สรุปผลการรับฟังความคิดเห็นเผยแพร่แล้ว เปลี่ยนวันไม่ได้", "ClosesOn"));
            return;
        }

        if (opensOn != before.OpensOn)
        {
            errors.Add(Error.Invalid("เริ่มรับฟังความคิดเห็นไปแล้ว เปลี่ยนวันเริ่มไม่ได้", "OpensOn"));
        }

        if (closesOn < before.ClosesOn)
        {
            errors.Add(Error.Invalid("ประกาศวันสุดท้ายไปแล้ว เลื่อนให้เร็วขึ้นไม่ได้ ขยายเวลาได้อย่างเดียว", "ClosesOn"));
        }
    }
}
