using Prongsai.Core.Calendar;

namespace Prongsai.Core.Procurement.Reports;

/// <summary>One published revision of the plan, its items as they were then.</summary>
public sealed record PlanRevisionView(int Number, DateOnly PublishedOn, string? Reason, IReadOnlyList<ProcurementPlanItemSnapshot> Items)
{
    /// <summary>"แผนการจัดซื้อจัดจ้าง" or "แก้ไขครั้งที่ 2".</summary>
    public string Label => Number == 0 ? "แผนฉบับแรก" : "แก้ไขครั้งที่ " + Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public decimal Total => Items.Sum(i => i.Budget);
}

/// <summary>A month of the fiscal year: whether its สขร.1 is published and its lines (published months only for the public).</summary>
public sealed record MonthView(YearMonth Month, bool Published, DateTimeOffset? PublishedAt, IReadOnlyList<ProcurementRecord> Records)
{
    public string Slug => ProcurementTexts.MonthSlug(Month);
}

/// <summary>
/// A fiscal year's procurement as one audience may see it: the public sees published revisions, published months and
/// the annual report once published; staff see the same through <see cref="ProcurementYearReader"/> with drafts.
/// </summary>
public sealed record ProcurementYear(
    int FiscalYear,
    DateOnly? BudgetAllocatedOn,
    IReadOnlyList<PlanRevisionView> Revisions,
    IReadOnlyList<MonthView> Months,
    bool AnnualPublished,
    DateTimeOffset? AnnualPublishedAt,
    bool IsSample)
{
    public PlanRevisionView? CurrentPlan => Revisions.Count == 0 ? null : Revisions[^1];

    public IEnumerable<ProcurementRecord> PublishedRecords => Months.Where(m => m.Published).SelectMany(m => m.Records);

    public MonthView? Month(YearMonth month) => Months.FirstOrDefault(m => m.Month == month);

    public bool HasAnythingPublic => Revisions.Count > 0 || Months.Any(m => m.Published) || AnnualPublished;
}
