using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Budget;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Procurement.ProcurementTestData;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// The ITA looks for this fiscal year's plans and last year's reports on the website. The dashboard says which of them
/// are due and not published, to those who prepare or publish them, and falls quiet once each is out.
/// </summary>
public sealed class ReportsDueOnDashboardTests
{
    // 10 December 2567: fiscal year 2568 has begun, 2567 has ended.
    private static FixedClock December() => FixedClock.BangkokNoon(2024, 12, 10);

    private static async Task<IReadOnlyList<DashboardToDo>> ToDosAsync<TCard>(MeasuresTestHost host, StaffActor actor) where TCard : IDashboardCard =>
        (await host.RunAsync(sp => sp.GetServices<IDashboardCard>().OfType<TCard>().Single().BuildAsync(actor, CancellationToken.None)))?.ToDos ?? [];

    private static IEnumerable<string> Texts(IEnumerable<DashboardToDo> todos) => todos.Select(t => t.Thai);

    [Theory, Providers]
    public async Task Measures_ask_for_this_years_plan_and_last_years_results(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, December());
        Assert.Contains("ยังไม่มีแผนมาตรการ ปีงบประมาณ 2568", Texts(await ToDosAsync<MeasuresCard>(host, MeasuresTestHost.Admin)));
        Assert.DoesNotContain(await ToDosAsync<MeasuresCard>(host, MeasuresTestHost.Admin), t => t.Thai.StartsWith("รายงานผลมาตรการ", StringComparison.Ordinal));

        // Last year planned here: its results are asked for, and a publication from the middle of that year is not them.
        var imported = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
            i.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567)));
        Assert.True(imported.Succeeded);
        Assert.True((await host.UseAsync<PublishMeasuresReport, Result<MeasureReportVersion>>(p =>
            p.ApproveAndPublishAsync(MeasuresTestHost.Executive, 2567, new DateTimeOffset(2024, 3, 1, 9, 0, 0, TimeSpan.FromHours(7))))).Succeeded);
        var results = Assert.Single(await ToDosAsync<MeasuresCard>(host, MeasuresTestHost.Admin), t => t.Thai == "รายงานผลมาตรการ ปีงบประมาณ 2567 ยังไม่เผยแพร่");
        Assert.Equal("measures/2567", results.Path);
        Assert.Empty(await ToDosAsync<MeasuresCard>(host, MeasuresTestHost.DepartmentStaff(await host.DepartmentIdAsync("กองคลัง"))));
        var head = Role(OrgRole.DepartmentHead, await host.DepartmentIdAsync("กองคลัง"));
        Assert.Equal(["รายงานผลมาตรการ ปีงบประมาณ 2567 ยังไม่เผยแพร่"], Texts(await ToDosAsync<MeasuresCard>(host, head))); // asks for publication, does not create plans

        Assert.True((await host.UseAsync<PublishMeasuresReport, Result<MeasureReportVersion>>(p => p.ApproveAndPublishAsync(MeasuresTestHost.Executive, 2567))).Succeeded);
        Assert.True((await host.UseAsync<EditMeasures, Result<MeasurePlan>>(e => e.CreatePlanAsync(MeasuresTestHost.Admin, 2568, new PlanInput("แผนปี 2568", null)))).Succeeded);
        var todos = await ToDosAsync<MeasuresCard>(host, MeasuresTestHost.Admin);
        Assert.Equal(["มาตรการปีงบประมาณ 2568 ยังไม่เผยแพร่บนเว็บไซต์"], Texts(todos));
        Assert.Equal("measures/2568", todos[0].Path);
    }

    [Theory, Providers]
    public async Task Procurement_asks_for_every_ended_months_summary_and_last_years_report(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, December());
        var months = Assert.Single(await ToDosAsync<ProcurementCard>(host, Admin));
        Assert.Equal(("สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ที่ยังไม่เผยแพร่ ตั้งแต่เดือนตุลาคม 2567", 2, "procurement/2568"), (months.Thai, months.Count, months.Path));

        Ok(await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Executive, 2568, [new YearMonth(2024, 10)])));
        var november = Assert.Single(await ToDosAsync<ProcurementCard>(host, Executive));
        Assert.Equal(("สรุปผลการจัดซื้อจัดจ้าง (สขร.1) เดือนพฤศจิกายน 2567 ยังไม่เผยแพร่", 1), (november.Thai, november.Count));
        Assert.Null(await host.RunAsync(sp => sp.GetServices<IDashboardCard>().OfType<ProcurementCard>().Single().BuildAsync(Role(OrgRole.Auditor), default)));

        // Kept here last year too: its months and its annual report are asked for.
        Ok(await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Executive, 2567, [new YearMonth(2024, 9)])));
        var todos = await ToDosAsync<ProcurementCard>(host, Admin);
        Assert.Equal(("สรุปผลการจัดซื้อจัดจ้าง (สขร.1) ที่ยังไม่เผยแพร่ ตั้งแต่เดือนตุลาคม 2566", 12, "procurement/2567"), (todos[0].Thai, todos[0].Count, todos[0].Path));
        Assert.Equal(("รายงานผลการจัดซื้อจัดจ้างประจำปี 2567 ยังไม่เผยแพร่", "procurement/2567"), (todos[1].Thai, todos[1].Path));

        var earlier = Enumerable.Range(0, 11).Select(i => new YearMonth(2023, 10).AddMonths(i)).ToList();
        Ok(await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Executive, 2567, earlier)));
        Ok(await host.UseAsync<PublishProcurementReports, Result<ProcurementReportPublication>>(p => p.PublishAnnualAsync(Executive, 2567)));
        Ok(await host.UseAsync<PublishProcurementReports, Result<int>>(p => p.PublishMonthsAsync(Executive, 2568, [new YearMonth(2024, 11)])));
        Assert.Empty(await ToDosAsync<ProcurementCard>(host, Admin));
    }

    [Theory, Providers]
    public async Task Budget_asks_for_this_years_plan_its_six_month_report_and_last_years_report(DbProvider provider)
    {
        var clock = December();
        await using var host = await MeasuresTestHost.StartAsync(provider, clock);
        await DepartmentsAsync(host);
        foreach (var year in new[] { 2567, 2568 })
        {
            Ok(await host.UseAsync<EditBudgetPlan, Result<BudgetPlan>>(e => e.CreatePlanAsync(Admin, year, null)));
            Ok(await host.UseAsync<EditBudgetPlan, Result<BudgetLine>>(e =>
                e.AddLineAsync(Admin, year, new BudgetLineInput("ด้านบริหารงานทั่วไป", "แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุสำนักงาน", "กองคลัง", "10,000"))));
        }

        var executive = Texts(await ToDosAsync<BudgetCard>(host, Executive)).ToList();
        Assert.Equal(["แผนการใช้จ่ายงบประมาณ ปีงบประมาณ 2568 ยังไม่เผยแพร่", "รายงานผลการใช้จ่ายงบประมาณประจำปี 2567 ยังไม่เผยแพร่"], executive);

        foreach (var kind in new[] { BudgetReportKind.Plan, BudgetReportKind.Annual })
        {
            Ok(await host.UseAsync<PublishBudgetReport, Result<BudgetReportPublication>>(p => p.PublishAsync(Executive, 2567, kind)));
        }

        Ok(await host.UseAsync<PublishBudgetReport, Result<BudgetReportPublication>>(p => p.PublishAsync(Executive, 2568, BudgetReportKind.Plan)));
        Assert.Empty(await ToDosAsync<BudgetCard>(host, Executive));

        // Once March has ended, the six-month report is due.
        clock.Now = new DateTimeOffset(2025, 4, 2, 12, 0, 0, TimeSpan.FromHours(7));
        Assert.Equal(["รายงานการใช้จ่ายงบประมาณรอบ 6 เดือน ปีงบประมาณ 2568 ยังไม่เผยแพร่"], Texts(await ToDosAsync<BudgetCard>(host, Executive)));
        Ok(await host.UseAsync<PublishBudgetReport, Result<BudgetReportPublication>>(p => p.PublishAsync(Executive, 2568, BudgetReportKind.SixMonth)));
        Assert.Empty(await ToDosAsync<BudgetCard>(host, Executive));
    }
}
