using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;

namespace Prongsai.Core.Requests;

/// <summary>One row of the yearly statistics: a type in a month of the fiscal year.</summary>
public sealed record StatisticsRow(RequestKind Kind, string TypeName, YearMonth Month, int Received, int Closed, int Open, int Late, double? AverageDaysToClose)
{
    /// <summary>The type's name on English pages.</summary>
    public string TypeNameEnglish { get; init; } = "";
}

/// <summary>Requests of one type, department and month: received, answered, average days to the answer.</summary>
public sealed record DepartmentMonthRow(RequestKind Kind, int? DepartmentId, YearMonth Month, int Received, int Answered, double? AverageDaysToAnswer);

/// <summary>A type's whole fiscal year: the months added up, the average days to close weighted by the closed requests.</summary>
public sealed record StatisticsTotal(RequestKind Kind, string TypeName, int Received, int Closed, int Open, int Late, double? AverageDaysToClose)
{
    /// <summary>The type's name on English pages.</summary>
    public string TypeNameEnglish { get; init; } = "";
}

/// <summary>A fiscal year's statistics, with the totals per type and status.</summary>
public sealed record RequestStatisticsView(
    int FiscalYear, IReadOnlyList<StatisticsRow> Rows, IReadOnlyDictionary<(RequestKind Kind, RequestStatus Status), int> ByStatus,
    bool IncludesSamples);

/// <summary>
/// Counts of requests by type, month, status and time to close for one fiscal year — public (the ITA asks for yearly
/// complaint statistics), so it holds numbers only, never a subject or a name. Corruption complaints appear here and
/// nowhere else in public.
/// </summary>
public sealed class RequestStatistics(ProngsaiDbContext db, RequestTypes types, TimeProvider clock)
{
    /// <summary>
    /// The fiscal years the public statistics have: from the year of the earliest request of these kinds, or of the
    /// organization's start on the platform when that is earlier, to the current fiscal year.
    /// </summary>
    public async Task<(int First, int Last)> YearsAsync(DateTimeOffset organizationCreatedAt, IReadOnlyCollection<RequestKind> kinds, CancellationToken cancellationToken = default)
    {
        var kindList = kinds.ToList();
        var earliest = await db.Set<TrackedRequest>().AsNoTracking().Where(r => kindList.Contains(r.Type!.Kind))
            .OrderBy(r => r.ReceivedAt).Select(r => (DateTimeOffset?)r.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
        var last = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        var first = FiscalYear.ForDate(BangkokTime.DateOf(earliest is { } e && e < organizationCreatedAt ? e : organizationCreatedAt)).BeYear;
        return (Math.Min(first, last), last);
    }

    public async Task<RequestStatisticsView> ForYearAsync(int organizationId, int fiscalYear, IReadOnlyCollection<RequestKind> kinds, CancellationToken cancellationToken = default)
    {
        var year = new FiscalYear(fiscalYear);
        var from = BangkokTime.StartOf(year.Start);
        var to = BangkokTime.StartOf(year.End.AddDays(1));
        var kindList = kinds.ToList();
        var rows = await db.Set<TrackedRequest>().AsNoTracking()
            .Where(r => r.ReceivedAt >= from && r.ReceivedAt < to && kindList.Contains(r.Type!.Kind))
            .Select(r => new { r.Type!.Kind, r.ReceivedAt, r.ClosedAt, r.Status, r.DueOn, r.IsSample })
            .ToListAsync(cancellationToken);
        var names = (await types.ListAsync(organizationId, cancellationToken)).ToDictionary(t => t.Kind);
        var today = BangkokTime.Today(clock);
        var statistics = new List<StatisticsRow>();
        foreach (var kind in kindList.Order())
        {
            for (var month = year.FirstMonth; month <= year.LastMonth; month = month.AddMonths(1))
            {
                var inMonth = rows.Where(r => r.Kind == kind && YearMonth.FromDate(BangkokTime.DateOf(r.ReceivedAt)) == month).ToList();
                var closed = inMonth.Where(r => r.ClosedAt is not null).ToList();
                statistics.Add(new StatisticsRow(
                    kind, names.GetValueOrDefault(kind)?.Name ?? "", month, inMonth.Count, closed.Count, inMonth.Count - closed.Count,
                    inMonth.Count(r => r.ClosedAt is null ? r.DueOn < today : BangkokTime.DateOf(r.ClosedAt.Value) > r.DueOn),
                    closed.Count == 0 ? null : Math.Round(closed.Average(r => (r.ClosedAt!.Value - r.ReceivedAt).TotalDays), 1))
                {
                    TypeNameEnglish = names.GetValueOrDefault(kind)?.NameEnglish ?? "",
                });
            }
        }

        var byStatus = rows.GroupBy(r => (r.Kind, r.Status)).ToDictionary(g => g.Key, g => g.Count());
        return new RequestStatisticsView(fiscalYear, statistics, byStatus, rows.Any(r => r.IsSample));
    }

    /// <summary>
    /// Per type, department and month of a fiscal year, among the requests the caller may see: received, answered and
    /// the average days to the answer (Q&amp;A answer time; staff only, since it names departments).
    /// </summary>
    public static async Task<IReadOnlyList<DepartmentMonthRow>> PerDepartmentAsync(
        IQueryable<TrackedRequest> visible, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var year = new FiscalYear(fiscalYear);
        var from = BangkokTime.StartOf(year.Start);
        var to = BangkokTime.StartOf(year.End.AddDays(1));
        var rows = await visible.Where(r => r.ReceivedAt >= from && r.ReceivedAt < to)
            .Select(r => new { r.Type!.Kind, r.DepartmentId, r.ReceivedAt, r.AnsweredAt })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => (r.Kind, r.DepartmentId, Month: YearMonth.FromDate(BangkokTime.DateOf(r.ReceivedAt))))
            .OrderBy(g => g.Key.Kind).ThenBy(g => g.Key.DepartmentId).ThenBy(g => g.Key.Month)
            .Select(g =>
            {
                var answered = g.Where(r => r.AnsweredAt is not null).ToList();
                return new DepartmentMonthRow(g.Key.Kind, g.Key.DepartmentId, g.Key.Month, g.Count(), answered.Count,
                    answered.Count == 0 ? null : Math.Round(answered.Average(r => (r.AnsweredAt!.Value - r.ReceivedAt).TotalDays), 1));
            }).ToList();
    }

    /// <summary>
    /// Per type, the year's totals as the public page shows them above the months (and the printed report repeats), so
    /// both add up the same way.
    /// </summary>
    public static IReadOnlyList<StatisticsTotal> TotalsByType(RequestStatisticsView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Rows.GroupBy(r => (r.Kind, r.TypeName, r.TypeNameEnglish)).Select(g =>
        {
            var closed = g.Sum(r => r.Closed);
            var weighted = g.Where(r => r.AverageDaysToClose is not null).Sum(r => r.AverageDaysToClose!.Value * r.Closed);
            return new StatisticsTotal(g.Key.Kind, g.Key.TypeName, g.Sum(r => r.Received), closed, g.Sum(r => r.Open), g.Sum(r => r.Late),
                closed == 0 ? null : weighted / closed) { TypeNameEnglish = g.Key.TypeNameEnglish };
        }).ToList();
    }

    /// <summary>Header and rows for CSV and XLSX (Thai headers, invariant numbers, พ.ศ. months).</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) Table(RequestStatisticsView view)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        IReadOnlyList<string> header = ["ปีงบประมาณ", "ประเภทเรื่อง", "เดือน", "รับเรื่อง", "ปิดเรื่องแล้ว", "อยู่ระหว่างดำเนินการ", "เกินกำหนด", "เวลาเฉลี่ยจนปิดเรื่อง (วัน)"];
        var rows = view.Rows.Select(r => (IReadOnlyList<string>)
        [
            view.FiscalYear.ToString(inv), r.TypeName, ThaiDate.FormatMonthYear(r.Month), r.Received.ToString(inv), r.Closed.ToString(inv),
            r.Open.ToString(inv), r.Late.ToString(inv), r.AverageDaysToClose?.ToString("0.0", inv) ?? "",
        ]).ToList();
        return (header, rows);
    }
}
