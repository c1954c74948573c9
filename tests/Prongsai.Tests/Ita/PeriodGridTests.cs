using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Checklist;

namespace Prongsai.Tests.Ita;

/// <summary>Monthly items show the fiscal year's months with gaps; half-yearly ones the two halves. Only confirmed evidence covers.</summary>
public sealed class PeriodGridTests
{
    private static ChecklistRow Row(ItemFrequency frequency, params (int Period, ItaEvidenceState State)[] evidence)
    {
        var item = new CatalogItem("O23", "procurement-monthly-summary", "สรุปผลการจัดซื้อจัดจ้างรายเดือน", "", DataYear.Current, frequency, CatalogItemStatus.Active);
        var entry = new ItaChecklistItem { ItemKey = item.Key };
        entry.Evidence.AddRange(evidence.Select(e => new ItaEvidence { Title = "สขร.1", Url = "/x", CreatedBy = "t", Period = e.Period, State = e.State }));
        return new ChecklistRow(new CatalogSubIndicator("9.3", "การบริหารเงินงบประมาณ", [item]), item, entry, null);
    }

    [Fact]
    public void The_month_grid_runs_October_to_September_and_shows_gaps()
    {
        var grid = ChecklistView.MonthGrid(Row(ItemFrequency.Monthly, (10, ItaEvidenceState.Confirmed), (11, ItaEvidenceState.Suggested), (9, ItaEvidenceState.Confirmed)), 2567);

        Assert.Equal(12, grid.Count);
        Assert.Equal("ต.ค. 66", grid[0].Label);
        Assert.Equal("ก.ย. 67", grid[11].Label);
        Assert.Equal([true, false], grid.Take(2).Select(g => g.Covered));
        Assert.True(grid[11].Covered);
        Assert.Equal(10, grid.Count(g => !g.Covered));
    }

    [Fact]
    public void The_half_year_grid_has_two_halves()
    {
        var grid = ChecklistView.HalfGrid(Row(ItemFrequency.HalfYearly, (2, ItaEvidenceState.Confirmed)));
        Assert.Equal([false, true], grid.Select(g => g.Covered));
    }
}
