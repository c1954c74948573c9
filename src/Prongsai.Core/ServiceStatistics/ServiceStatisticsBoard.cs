using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>
/// One service's fiscal year: a figure per month from October (null: not recorded, or not begun yet) and the year's
/// total of what was recorded. <paramref name="ServiceId"/> is null for a service counted from Prongsai's own records.
/// </summary>
public sealed record ServiceYearRow(
    int? ServiceId, string Name, string Unit, string? Department, IReadOnlyList<int?> Months, bool Retired)
{
    public int Total => Months.Sum(m => m ?? 0);

    /// <summary>The name on English pages, for the rows Prongsai counts itself; an office's own services have none.</summary>
    public string? NameEnglish { get; init; }

    /// <summary>The unit on English pages, for the rows Prongsai counts itself.</summary>
    public string? UnitEnglish { get; init; }

    /// <summary>Months that have a figure.</summary>
    public int Recorded => Months.Count(m => m is not null);

    /// <summary>Of the first <paramref name="months"/> months (those that have ended), how many have a figure.</summary>
    public int RecordedOf(int months) => Months.Take(months).Count(m => m is not null);
}

/// <summary>
/// A fiscal year's service statistics: the services the office counts by hand, and those Prongsai counts from its own
/// records (questions, complaints, loans asked for). <see cref="Begun"/> is how many of the twelve months have begun,
/// <see cref="Ended"/> how many are over: a month in progress is not yet "not recorded", since its figure is written
/// once it ends.
/// </summary>
public sealed record ServiceStatisticsView(
    int FiscalYear, IReadOnlyList<YearMonth> Months, int Begun, int Ended, IReadOnlyList<ServiceYearRow> Counted, IReadOnlyList<ServiceYearRow> Online,
    bool IncludesSamples)
{
    public bool IsEmpty => Counted.All(r => r.Recorded == 0) && Online.All(r => r.Total == 0);
}

/// <summary>A service on the month's form: what is recorded now, and whether this member may change it.</summary>
public sealed record MonthFormLine(int ServiceId, string Name, string Unit, string? Department, int? Count, string? RecordedBy, DateTimeOffset? RecordedAt);

/// <summary>The reads of the service statistics: the public year, the month's form, and what waits to be recorded.</summary>
public sealed class ServiceStatisticsBoard(ProngsaiDbContext db, RequestStatistics requests, TimeProvider clock)
{
    /// <summary>The fiscal year as the public page, the staff page and the downloads show it.</summary>
    public async Task<ServiceStatisticsView> ForYearAsync(int organizationId, int fiscalYear, CancellationToken cancellationToken = default)
    {
        var year = new FiscalYear(fiscalYear);
        var months = Enumerable.Range(0, 12).Select(year.FirstMonth.AddMonths).ToList();
        var thisMonth = YearMonth.FromDate(BangkokTime.Today(clock));
        var begun = months.Count(m => m <= thisMonth);
        var ended = months.Count(m => m < thisMonth);
        var departments = await DepartmentNamesAsync(cancellationToken);

        var counts = (await db.Set<ServiceMonthCount>().AsNoTracking()
                .Where(c => c.Month >= year.Start && c.Month <= year.End)
                .Select(c => new { c.ServiceId, c.Month, c.Count }).ToListAsync(cancellationToken))
            .ToDictionary(c => (c.ServiceId, c.Month), c => c.Count);
        var withFigures = counts.Keys.Select(k => k.ServiceId).ToHashSet();
        var counted = await db.Set<CountedService>().AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var rows = counted
            .Where(s => s.IsAskedFor(year.FirstMonth) || withFigures.Contains(s.Id))
            .Select(s => new ServiceYearRow(s.Id, s.Name, s.Unit, NameOf(departments, s.DepartmentId),
                months.Select(m => counts.TryGetValue((s.Id, m.FirstDay), out var count) ? count : (int?)null).ToList(),
                s.RetiredAt is not null))
            .ToList();

        var online = await OnlineAsync(organizationId, year, months, begun, cancellationToken);
        var samples = online.IncludesSamples || counted.Any(s => s.IsSample && withFigures.Contains(s.Id));
        return new ServiceStatisticsView(fiscalYear, months, begun, ended, rows, online.Rows, samples);
    }

    /// <summary>
    /// The services this member records, as the month's form lists them: those still given in that month (retired on or
    /// after its first day), with the figure recorded so far.
    /// </summary>
    public async Task<IReadOnlyList<MonthFormLine>> MonthFormAsync(StaffActor actor, YearMonth month, CancellationToken cancellationToken = default)
    {
        var departments = await DepartmentNamesAsync(cancellationToken);
        var services = await db.Set<CountedService>().AsNoTracking().OrderBy(s => s.SortOrder).ThenBy(s => s.Name).ToListAsync(cancellationToken);
        var first = month.FirstDay;
        var figures = await db.Set<ServiceMonthCount>().AsNoTracking().Where(c => c.Month == first).ToDictionaryAsync(c => c.ServiceId, cancellationToken);
        return services.Where(s => s.IsAskedFor(month) && actor.HasFor(ServiceStatisticsPermissions.RecordServiceStatistics, s.DepartmentId))
            .Select(s => figures.GetValueOrDefault(s.Id) is { } f
                ? new MonthFormLine(s.Id, s.Name, s.Unit, NameOf(departments, s.DepartmentId), f.Count, f.RecordedBy, f.RecordedAt)
                : new MonthFormLine(s.Id, s.Name, s.Unit, NameOf(departments, s.DepartmentId), null, null, null))
            .ToList();
    }

    /// <summary>Every service of the office with its state, for the staff list (retired ones last).</summary>
    public async Task<IReadOnlyList<(CountedService Service, string? Department)>> ServicesAsync(CancellationToken cancellationToken = default)
    {
        var departments = await DepartmentNamesAsync(cancellationToken);
        var services = await db.Set<CountedService>().AsNoTracking().OrderBy(s => s.RetiredAt != null).ThenBy(s => s.SortOrder).ThenBy(s => s.Name)
            .ToListAsync(cancellationToken);
        return services.Select(s => (s, NameOf(departments, s.DepartmentId))).ToList();
    }

    /// <summary>
    /// The month that has just ended, and how many of the services this member records have no figure for it (zero
    /// when the office counts nothing by hand yet).
    /// </summary>
    public async Task<(YearMonth Month, int Missing)> LastMonthMissingAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        var lastMonth = YearMonth.FromDate(BangkokTime.Today(clock)).AddMonths(-1);
        var lines = await MonthFormAsync(actor, lastMonth, cancellationToken);
        return (lastMonth, lines.Count(l => l.Count is null));
    }

    private async Task<Dictionary<int, string>> DepartmentNamesAsync(CancellationToken cancellationToken) =>
        await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);

    private static string? NameOf(Dictionary<int, string> departments, int? id) =>
        id is { } known && departments.TryGetValue(known, out var name) ? name : null;

    /// <summary>
    /// What Prongsai counts from its own records, by the month a citizen asked: each kind of request it received, and
    /// requests to borrow property from people outside the office (withdrawn ones not counted). A kind nobody used in
    /// the year is left out.
    /// </summary>
    private async Task<(List<ServiceYearRow> Rows, bool IncludesSamples)> OnlineAsync(
        int organizationId, FiscalYear year, List<YearMonth> months, int begun, CancellationToken cancellationToken)
    {
        var rows = new List<ServiceYearRow>();
        var view = await requests.ForYearAsync(organizationId, year.BeYear, [RequestKind.Question, RequestKind.Grievance, RequestKind.Corruption], cancellationToken);
        foreach (var kind in view.Rows.GroupBy(r => (r.Kind, r.TypeName, r.TypeNameEnglish)).Where(g => g.Sum(r => r.Received) > 0))
        {
            var byMonth = kind.ToDictionary(r => r.Month, r => r.Received);
            rows.Add(new ServiceYearRow(null, kind.Key.TypeName, "เรื่อง", null, Figures(months, begun, m => byMonth.GetValueOrDefault(m)), false)
            {
                NameEnglish = kind.Key.TypeNameEnglish, UnitEnglish = "requests",
            });
        }

        var from = BangkokTime.StartOf(year.Start);
        var to = BangkokTime.StartOf(year.End.AddDays(1));
        var loans = await db.Set<AssetLoan>().AsNoTracking()
            .Where(l => l.BorrowerUserId == null && l.Status != AssetLoanStatus.Withdrawn && l.RequestedAt >= from && l.RequestedAt < to)
            .Select(l => l.RequestedAt).ToListAsync(cancellationToken);
        if (loans.Count > 0)
        {
            var byMonth = loans.GroupBy(at => YearMonth.FromDate(BangkokTime.DateOf(at))).ToDictionary(g => g.Key, g => g.Count());
            rows.Add(new ServiceYearRow(null, "ยืมทรัพย์สินของทางราชการ (ประชาชนและหน่วยงานภายนอก)", "คำขอ", null,
                Figures(months, begun, m => byMonth.GetValueOrDefault(m)), false)
            {
                NameEnglish = "Borrowing the office's property (the public and other agencies)", UnitEnglish = "requests",
            });
        }

        return (rows, view.IncludesSamples);
    }

    private static List<int?> Figures(List<YearMonth> months, int begun, Func<YearMonth, int> count) =>
        months.Select((m, i) => i < begun ? count(m) : (int?)null).ToList();
}
