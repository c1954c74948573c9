namespace Prongsai.Core.Procurement.Reports;

/// <summary>Count and amounts of a group of procurements (a method, a month).</summary>
public sealed record ProcurementTotals(int Count, decimal Budget, decimal Agreed, decimal ReferencePrice, decimal Savings);

/// <summary>
/// รายงานผลการจัดซื้อจัดจ้างประจำปี: counts and amounts by method and by month, the plan against what was done, and the
/// savings against the reference price (ราคากลาง − ราคาที่ตกลง, over lines that have both). Cancelled lines are left out.
/// </summary>
public sealed record AnnualProcurementReport(
    int FiscalYear,
    IReadOnlyList<(ProcurementMethod Method, ProcurementTotals Totals)> ByMethod,
    IReadOnlyList<(MonthView Month, ProcurementTotals Totals)> ByMonth,
    ProcurementTotals Total,
    int PlannedItems,
    decimal PlannedBudget,
    int PlannedItemsDone,
    decimal DoneAgainstPlan)
{
    public static AnnualProcurementReport Build(ProcurementYear year)
    {
        var months = year.Months.Where(m => m.Published).ToList();
        var lines = months.SelectMany(m => m.Records).Where(r => r.Status != ProcurementStatus.Cancelled).ToList();
        var plan = year.CurrentPlan;
        var planned = plan?.Items ?? [];
        var plannedIds = planned.Select(i => i.ItemId).ToHashSet();
        var linked = lines.Where(r => r.PlanItemId is { } id && plannedIds.Contains(id)).ToList();
        return new AnnualProcurementReport(
            year.FiscalYear,
            ProcurementTexts.Methods.Select(m => (m, Totals(lines.Where(r => r.Method == m)))).ToList(),
            year.Months.Select(m => (m, Totals(m.Published ? m.Records.Where(r => r.Status != ProcurementStatus.Cancelled) : []))).ToList(),
            Totals(lines),
            planned.Count,
            planned.Sum(i => i.Budget),
            linked.Select(r => r.PlanItemId).Distinct().Count(),
            linked.Sum(r => r.AgreedPrice ?? 0));
    }

    public static ProcurementTotals Totals(IEnumerable<ProcurementRecord> records)
    {
        var list = records.ToList();
        var priced = list.Where(r => r.ReferencePrice is not null && r.AgreedPrice is not null).ToList();
        return new ProcurementTotals(
            list.Count,
            list.Sum(r => r.BudgetAmount),
            list.Sum(r => r.AgreedPrice ?? 0),
            priced.Sum(r => r.ReferencePrice!.Value),
            priced.Sum(r => r.ReferencePrice!.Value - r.AgreedPrice!.Value));
    }
}
