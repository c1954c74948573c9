using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Satisfaction;

/// <summary>
/// Publishes a fiscal year's report of the survey once the year is over (its answers can no longer change), with what
/// the office learned and will improve; publishing again corrects the findings and keeps the first publication's date (the audit trail keeps the earlier text).
/// </summary>
public sealed class PublishSatisfactionReport(ProngsaiDbContext db, ContentVersion contentVersion, TimeProvider clock)
{
    public async Task<Result<SatisfactionReport>> RunAsync(StaffActor actor, int fiscalYear, string? findings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (actor.Lacks(SatisfactionPermissions.PublishSatisfactionReport) is { } forbidden)
        {
            return forbidden;
        }

        var thisYear = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        if (fiscalYear < SatisfactionRules.FirstYear || fiscalYear > thisYear)
        {
            return Error.NotFound("ไม่พบปีงบประมาณนี้");
        }

        if (fiscalYear == thisYear)
        {
            return Error.Conflict($"ปีงบประมาณ พ.ศ. {fiscalYear} ยังไม่สิ้นสุด เผยแพร่รายงานได้ตั้งแต่วันที่ 1 ตุลาคม {fiscalYear}");
        }

        if (!await db.Set<SatisfactionResponse>().AnyAsync(r => r.FiscalYear == fiscalYear, cancellationToken))
        {
            return Error.Conflict($"ยังไม่มีผู้ตอบแบบประเมินในปีงบประมาณ พ.ศ. {fiscalYear}");
        }

        var errors = new List<Error>();
        TextFields.Required(errors, findings, SatisfactionRules.Findings, "Findings",
            "กรุณาสรุปสิ่งที่พบจากผลการประเมินและสิ่งที่หน่วยงานจะปรับปรุง", "ผลการวิเคราะห์และการนำไปปรับปรุง");
        if (errors.Count > 0)
        {
            return Result<SatisfactionReport>.Fail(errors);
        }

        var report = await db.Set<SatisfactionReport>().FirstOrDefaultAsync(r => r.FiscalYear == fiscalYear, cancellationToken);
        if (report is null || report.IsSample)
        {
            // A first publication; the demo's sample report is replaced, not corrected.
            report ??= db.Set<SatisfactionReport>().Add(new SatisfactionReport { FiscalYear = fiscalYear, Findings = "", PublishedBy = "" }).Entity;
            report.PublishedAt = clock.GetUtcNow();
            report.PublishedBy = actor.UserName;
            report.CorrectedAt = null;
            report.CorrectedBy = null;
        }
        else
        {
            // A correction keeps the date of the first publication, which is what an assessor checks against the deadline.
            report.CorrectedAt = clock.GetUtcNow();
            report.CorrectedBy = actor.UserName;
        }

        report.Findings = findings!.Trim();
        report.IsSample = false;
        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(report.OrganizationId, cancellationToken);
        return report;
    }
}
