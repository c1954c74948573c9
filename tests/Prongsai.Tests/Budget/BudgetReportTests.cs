using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Budget;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Finance;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Budget.BudgetFixture;

namespace Prongsai.Tests.Budget;

/// <summary>Reports' numbers, what the public may see when, who may edit and publish, evidence for the ITA checklist, the demo plan.</summary>
public sealed class BudgetReportTests
{
    [Theory, Providers]
    public async Task Reports_sum_per_department_per_category_and_cumulate_by_month(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, PlanCsv())).Succeeded);
        Assert.True((await ImportAsync(host, Disbursements(
            ["2568", "ต.ค. 2567", "เงินเดือนพนักงาน", "100,000"],
            ["2568", "พ.ย. 2567", "เงินเดือนพนักงาน", "100,000"],
            ["2568", "พ.ย. 2567", "วัสดุสำนักงาน", "30,000"],
            ["2568", "เม.ย. 2568", "เบี้ยยังชีพผู้สูงอายุ", "290,000"]))).Succeeded);

        var report = (await host.UseAsync<BudgetReports, BudgetReport?>(r => r.StaffAsync(Year)))!;

        Assert.Equal(2_000_000m, report.Amount);
        Assert.Equal(520_000m, report.Disbursed);
        Assert.Equal(26.00m, report.PercentDisbursed);
        var departments = report.ByDepartment().ToDictionary(g => g.Name);
        Assert.Equal((1_200_000m, 200_000m, 16.67m), (departments["สำนักปลัด"].Amount, departments["สำนักปลัด"].Disbursed, departments["สำนักปลัด"].PercentDisbursed));
        Assert.Equal((220_000m, 30_000m, 13.64m), (departments["กองคลัง"].Amount, departments["กองคลัง"].Disbursed, departments["กองคลัง"].PercentDisbursed));
        Assert.Equal(50.00m, departments["กองสวัสดิการสังคม"].PercentDisbursed);
        Assert.Equal(["งบบุคลากร", "งบดำเนินงาน", "งบกลาง"], report.ByCategory().Select(c => c.Name));
        Assert.Equal(220_000m, report.ByCategory()[1].Amount);
        var months = report.ByMonth();
        Assert.Equal([100_000m, 230_000m, 230_000m, 230_000m, 230_000m, 230_000m, 520_000m], months.Take(7).Select(m => m.DisbursedCumulative));
        Assert.Equal(170_000m, months[0].PlannedCumulative);
        Assert.Equal(1_200_000m + 60_000m + 120_000m, months[11].PlannedCumulative);
        Assert.Equal("ต.ค. 67", months[0].Label);
        Assert.Equal("ก.ย. 68", months[11].Label);
    }

    [Theory, Providers]
    public async Task The_public_sees_the_plan_once_published_and_disbursements_only_of_the_months_its_reports_open(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, PlanCsv())).Succeeded);
        Assert.True((await ImportAsync(host, Disbursements(["2568", "มี.ค. 2568", "เงินเดือนพนักงาน", "100"], ["2568", "เม.ย. 2568", "เงินเดือนพนักงาน", "7"]))).Succeeded);
        Task<BudgetReport?> PublicAsync(BudgetReportKind kind) => host.UseAsync<BudgetReports, BudgetReport?>(r => r.PublicAsync(Year, kind));

        Assert.Null(await PublicAsync(BudgetReportKind.Plan));
        var tooEarly = await host.UseAsync<PublishBudgetReport, Result<BudgetReportPublication>>(p => p.PublishAsync(MeasuresTestHost.Executive, Year, BudgetReportKind.SixMonth));
        Assert.Contains("ต้องเผยแพร่แผน", Messages(tooEarly), StringComparison.Ordinal);

        await PublishAsync(host, BudgetReportKind.Plan);
        var plan = (await PublicAsync(BudgetReportKind.Plan))!;
        Assert.Equal(4, plan.Lines.Count);
        Assert.Equal(0m, plan.Disbursed);
        Assert.All(plan.Lines, l => Assert.All(l.Disbursed, d => Assert.Null(d)));
        Assert.Null(await PublicAsync(BudgetReportKind.SixMonth));
        Assert.True(await host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId)) > 0);

        await PublishAsync(host, BudgetReportKind.SixMonth);
        Assert.Equal(100m, (await PublicAsync(BudgetReportKind.SixMonth))!.Disbursed);
        Assert.Null(await PublicAsync(BudgetReportKind.Annual));
        Assert.Equal(0m, (await PublicAsync(BudgetReportKind.Plan))!.Disbursed);

        await PublishAsync(host, BudgetReportKind.Annual);
        Assert.Equal(107m, (await PublicAsync(BudgetReportKind.Annual))!.Disbursed);
        Assert.Equal(1, await host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Entity == nameof(BudgetReportPublication) && a.Action == Prongsai.Core.Auditing.AuditActions.Publish && a.Changes!.Contains("Annual"))));
    }

    [Theory, Providers]
    public async Task Finance_department_staff_edit_other_departments_staff_and_the_auditor_may_not_and_only_executives_publish(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var finance = await host.DepartmentIdAsync("กองคลัง");
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        Assert.True((await host.UseAsync<EditBudgetPlan, Result<BudgetPlan>>(e => e.CreatePlanAsync(MeasuresTestHost.Admin, Year, "15 ก.ย. 2567"))).Succeeded);
        var line = new BudgetLineInput("ด้านบริหารทั่วไป", "แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุสำนักงาน", "กองคลัง", "12,000");
        Task<Result<BudgetLine>> AddAs(StaffActor actor) => host.UseAsync<EditBudgetPlan, Result<BudgetLine>>(e => e.AddLineAsync(actor, Year, line));
        StaffActor As(OrgRole role, params int[] departments) => new("u-" + role, role.ToString(), host.OrganizationId, new HashSet<OrgRole> { role }, departments.ToHashSet());

        Assert.True((await AddAs(As(OrgRole.DepartmentStaff, finance))).Succeeded);
        Assert.True((await AddAs(As(OrgRole.DepartmentHead, finance))).Succeeded);
        Assert.IsType<ForbiddenError>((await AddAs(As(OrgRole.DepartmentStaff, office))).Errors.Single());
        Assert.IsType<ForbiddenError>((await AddAs(As(OrgRole.Auditor))).Errors.Single());
        Assert.IsType<ForbiddenError>((await AddAs(As(OrgRole.Executive))).Errors.Single());
        var import = await ImportAsync(host, PlanCsv(), As(OrgRole.DepartmentStaff, office), replace: true);
        Assert.IsType<ForbiddenError>(import.Errors.Single());

        // The OrgAdmin names สำนักปลัด instead: its staff may now, กองคลัง's no longer.
        Assert.True((await host.UseAsync<ManageFinanceDepartments, Result<IReadOnlyList<int>>>(m => m.SetAsync(As(OrgRole.OrgAdmin), [office]))).Succeeded);
        Assert.True((await AddAs(As(OrgRole.DepartmentStaff, office))).Succeeded);
        Assert.IsType<ForbiddenError>((await AddAs(As(OrgRole.DepartmentStaff, finance))).Errors.Single());

        Assert.Equal(3, await host.QueryAsync(db => db.Set<BudgetLine>().CountAsync()));
        var allocated = await host.QueryAsync(db => db.Set<BudgetPlan>().Select(p => p.AllocatedOn).FirstAsync());
        Assert.Equal(new DateOnly(2024, 9, 15), allocated);
        foreach (var role in new[] { OrgRole.OrgAdmin, OrgRole.DepartmentHead, OrgRole.DepartmentStaff, OrgRole.Auditor, OrgRole.ComplaintOfficer })
        {
            var refused = await host.UseAsync<PublishBudgetReport, Result<BudgetReportPublication>>(p => p.PublishAsync(As(role, finance), Year, BudgetReportKind.Plan));
            Assert.IsType<ForbiddenError>(refused.Errors.Single());
        }

        Assert.True((await host.UseAsync<PublishBudgetReport, Result<BudgetReportPublication>>(p => p.PublishAsync(As(OrgRole.Executive), Year, BudgetReportKind.Plan))).Succeeded);
    }

    [Theory, Providers]
    public async Task Line_edits_months_and_removal_check_every_amount(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, PlanCsv())).Succeeded);
        var lineId = await host.QueryAsync(db => db.Set<BudgetLine>().Where(l => l.Item == "วัสดุสำนักงาน").Select(l => l.Id).FirstAsync());
        var planned = Enumerable.Repeat<string?>("10,000", 12).ToList();
        var disbursed = Enumerable.Repeat<string?>(null, 12).ToList();
        disbursed[0] = "๙,๕๐๐";
        disbursed[1] = "1,2,3";
        disbursed[2] = "-1";
        var bad = await host.UseAsync<EditBudgetPlan, Result<BudgetLine>>(e => e.SetMonthsAsync(MeasuresTestHost.Admin, lineId, new BudgetMonthsInput(planned, disbursed)));
        Assert.Equal(["disbursed[1]", "disbursed[2]"], bad.Errors.Select(e => e.Field));
        Assert.Contains("เบิกจ่ายเดือนพฤศจิกายน", bad.Errors[0].Message, StringComparison.Ordinal);

        disbursed[1] = null;
        disbursed[2] = null;
        Assert.True((await host.UseAsync<EditBudgetPlan, Result<BudgetLine>>(e => e.SetMonthsAsync(MeasuresTestHost.Admin, lineId, new BudgetMonthsInput(planned, disbursed)))).Succeeded);
        Assert.Equal(12, await host.QueryAsync(db => db.Set<BudgetLineMonth>().CountAsync(m => m.LineId == lineId)));
        Assert.Equal(9_500m, await host.QueryAsync(db => db.Set<BudgetLineMonth>().Where(m => m.LineId == lineId && m.FiscalMonth == 1).Select(m => m.Disbursed).FirstAsync()));

        var input = new BudgetLineInput("", "x", "x", "งบลับ", "x", "x", "x", "10^20");
        var invalid = await host.UseAsync<EditBudgetPlan, Result<BudgetLine>>(e => e.UpdateLineAsync(MeasuresTestHost.Admin, lineId, input));
        Assert.Equal(["sector", "category", "amount"], invalid.Errors.Select(e => e.Field));

        Assert.True((await host.UseAsync<EditBudgetPlan, Result<BudgetLine>>(e => e.RemoveLineAsync(MeasuresTestHost.Admin, lineId))).Succeeded);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<BudgetLineMonth>().CountAsync(m => m.LineId == lineId)));
        Assert.Equal(3, await host.QueryAsync(db => db.Set<BudgetLine>().CountAsync()));
    }

    [Theory, Providers]
    public async Task The_ita_checklist_suggests_the_published_plan_and_reports_for_o18_and_o19(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, PlanCsv(2567), year: 2567)).Succeeded);
        await PublishAsync(host, BudgetReportKind.Plan, 2567);
        await PublishAsync(host, BudgetReportKind.SixMonth, 2567);

        var opened = await host.UseAsync<ManageChecklist, Result<SuggestionRun>>(m => m.OpenAsync(StaffActor.System(organizationId: host.OrganizationId), 2567));
        Assert.True(opened.Succeeded, Messages(opened));

        var evidence = await host.QueryAsync(db => db.Set<ItaEvidence>()
            .Join(db.Set<ItaChecklistItem>(), e => e.ChecklistItemId, i => i.Id, (e, i) => new { i.ItemKey, e.Url, e.State })
            .Where(x => x.ItemKey.StartsWith("budget-")).ToListAsync());
        Assert.Contains(evidence, e => e.ItemKey == "budget-plan" && e.Url == $"/{host.Slug}/budget/2567" && e.State == ItaEvidenceState.Suggested);
        Assert.Contains(evidence, e => e.ItemKey == "budget-6-month-report" && e.Url == $"/{host.Slug}/budget/2567?report=six-month");
        Assert.DoesNotContain(evidence, e => e.ItemKey == "budget-plan" && e.Url.Contains("report=", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task The_demo_plan_is_a_published_sample_with_six_months_disbursed(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await host.RunAsync(async sp =>
        {
            var organization = await sp.GetRequiredService<Prongsai.Core.Data.ProngsaiDbContext>().Organizations.FirstAsync(o => o.Id == host.OrganizationId);
            await sp.GetServices<Prongsai.Core.Demo.IDemoContent>().OfType<BudgetDemoContent>().Single().SeedAsync(organization, CancellationToken.None);
            return 0;
        });

        var report = (await host.UseAsync<BudgetReports, BudgetReport?>(r => r.PublicAsync(2567, BudgetReportKind.SixMonth)))!;
        Assert.True(report.IsSample);
        Assert.Equal(16, report.Lines.Count);
        Assert.Equal(["กองคลัง", "กองช่าง", "สำนักปลัด"], report.ByDepartment().Select(d => d.Name).Order());
        Assert.All(report.ByMonth(), m => Assert.Equal(m.FiscalMonth <= 6, m.Disbursed > 0));
        Assert.InRange(report.PercentDisbursed, 30m, 50m);
        Assert.Null(await host.UseAsync<BudgetReports, BudgetReport?>(r => r.PublicAsync(2567, BudgetReportKind.Annual)));
        Assert.Contains(report.Lines, l => l.Item == "เบี้ยยังชีพผู้สูงอายุ" && l.Category == BudgetCategory.Central);
    }
}
