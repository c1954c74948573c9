using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Gifts;

/// <summary>
/// The website's yearly gift report (/{org}/gifts/{year}) as ITA evidence (รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด
/// โดยธรรมจรรยา): each fiscal year with at least one decided report, and — since a year in which nobody received a gift
/// to report is still a report assessors accept — the fiscal year asked for even without one, unless it is still to come.
/// </summary>
public sealed class GiftsEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization, TimeProvider clock) : IEvidenceSource
{
    /// <summary>The first fiscal year the yearly page answers for (the law on gifts dates from 2561; older years have nothing).</summary>
    public const int FirstYear = 2550;

    public string Key => "gifts";

    public EvidenceHint Hint { get; } = new("รายงานการรับของขวัญของปีบนเว็บไซต์ (มีให้แม้ไม่มีผู้รับ) และรายงานที่ผู้บริหารพิจารณาแล้ว",
        "The year's gift report on the website (there even when nobody received a gift) and the reports decided", "gifts");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var thisYear = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        var decided = db.Set<GiftReport>().AsNoTracking().Where(g => g.Status == GiftReportStatus.Decided);
        if (fiscalYear is { } asked)
        {
            if (asked < FirstYear || asked > thisYear)
            {
                return [];
            }

            var year = new FiscalYear(asked);
            decided = decided.Where(g => g.ReceivedOn >= year.Start && g.ReceivedOn <= year.End);
        }

        var reports = await decided.Select(g => new { g.ReceivedOn, g.DecidedAt }).ToListAsync(cancellationToken);
        var years = reports.GroupBy(r => FiscalYear.ForDate(r.ReceivedOn).BeYear)
            .ToDictionary(g => g.Key, g => g.Max(r => r.DecidedAt));
        if (fiscalYear is { } nil)
        {
            years.TryAdd(nil, null);
        }

        return years.Where(y => y.Key is >= FirstYear && y.Key <= thisYear).OrderBy(y => y.Key)
            .Select(y => new EvidenceCandidate(Key, "report", y.Key.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด ปีงบประมาณ พ.ศ. {y.Key}"),
                PublicPath(organization.Slug, y.Key), y.Key, y.Value, ["gift-report"]))
            .ToList();
    }

    /// <summary>"/bangkha/gifts/2568": the yearly report of a fiscal year on the website.</summary>
    public static string PublicPath(string? slug, int fiscalYear) =>
        string.Create(CultureInfo.InvariantCulture, $"/{slug}/gifts/{fiscalYear}");
}
