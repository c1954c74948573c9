using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Consultations;

/// <summary>Puts a draft consultation on the website; from its first day the form takes opinions.</summary>
public sealed class PublishConsultation(ProngsaiDbContext db, ContentVersion contentVersion, ConsultationIndexer indexer, TimeProvider clock)
{
    public async Task<Result<Consultation>> RunAsync(StaffActor actor, int consultationId, CancellationToken cancellationToken = default)
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

        if (consultation.Status != ConsultationStatus.Draft)
        {
            return Error.Conflict(consultation.Status == ConsultationStatus.Published
                ? "การรับฟังความคิดเห็นนี้เผยแพร่แล้ว"
                : "การรับฟังความคิดเห็นนี้ยกเลิกแล้ว เผยแพร่ไม่ได้");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        consultation.Status = ConsultationStatus.Published;
        consultation.PublishedAt = clock.GetUtcNow();
        consultation.PublishedBy = actor.UserName;
        await db.SaveChangesAsync(cancellationToken);
        await indexer.IndexAsync(consultation, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await contentVersion.BumpAsync(consultation.OrganizationId, cancellationToken);
        return consultation;
    }
}
