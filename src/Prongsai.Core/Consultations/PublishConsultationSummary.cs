using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Consultations;

/// <summary>
/// Publishes what the office heard and what it did with it (สรุปผลการรับฟังความคิดเห็น), once the last day is over;
/// publishing again corrects it (the audit trail keeps the earlier text).
/// </summary>
public sealed class PublishConsultationSummary(ProngsaiDbContext db, ContentVersion contentVersion, ConsultationIndexer indexer, TimeProvider clock)
{
    public async Task<Result<Consultation>> RunAsync(StaffActor actor, int consultationId, string? summary, CancellationToken cancellationToken = default)
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

        var phase = consultation.PhaseOn(BangkokTime.Today(clock));
        if (phase is not (ConsultationPhase.AwaitingSummary or ConsultationPhase.Concluded))
        {
            return Error.Conflict(phase switch
            {
                ConsultationPhase.Draft => "เผยแพร่การรับฟังความคิดเห็นก่อน แล้วสรุปผลเมื่อครบกำหนด",
                ConsultationPhase.Withdrawn => "การรับฟังความคิดเห็นนี้ยกเลิกแล้ว",
                _ => $"ยังรับฟังความคิดเห็นอยู่ถึงวันที่ {ThaiDate.FormatLong(consultation.ClosesOn)} สรุปผลได้หลังจากนั้น",
            });
        }

        var errors = new List<Error>();
        TextFields.Required(errors, summary, ConsultationRules.Summary, "Summary",
            "กรุณาสรุปความคิดเห็นที่ได้รับและบอกว่าหน่วยงานนำไปใช้อย่างไร", "สรุปผล");
        if (errors.Count > 0)
        {
            return Result<Consultation>.Fail(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        consultation.Summary = summary!.Trim();
        consultation.SummaryPublishedAt = clock.GetUtcNow();
        consultation.SummaryBy = actor.UserName;
        await db.SaveChangesAsync(cancellationToken);
        await indexer.IndexAsync(consultation, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(consultation.OrganizationId, cancellationToken);
        return consultation;
    }
}
