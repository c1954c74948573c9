using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Budget.BudgetFixture;

namespace Prongsai.Tests.Budget;

/// <summary>A year's public budget in search: nothing before the plan is published, then one entry for the year that
/// follows the furthest report published.</summary>
public sealed class BudgetSearchTests
{
    [Theory, Providers]
    public async Task A_published_budget_is_found_by_its_lines_as_one_entry_for_the_year(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, PlanCsv())).Succeeded);
        await host.RunBackgroundJobsAsync();
        Assert.Empty(await host.SearchAsync("ผู้สูงอายุ")); // imported, not published

        await PublishAsync(host, BudgetReportKind.Plan);
        await host.RunBackgroundJobsAsync();
        var hit = Assert.Single(await host.SearchAsync("ผู้สูงอายุ"));
        Assert.Equal((BudgetSearchIndexer.Kind, $"/{host.Slug}/budget/2568", "แผนการใช้จ่ายงบประมาณประจำปี ประจำปีงบประมาณ พ.ศ. 2568"),
            (hit.Type, hit.Url, hit.Title));
        Assert.Single(await host.SearchAsync("แผนที่ภาษี"));

        await PublishAsync(host, BudgetReportKind.SixMonth);
        await host.RunBackgroundJobsAsync();
        hit = Assert.Single(await host.SearchAsync("ผู้สูงอายุ"));
        Assert.Equal($"/{host.Slug}/budget/2568?report=six-month", hit.Url);
        Assert.Equal(1, await host.QueryAsync(db => db.SearchEntries.CountAsync(e => e.ItemType == BudgetSearchIndexer.Kind)));
    }
}
