using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Consultations;

/// <summary>
/// Leaves an opinion out of the count — spam, abuse, the same text sent twice — with a reason, or takes it back in.
/// Nothing is deleted, so a wrong decision is undone with one click and the audit trail shows both.
/// </summary>
public sealed class CountOpinion(ProngsaiDbContext db, ContentVersion contentVersion)
{
    public async Task<Result<Opinion>> ExcludeAsync(StaffActor actor, int opinionId, string? reason, CancellationToken cancellationToken = default)
    {
        var errors = new List<Error>();
        TextFields.Required(errors, reason, ConsultationRules.Reason, "Reason", "กรุณาบอกเหตุผลที่ไม่นับความคิดเห็นนี้", "เหตุผล");
        return await SetAsync(actor, opinionId, errors, true, reason?.Trim(), cancellationToken);
    }

    public Task<Result<Opinion>> RestoreAsync(StaffActor actor, int opinionId, CancellationToken cancellationToken = default) =>
        SetAsync(actor, opinionId, [], false, null, cancellationToken);

    private async Task<Result<Opinion>> SetAsync(
        StaffActor actor, int opinionId, List<Error> errors, bool excluded, string? reason, CancellationToken cancellationToken)
    {
        if (actor.Lacks(ConsultationsPermissions.ManageConsultations) is { } forbidden)
        {
            return forbidden;
        }

        var opinion = await db.Set<Opinion>().FirstOrDefaultAsync(o => o.Id == opinionId, cancellationToken);
        if (opinion is null)
        {
            return Error.NotFound("ไม่พบความคิดเห็นนี้");
        }

        var (consultation, refused) = await ConsultationAccess.ForWorkAsync(db, actor, opinion.ConsultationId, cancellationToken);
        if (consultation is null)
        {
            return refused!;
        }

        if (consultation.Summary is not null)
        {
            return Error.Conflict("สรุปผลการรับฟังความคิดเห็นเผยแพร่แล้ว จำนวนความคิดเห็นเปลี่ยนไม่ได้");
        }

        if (errors.Count > 0)
        {
            return Result<Opinion>.Fail(errors);
        }

        opinion.Excluded = excluded;
        opinion.ExcludedReason = reason;
        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(opinion.OrganizationId, cancellationToken);
        return opinion;
    }
}
