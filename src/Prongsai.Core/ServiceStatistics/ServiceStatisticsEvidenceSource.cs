using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>
/// The website's yearly service statistics (/{org}/service-statistics/{year}) as ITA evidence (ข้อมูลสถิติการให้บริการ):
/// each fiscal year in which the office recorded at least one month of a service it counts by hand. The figures Prongsai
/// counts by itself (questions, complaints, loans) are on the same page but do not make it evidence alone: assessors
/// ask for the office's own services.
/// </summary>
public sealed class ServiceStatisticsEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public string Key => "service-statistics";

    public EvidenceHint Hint { get; } = new("บันทึกสถิติการให้บริการของเดือนในปี",
        "Record the service statistics of the year's months", "service-statistics");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var recorded = await db.Set<ServiceMonthCount>().AsNoTracking()
            .GroupBy(c => c.Month).Select(g => new { Month = g.Key, Latest = g.Max(c => c.RecordedAt) }).ToListAsync(cancellationToken);
        return recorded.GroupBy(r => FiscalYear.ForDate(r.Month).BeYear)
            .Where(g => fiscalYear is null || g.Key == fiscalYear).OrderBy(g => g.Key)
            .Select(g => new EvidenceCandidate(Key, "statistics", g.Key.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"ข้อมูลสถิติการให้บริการ ปีงบประมาณ พ.ศ. {g.Key}"),
                PublicPath(organization.Slug, g.Key), g.Key, g.Max(r => r.Latest), ["service-statistics"]))
            .ToList();
    }

    /// <summary>"/bangkha/service-statistics/2568": a fiscal year's service statistics on the website.</summary>
    public static string PublicPath(string? slug, int fiscalYear) =>
        string.Create(CultureInfo.InvariantCulture, $"/{slug}/service-statistics/{fiscalYear}");
}
