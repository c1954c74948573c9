using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Consultations;

/// <summary>Which consultation a member may work on: one that exists, of their own departments (the whole office's: organization-wide roles).</summary>
internal static class ConsultationAccess
{
    /// <summary>The consultation, tracked for a change, or the error to answer instead.</summary>
    public static async Task<(Consultation? Consultation, Error? Refused)> ForWorkAsync(
        ProngsaiDbContext db, StaffActor actor, int consultationId, CancellationToken cancellationToken)
    {
        var consultation = await db.Set<Consultation>().FirstOrDefaultAsync(c => c.Id == consultationId, cancellationToken);
        if (consultation is null)
        {
            return (null, Error.NotFound("ไม่พบการรับฟังความคิดเห็นนี้"));
        }

        return actor.HasFor(ConsultationsPermissions.ManageConsultations, consultation.DepartmentId)
            ? (consultation, null)
            : (null, Error.Forbidden("การรับฟังความคิดเห็นนี้อยู่ในความรับผิดชอบของส่วนราชการอื่น"));
    }
}
