using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Requests;

/// <summary>The public Q&amp;A page as ITA evidence (a two-way channel), once it holds an answered, published question.</summary>
public sealed class QaEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public string Key => "qa";

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var latest = await db.Set<TrackedRequest>().AsNoTracking().Where(r => r.Published && r.AnsweredAt != null)
            .OrderByDescending(r => r.AnsweredAt).Select(r => r.AnsweredAt).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? [] :
        [
            new EvidenceCandidate(Key, "page", "qa", "ถาม-ตอบ (Q&A)", $"/{organization.Slug}/qa", fiscalYear, latest, ["qa"]),
        ];
    }
}

/// <summary>The complaint handling rules page as evidence, once the organization has written its own.</summary>
public sealed class ComplaintRulesEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public string Key => "complaint-rules";

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var page = await db.OrganizationPages.AsNoTracking().Where(p => p.Key == ComplaintRules.PageKey)
            .Select(p => new { p.Title, p.UpdatedAt }).FirstOrDefaultAsync(cancellationToken);
        return page is null ? [] :
        [
            new EvidenceCandidate(Key, "page", ComplaintRules.PageKey, page.Title, $"/{organization.Slug}/complaints", fiscalYear, page.UpdatedAt,
                ["complaint-rules", "complaint-channels"]),
        ];
    }
}

/// <summary>The yearly complaint statistics (page and CSV/XLSX) as evidence, for each fiscal year that received complaints.</summary>
public sealed class ComplaintStatisticsEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public string Key => "complaint-statistics";

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var received = await db.Set<TrackedRequest>().AsNoTracking()
            .Where(r => r.Type!.Kind == RequestKind.Grievance || r.Type.Kind == RequestKind.Corruption)
            .Select(r => r.ReceivedAt).ToListAsync(cancellationToken);
        return received.Select(at => FiscalYear.ForDate(BangkokTime.DateOf(at)).BeYear).Distinct()
            .Where(year => fiscalYear is null || year == fiscalYear).Order()
            .Select(year => new EvidenceCandidate(Key, "statistics", year.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"สถิติเรื่องร้องเรียน ปีงบประมาณ พ.ศ. {year}"),
                string.Create(CultureInfo.InvariantCulture, $"/{organization.Slug}/complaints/statistics/{year}"), year, null, ["complaint-statistics"]))
            .ToList();
    }
}
