using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;

namespace Prongsai.Core.Gifts;

/// <summary>Which reports a list shows.</summary>
public enum GiftListFilter
{
    All = 0,

    /// <summary>Waiting for a decision.</summary>
    Waiting = 1,

    /// <summary>Decided to go back or to the office, not done yet.</summary>
    ToSettle = 2,

    Mine = 3,
}

/// <summary>A line of the staff list and of the register download.</summary>
public sealed record GiftRow(
    int Id, string ReceiverName, string ReceiverPosition, DateOnly ReceivedOn, string GiverName, GiverRelation GiverRelation,
    string Occasion, string Description, decimal Value, GiftReportStatus Status, GiftDecision? Decision, string? DecidedBy,
    DateOnly? SettledOn, DateTimeOffset ReportedAt);

/// <summary>A decided report as the website shows it: the receiver's position and the kind of giver, never names.</summary>
public sealed record PublicGiftRow(
    DateOnly ReceivedOn, string ReceiverPosition, GiverRelation GiverRelation, string Occasion, string Description, decimal Value,
    GiftDecision Decision, DateOnly? SettledOn);

/// <summary>One report as the member may see it, with what they may do with it.</summary>
public sealed record GiftReportView(GiftReport Report, bool MayDecide, bool MayWithdraw, bool MaySettle);

/// <summary>
/// Reads the register. Deciders and those who keep the register (the Auditor among them) see every report; everyone
/// else their own, and another's answers as if it did not exist.
/// </summary>
public sealed class GiftBoard(ProngsaiDbContext db)
{
    public const int PageSize = 50;

    public static bool SeesAll(StaffActor actor) =>
        actor.Has(GiftsPermissions.ViewGiftRegister) || actor.Has(GiftsPermissions.DecideGifts);

    public async Task<(IReadOnlyList<GiftRow> Rows, int Total)> ListAsync(
        StaffActor actor, GiftListFilter filter, FiscalYear? year, int page, CancellationToken cancellationToken = default)
    {
        var reports = Filtered(Visible(actor), actor, filter, year);
        var total = await reports.CountAsync(cancellationToken);
        var rows = await reports.OrderByDescending(g => g.ReportedAt).ThenByDescending(g => g.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(Row).ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>Every report of a fiscal year (by the day received) the member may see, oldest first: the register to download.</summary>
    public async Task<IReadOnlyList<GiftRow>> RegisterAsync(StaffActor actor, FiscalYear year, CancellationToken cancellationToken = default) =>
        await Filtered(Visible(actor), actor, GiftListFilter.All, year)
            .OrderBy(g => g.ReceivedOn).ThenBy(g => g.Id).Select(Row).ToListAsync(cancellationToken);

    public async Task<GiftReportView?> FindAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
    {
        var report = await Visible(actor).AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
        if (report is null)
        {
            return null;
        }

        var own = report.ReceiverUserId == actor.UserId;
        var decider = actor.Has(GiftsPermissions.DecideGifts);
        var waiting = report.Status == GiftReportStatus.Reported;
        return new GiftReportView(
            report,
            MayDecide: waiting && decider && DecideGift.MayDecideOn(report, actor),
            MayWithdraw: waiting && own && actor.Has(GiftsPermissions.ReportGifts),
            MaySettle: report.AwaitsSettlement && (decider || (own && actor.Has(GiftsPermissions.ReportGifts))));
    }

    /// <summary>The position the member gave on their latest report, to fill the next form with.</summary>
    public Task<string?> LastPositionAsync(StaffActor actor, CancellationToken cancellationToken = default) =>
        db.Set<GiftReport>().Where(g => g.ReceiverUserId == actor.UserId)
            .OrderByDescending(g => g.ReportedAt).Select(g => g.ReceiverPosition).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The decided reports of a fiscal year, by the day received: what the website's yearly report lists.</summary>
    public async Task<IReadOnlyList<PublicGiftRow>> PublishedAsync(FiscalYear year, CancellationToken cancellationToken = default) =>
        await db.Set<GiftReport>().AsNoTracking()
            .Where(g => g.Status == GiftReportStatus.Decided && g.ReceivedOn >= year.Start && g.ReceivedOn <= year.End)
            .OrderBy(g => g.ReceivedOn).ThenBy(g => g.Id)
            .Select(g => new PublicGiftRow(g.ReceivedOn, g.ReceiverPosition, g.GiverRelation, g.Occasion, g.Description, g.Value,
                g.Decision!.Value, g.SettledOn))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The months a year's report covers: the whole fiscal year once it is over, this one up to the current month; none
    /// for a year still to come. The website's page and the printed form show the same months.
    /// </summary>
    public static IReadOnlyList<YearMonth> MonthsReported(FiscalYear year, DateOnly today)
    {
        var last = year == FiscalYear.ForDate(today) ? YearMonth.FromDate(today) : year.LastMonth;
        var months = new List<YearMonth>();
        for (var month = year.FirstMonth; month <= last && year.Start <= today; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return months;
    }

    /// <summary>Reports waiting for a decision the member may take (never their own).</summary>
    public Task<int> WaitingForDecisionAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        var userId = actor.UserId ?? "";
        return db.Set<GiftReport>().CountAsync(g => g.Status == GiftReportStatus.Reported && g.ReceiverUserId != userId, cancellationToken);
    }

    /// <summary>The member's gifts the head said to return or hand over, not done yet.</summary>
    public Task<int> ToSettleAsync(string userId, CancellationToken cancellationToken = default) =>
        db.Set<GiftReport>().Where(g => g.ReceiverUserId == userId).CountAsync(AwaitingSettlement, cancellationToken);

    /// <summary>The register as a table (ทะเบียนรับรายงานการรับทรัพย์สินหรือประโยชน์อื่นใด), names included: for the office, not the website.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) RegisterTable(IEnumerable<GiftRow> reports)
    {
        IReadOnlyList<string> header =
        [
            "ลำดับ", "วันที่ได้รับ", "ผู้รับ", "ตำแหน่ง", "ผู้ให้", "ความเกี่ยวข้องกับผู้ให้", "โอกาส", "รายการ", "มูลค่า (บาท)",
            "วันที่รายงาน", "ผลการพิจารณา", "ผู้พิจารณา", "การดำเนินการ",
        ];
        var rows = reports.Select((g, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), ThaiDateInput.Format(g.ReceivedOn), g.ReceiverName, g.ReceiverPosition,
            g.GiverName, GiftTexts.Relation(g.GiverRelation), g.Occasion, g.Description, g.Value.ToString("0.00", CultureInfo.InvariantCulture),
            ThaiDateInput.Format(g.ReportedAt),
            GiftTexts.LineStatus(g.Status, g.Decision),
            // A withdrawal keeps who withdrew it in DecidedBy (the receiver); nobody decided on it.
            g.Status == GiftReportStatus.Decided ? g.DecidedBy ?? "" : "", GiftTexts.Settlement(g.Decision, g.SettledOn),
        ]).ToList();
        return (header, rows);
    }

    public static byte[] RegisterCsv(IEnumerable<GiftRow> reports)
    {
        var (header, rows) = RegisterTable(reports);
        return CsvFiles.ToFile(header, rows);
    }

    /// <summary>The website's yearly report as open data: the same columns as its table, without names.</summary>
    public static byte[] PublishedCsv(IEnumerable<PublicGiftRow> reports)
    {
        IReadOnlyList<string> header =
            ["ลำดับ", "วันที่ได้รับ", "ตำแหน่งผู้รับ", "ผู้ให้", "โอกาส", "รายการ", "มูลค่า (บาท)", "ผลการพิจารณา", "การดำเนินการ"];
        var rows = reports.Select((g, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), ThaiDateInput.Format(g.ReceivedOn), g.ReceiverPosition,
            GiftTexts.Relation(g.GiverRelation), g.Occasion, g.Description, g.Value.ToString("0.00", CultureInfo.InvariantCulture),
            GiftTexts.Decision(g.Decision), GiftTexts.Settlement(g.Decision, g.SettledOn),
        ]).ToList();
        return CsvFiles.ToFile(header, rows);
    }

    private IQueryable<GiftReport> Visible(StaffActor actor)
    {
        if (SeesAll(actor))
        {
            return db.Set<GiftReport>();
        }

        if (actor.UserId is not { } userId || !actor.IsMember)
        {
            return db.Set<GiftReport>().Where(g => false);
        }

        return db.Set<GiftReport>().Where(g => g.ReceiverUserId == userId);
    }

    private static IQueryable<GiftReport> Filtered(IQueryable<GiftReport> reports, StaffActor actor, GiftListFilter filter, FiscalYear? year)
    {
        var userId = actor.UserId ?? "";
        reports = filter switch
        {
            GiftListFilter.Waiting => reports.Where(g => g.Status == GiftReportStatus.Reported),
            GiftListFilter.ToSettle => reports.Where(AwaitingSettlement),
            GiftListFilter.Mine => reports.Where(g => g.ReceiverUserId == userId),
            _ => reports,
        };
        if (year is { } fiscalYear)
        {
            reports = reports.Where(g => g.ReceivedOn >= fiscalYear.Start && g.ReceivedOn <= fiscalYear.End);
        }

        return reports;
    }

    /// <summary><see cref="GiftReport.AwaitsSettlement"/> as a query.</summary>
    private static readonly System.Linq.Expressions.Expression<Func<GiftReport, bool>> AwaitingSettlement =
        g => g.Status == GiftReportStatus.Decided && g.Decision != GiftDecision.Keep && g.SettledOn == null;

    private static System.Linq.Expressions.Expression<Func<GiftReport, GiftRow>> Row => g => new GiftRow(
        g.Id, g.ReceiverName, g.ReceiverPosition, g.ReceivedOn, g.GiverName, g.GiverRelation, g.Occasion, g.Description, g.Value,
        g.Status, g.Decision, g.DecidedBy, g.SettledOn, g.ReportedAt);
}
