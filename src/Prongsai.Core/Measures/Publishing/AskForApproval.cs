using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures.Publishing;

/// <summary>
/// The approval flow made visible: a member who records progress but may not ask for publication sees who may and
/// asks them (an in-app notification); a request for approval tells every Executive who may approve.
/// </summary>
public sealed class AskForApproval(ProngsaiDbContext db, StaffDirectory directory, TimeProvider clock)
{
    /// <summary>Who may request approval for this member: organization-wide roles and heads of the member's departments.</summary>
    public Task<IReadOnlyList<StaffContact>> WhoCanRequestAsync(StaffActor actor, CancellationToken cancellationToken = default) =>
        directory.HoldingAsync(MeasurePermissions.RequestPublication, actor.IsOrganizationWide ? null : actor.DepartmentIds.ToList(), cancellationToken);

    public Task<IReadOnlyList<StaffContact>> WhoCanApproveAsync(CancellationToken cancellationToken = default) =>
        directory.HoldingAsync(MeasurePermissions.ApproveAndPublish, null, cancellationToken);

    /// <summary>A member who edits measures asks those who may request approval to do it.</summary>
    public async Task<Result<IReadOnlyList<StaffContact>>> AskToRequestAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(MeasurePermissions.EditMeasures) is { } forbidden)
        {
            return forbidden;
        }

        if (!await db.MeasurePlans.AnyAsync(p => p.FiscalYear == fiscalYear, cancellationToken))
        {
            return Error.NotFound("ไม่พบแผนมาตรการของปีงบประมาณนี้");
        }

        var recipients = (await WhoCanRequestAsync(actor, cancellationToken)).Where(c => c.UserId != actor.UserId).ToList();
        if (recipients.Count == 0)
        {
            return Error.Invalid("ยังไม่มีผู้ที่ขออนุมัติเผยแพร่ได้ในหน่วยงาน กรุณาติดต่อผู้ดูแลระบบของหน่วยงาน");
        }

        directory.Notify(recipients, new NotificationText(
                string.Create(CultureInfo.InvariantCulture, $"{actor.UserName} บันทึกความก้าวหน้ามาตรการปีงบประมาณ {fiscalYear} แล้ว และขอให้ส่งรายงานขออนุมัติเผยแพร่"),
                string.Create(CultureInfo.InvariantCulture, $"{actor.UserName} has recorded progress on the measures of fiscal year {fiscalYear} and asks you to request approval to publish the report")),
            clock.GetUtcNow(), string.Create(CultureInfo.InvariantCulture, $"measures/{fiscalYear}"));
        await db.SaveChangesAsync(cancellationToken);
        return recipients;
    }

    /// <summary>Called when approval is requested: every member who may approve is told (saved with the request).</summary>
    internal async Task TellApproversAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken)
    {
        var approvers = (await WhoCanApproveAsync(cancellationToken)).Where(c => c.UserId != actor.UserId);
        directory.Notify(approvers, new NotificationText(
                string.Create(CultureInfo.InvariantCulture, $"รายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ {fiscalYear} รออนุมัติเผยแพร่ (ขอโดย {actor.UserName})"),
                string.Create(CultureInfo.InvariantCulture, $"The report on integrity and transparency measures for fiscal year {fiscalYear} is waiting for approval to publish (requested by {actor.UserName})")),
            clock.GetUtcNow(), string.Create(CultureInfo.InvariantCulture, $"measures/{fiscalYear}"));
    }
}
