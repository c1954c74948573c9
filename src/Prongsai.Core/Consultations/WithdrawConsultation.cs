using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Consultations;

/// <summary>
/// Takes a consultation off the website (or drops a draft), with a reason. Nothing is deleted: the opinions already
/// received stay in the back office, and the audit trail says who withdrew it and why.
/// </summary>
public sealed class WithdrawConsultation(ProngsaiDbContext db, ContentVersion contentVersion, ConsultationIndexer indexer, TimeProvider clock)
{
    public async Task<Result<Consultation>> RunAsync(StaffActor actor, int consultationId, string? reason, CancellationToken cancellationToken = default)
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
            return Error.Conflict("การรับฟังความคิดเห็นนี้ยกเลิกไปแล้ว");
        }

        var errors = new List<Error>();
        TextFields.Required(errors, reason, ConsultationRules.Reason, "Reason", "กรุณาบอกเหตุผลที่ยกเลิก", "เหตุผล");
        if (errors.Count > 0)
        {
            return Result<Consultation>.Fail(errors);
        }

        var wasPublished = consultation.Status == ConsultationStatus.Published;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        consultation.Status = ConsultationStatus.Withdrawn;
        consultation.WithdrawReason = reason!.Trim();
        consultation.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        await indexer.RemoveAsync(consultation, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (wasPublished)
        {
            await contentVersion.BumpAsync(consultation.OrganizationId, cancellationToken);
        }

        return consultation;
    }
}
