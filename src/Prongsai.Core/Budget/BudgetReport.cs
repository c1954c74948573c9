namespace Prongsai.Core.Budget;

/// <summary>One line as a report shows it: the structure, the amount, its 12 months (null = nothing entered or not public).</summary>
public sealed record BudgetReportLine(
    int Id, int Ordinal, string? SectorCode, string Sector, string? ProgramCode, string Program, string? WorkCode, string Work,
    BudgetCategory Category, string Subcategory, string Item, int? DepartmentId, string DepartmentName, decimal Amount,
    IReadOnlyList<decimal?> Planned, IReadOnlyList<decimal?> Disbursed)
{
    public decimal PlannedTotal => Planned.Sum(p => p ?? 0);
    public decimal DisbursedTotal => Disbursed.Sum(d => d ?? 0);
}

/// <summary>Plan against actual for one group (a department, a งบ): amount, disbursed, and the share disbursed.</summary>
public sealed record BudgetGroupTotal(string Name, decimal Amount, decimal Planned, decimal Disbursed)
{
    /// <summary>Per cent of the amount disbursed, rounded to two decimals; 0 when the amount is 0.</summary>
    public decimal PercentDisbursed => Amount == 0 ? 0 : decimal.Round(Disbursed * 100 / Amount, 2);
}

/// <summary>One month of the year: planned and disbursed in the month and cumulated from ตุลาคม.</summary>
public sealed record BudgetMonthTotal(int FiscalMonth, string Label, decimal Planned, decimal Disbursed, decimal PlannedCumulative, decimal DisbursedCumulative, bool Shown);

/// <summary>When a document of the year was published, and by whom.</summary>
public sealed record BudgetPublicationInfo(BudgetReportKind Kind, DateTimeOffset PublishedAt, string PublishedBy);

/// <summary>
/// A plan or report of one fiscal year, with only what its reader may see: the public gets the plan once it is
/// published and disbursements of the months its published reports cover; staff see everything.
/// </summary>
public sealed record BudgetReport(
    string OrganizationSlug, string OrganizationName, int FiscalYear, BudgetReportKind Kind, BudgetPlanningPeriod PlanningPeriod,
    DateOnly? AllocatedOn, bool IsSample, IReadOnlyList<BudgetReportLine> Lines, IReadOnlyList<BudgetPublicationInfo> Publications,
    int DisbursementMonthsShown)
{
    public string Title => BudgetNames.Thai(Kind) + " ประจำปีงบประมาณ พ.ศ. " + FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public decimal Amount => Lines.Sum(l => l.Amount);
    public decimal Planned => Lines.Sum(l => l.PlannedTotal);
    public decimal Disbursed => Lines.Sum(l => l.DisbursedTotal);
    public decimal PercentDisbursed => Amount == 0 ? 0 : decimal.Round(Disbursed * 100 / Amount, 2);

    public BudgetPublicationInfo? Publication(BudgetReportKind kind) => Publications.FirstOrDefault(p => p.Kind == kind);

    public IReadOnlyList<BudgetGroupTotal> ByDepartment() => Group(l => l.DepartmentName);

    public IReadOnlyList<BudgetGroupTotal> ByCategory() =>
        BudgetNames.AllCategories
            .Select(c => Lines.Where(l => l.Category == c).ToList())
            .Where(g => g.Count > 0)
            .Select(g => new BudgetGroupTotal(BudgetNames.Thai(g[0].Category), g.Sum(l => l.Amount), g.Sum(l => l.PlannedTotal), g.Sum(l => l.DisbursedTotal)))
            .ToList();

    public IReadOnlyList<BudgetMonthTotal> ByMonth()
    {
        var result = new List<BudgetMonthTotal>();
        decimal plannedSum = 0, disbursedSum = 0;
        for (var m = 1; m <= 12; m++)
        {
            var planned = Lines.Sum(l => l.Planned[m - 1] ?? 0);
            var disbursed = Lines.Sum(l => l.Disbursed[m - 1] ?? 0);
            plannedSum += planned;
            disbursedSum += disbursed;
            result.Add(new BudgetMonthTotal(m, BudgetNames.ShortMonthYear(FiscalYear, m), planned, disbursed, plannedSum, disbursedSum, m <= DisbursementMonthsShown));
        }

        return result;
    }

    private List<BudgetGroupTotal> Group(Func<BudgetReportLine, string> key) =>
        Lines.GroupBy(key, StringComparer.Ordinal)
            .Select(g => new BudgetGroupTotal(g.Key, g.Sum(l => l.Amount), g.Sum(l => l.PlannedTotal), g.Sum(l => l.DisbursedTotal)))
            .ToList();
}
