using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>Which risk a member of the working group may work on: one that exists, of their own departments.</summary>
internal static class RiskAccess
{
    /// <summary>The risk, tracked for a change, or the error to answer instead.</summary>
    public static async Task<(CorruptionRisk? Risk, Error? Refused)> ForWorkAsync(
        ProngsaiDbContext db, StaffActor actor, int riskId, CancellationToken cancellationToken)
    {
        var risk = await db.Set<CorruptionRisk>().FirstOrDefaultAsync(r => r.Id == riskId, cancellationToken);
        if (risk is null)
        {
            return (null, Error.NotFound("ไม่พบความเสี่ยงนี้"));
        }

        return actor.HasFor(RisksPermissions.AssessRisks, risk.DepartmentId)
            ? (risk, null)
            : (null, Error.Forbidden("ความเสี่ยงนี้อยู่ในความรับผิดชอบของส่วนราชการอื่น"));
    }
}
