using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Procurement;

/// <summary>
/// The Executive approves the monthly summaries (สขร.1; one or several months at once) and the annual report for the
/// public. A month is published once: later corrections to its lines show at once (the page reads the records), and
/// the publication records who approved and when.
/// </summary>
public sealed class PublishProcurementReports(
    ProngsaiDbContext db, ContentVersion contentVersion, CurrentOrganization organization, TimeProvider clock)
{
    /// <summary>Publishes the months not yet published among <paramref name="months"/>; returns how many were new.</summary>
    public async Task<Result<int>> PublishMonthsAsync(StaffActor actor, int fiscalYear, IReadOnlyCollection<YearMonth> months, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(FinancePermissions.PublishFinanceReports) is { } forbidden)
        {
            return forbidden;
        }

        if (ManageProcurementPlan.CheckYear(fiscalYear) is { } badYear)
        {
            return badYear;
        }

        var year = new FiscalYear(fiscalYear);
        if (months.Count == 0)
        {
            return Error.Invalid("กรุณาเลือกเดือนที่จะเผยแพร่", "Months");
        }

        if (months.FirstOrDefault(m => !year.Contains(m)) is { Year: > 0 } outside)
        {
            return Error.Invalid($"เดือน{ThaiDate.FormatMonthYear(outside)} ไม่อยู่ใน{year.ThaiName}", "Months");
        }

        var today = YearMonth.FromDate(BangkokTime.Today(clock));
        if (months.Any(m => m > today))
        {
            return Error.Invalid("เผยแพร่สรุปของเดือนที่ยังไม่ถึงไม่ได้", "Months");
        }

        var existing = await db.Set<ProcurementReportPublication>().AsNoTracking()
            .Where(p => p.FiscalYear == fiscalYear && p.Kind == ProcurementReportKind.Monthly)
            .Select(p => p.Month).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var month in months.Distinct().Where(m => !existing.Contains(m.FirstDay)))
        {
            db.Add(Publication(actor, fiscalYear, ProcurementReportKind.Monthly, month.FirstDay));
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(organization.OrganizationId!.Value, cancellationToken);
        return added;
    }

    public async Task<Result<ProcurementReportPublication>> PublishAnnualAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(FinancePermissions.PublishFinanceReports) is { } forbidden)
        {
            return forbidden;
        }

        if (ManageProcurementPlan.CheckYear(fiscalYear) is { } badYear)
        {
            return badYear;
        }

        if (await db.Set<ProcurementReportPublication>().AnyAsync(p => p.FiscalYear == fiscalYear && p.Kind == ProcurementReportKind.Annual, cancellationToken))
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture, $"รายงานผลการจัดซื้อจัดจ้างประจำปี {fiscalYear} เผยแพร่แล้ว"));
        }

        var publication = db.Add(Publication(actor, fiscalYear, ProcurementReportKind.Annual, null)).Entity;
        await db.SaveChangesAsync(cancellationToken);
        await contentVersion.BumpAsync(organization.OrganizationId!.Value, cancellationToken);
        return publication;
    }

    private ProcurementReportPublication Publication(StaffActor actor, int fiscalYear, ProcurementReportKind kind, DateOnly? month) => new()
    {
        FiscalYear = fiscalYear, Kind = kind, Month = month, PublishedAt = clock.GetUtcNow(),
        PublishedByUserId = actor.UserId ?? "", PublishedByName = actor.UserName,
    };
}
