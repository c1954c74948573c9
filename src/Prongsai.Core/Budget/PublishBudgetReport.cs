using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Budget;

/// <summary>
/// An Executive approves a year's plan, its six-month report or its annual report for the public (ITA O18–O20). The
/// plan comes first; publishing again moves the date. The public cache is told (content stamp), and the audit trail
/// keeps who and when.
/// </summary>
public sealed class PublishBudgetReport(ProngsaiDbContext db, ContentVersion contentVersion, TimeProvider clock)
{
    public async Task<Result<BudgetReportPublication>> PublishAsync(
        StaffActor actor, int fiscalYear, BudgetReportKind kind, DateTimeOffset? publishedAt = null, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(FinancePermissions.PublishFinanceReports) is not null)
        {
            return Error.Forbidden("การอนุมัติเผยแพร่แผนและรายงานงบประมาณทำได้เฉพาะผู้บริหาร");
        }

        if (!Enum.IsDefined(kind))
        {
            return Error.Invalid("ไม่รู้จักรายงานที่จะเผยแพร่", "report");
        }

        var plan = await db.Set<BudgetPlan>().AsNoTracking().FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound(string.Create(CultureInfo.InvariantCulture, $"ยังไม่มีแผนการใช้จ่ายงบประมาณของปีงบประมาณ {fiscalYear}"));
        }

        if (!await db.Set<BudgetLine>().AnyAsync(l => l.PlanId == plan.Id, cancellationToken))
        {
            return Error.Invalid("แผนยังไม่มีรายการ จึงยังเผยแพร่ไม่ได้");
        }

        var publications = await db.Set<BudgetReportPublication>().Where(p => p.FiscalYear == fiscalYear).ToListAsync(cancellationToken);
        if (kind != BudgetReportKind.Plan && publications.All(p => p.Kind != BudgetReportKind.Plan))
        {
            return Error.Invalid("ต้องเผยแพร่แผนการใช้จ่ายงบประมาณก่อน จึงจะเผยแพร่รายงานผลได้");
        }

        var at = (publishedAt ?? clock.GetUtcNow()).ToUniversalTime();
        var publication = publications.FirstOrDefault(p => p.Kind == kind);
        var name = actor.UserName.Length > 200 ? actor.UserName[..200] : actor.UserName;
        if (publication is null)
        {
            publication = new BudgetReportPublication { FiscalYear = fiscalYear, Kind = kind, PublishedByUserId = actor.UserId ?? "", PublishedByName = name };
            db.Set<BudgetReportPublication>().Add(publication);
        }

        publication.PublishedAt = at;
        publication.PublishedByUserId = actor.UserId ?? "";
        publication.PublishedByName = name;
        await db.SaveChangesAsync(cancellationToken);
        db.AuditEntries.Add(new AuditEntry
        {
            OrganizationId = plan.OrganizationId,
            At = clock.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.AuditName,
            Entity = nameof(BudgetReportPublication),
            EntityId = publication.Id.ToString(CultureInfo.InvariantCulture),
            Action = AuditActions.Publish,
            Changes = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["FiscalYear"] = fiscalYear,
                ["Kind"] = kind.ToString(),
                ["PublishedAt"] = at.ToString("O", CultureInfo.InvariantCulture),
            }, AuditJson.Options),
        });
        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(plan.OrganizationId, cancellationToken);
        return publication;
    }
}
