using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Ledger;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Measures.Publishing;

/// <summary>Each fiscal year's published measures report (its latest version) as evidence.</summary>
public sealed class MeasuresReportEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public string Key => "measures-report";

    public EvidenceHint Hint { get; } = new("เผยแพร่รายงานผลการดำเนินการตามมาตรการของปี",
        "Publish the year's measures report", "measures");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var versions = await db.MeasureReportVersions.AsNoTracking()
            .Where(v => fiscalYear == null || v.FiscalYear == fiscalYear)
            .Select(v => new { v.Id, v.FiscalYear, v.Version, v.PublishedAt })
            .ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.FiscalYear).Select(g => g.MaxBy(v => v.Version)!)
            .OrderBy(v => v.FiscalYear)
            .Select(v => new EvidenceCandidate(
                Key, LedgerItemTypes.MeasuresReport, v.Id.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ {v.FiscalYear}"),
                string.Create(CultureInfo.InvariantCulture, $"/{organization.Slug}/measures/{v.FiscalYear}"),
                v.FiscalYear, v.PublishedAt, ["measures-report"]))
            .ToList();
    }
}
