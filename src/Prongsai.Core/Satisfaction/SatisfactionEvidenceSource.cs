using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Satisfaction;

/// <summary>
/// Each fiscal year's published report (/{org}/satisfaction/{year}) as ITA evidence: the report of the satisfaction
/// survey (classic O16, "satisfaction-survey-report", which asks for the previous year's report).
/// </summary>
public sealed class SatisfactionEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public const string SourceKey = "satisfaction";
    public const string ReportItem = "satisfaction-survey-report";

    public string Key => SourceKey;

    public EvidenceHint Hint { get; } = new("เผยแพร่รายงานผลความพึงพอใจการให้บริการของปี",
        "Publish the year's satisfaction report", "satisfaction");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var reports = await db.Set<SatisfactionReport>().AsNoTracking()
            .Where(r => fiscalYear == null || r.FiscalYear == fiscalYear)
            .OrderBy(r => r.FiscalYear).Select(r => new { r.FiscalYear, r.PublishedAt })
            .ToListAsync(cancellationToken);
        return reports.Select(r => new EvidenceCandidate(Key, "report", r.FiscalYear.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"รายงานผลการสำรวจความพึงพอใจการให้บริการ ปีงบประมาณ พ.ศ. {r.FiscalYear}"),
                SatisfactionPaths.PublicReport(organization.Slug, r.FiscalYear), r.FiscalYear, r.PublishedAt, [ReportItem]))
            .ToList();
    }
}

/// <summary>Addresses of the survey on the website and in the back office.</summary>
public static class SatisfactionPaths
{
    /// <summary>The form, with the list of published reports.</summary>
    public static string PublicForm(string? slug) => "/" + slug + "/satisfaction";

    /// <summary>The form with a department chosen beforehand, for the poster at that department's counter.</summary>
    public static string PublicForm(string? slug, int departmentId) =>
        string.Create(CultureInfo.InvariantCulture, $"/{slug}/satisfaction?department={departmentId}");

    public static string PublicReport(string? slug, int fiscalYear) =>
        string.Create(CultureInfo.InvariantCulture, $"/{slug}/satisfaction/{fiscalYear}");

    /// <summary>Relative to the organization's back office (the dashboard links to it).</summary>
    public static string Staff(int fiscalYear) => string.Create(CultureInfo.InvariantCulture, $"satisfaction/{fiscalYear}");
}
