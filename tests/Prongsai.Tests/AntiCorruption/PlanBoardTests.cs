using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.AntiCorruption.PlanTestData;

namespace Prongsai.Tests.AntiCorruption;

/// <summary>
/// What the plan shows on both databases: a year by dimension, the website's approved years, what each member may do
/// with a project, the CSV, the dashboard card day by day, and the ITA evidence each report answers.
/// </summary>
public sealed class PlanBoardTests
{
    private static Task<PlanYear> YearAsync(MeasuresTestHost host, int year = Year) => host.UseAsync<PlanBoard, PlanYear>(b => b.YearAsync(year));

    [Theory, Providers]
    public async Task A_year_lists_its_projects_by_dimension_and_is_on_the_website_once_approved(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var empty = await YearAsync(host);
        Assert.Equal((Year, (AntiCorruptionPlan?)null, false, PlanRules.DefaultTitle(Year)), (empty.FiscalYear, empty.Plan, empty.Approved, empty.Title));

        var oversight = await AddAsync(host, team.Admin.Actor, Project(team.Works, name: "กิจกรรมตรวจสอบภายใน", dimension: PlanDimension.Oversight, budget: "0"));
        var training = await AddAsync(host, team.Head.Actor, Project(team.Office));
        var whole = await AddAsync(host, team.Admin.Actor, Project(null, name: "มาตรการเผยแพร่ข้อมูล", dimension: PlanDimension.Administration, budget: "5,000"));

        var draft = await YearAsync(host);
        Assert.Equal([PlanDimension.IntolerantSociety, PlanDimension.Administration, PlanDimension.Oversight], draft.ByDimension().Select(g => g.Dimension));
        Assert.Equal([training.Id, whole.Id, oversight.Id], draft.ByDimension().SelectMany(g => g.Lines).Select(l => l.Project.Id));
        Assert.Equal(["กองช่าง", "สำนักปลัด", null], draft.Lines.Select(l => l.DepartmentName));
        Assert.Equal(35_000m, draft.TotalBudget);
        Assert.Null(await host.UseAsync<PlanBoard, PlanYear?>(b => b.PublishedAsync(Year)));
        Assert.Empty(await host.UseAsync<PlanBoard, IReadOnlyList<int>>(b => b.ApprovedYearsAsync()));

        // What each member may do: department heads their own, readers nothing; approved, report instead of edit.
        async Task<(bool, bool)?> MayAsync(Member member, int id) =>
            await host.UseAsync<PlanBoard, ProjectView?>(b => b.FindAsync(member.Actor, id)) is { } v ? (v.MayEdit, v.MayReport) : null;
        Assert.Equal((true, false), await MayAsync(team.Head, training.Id));
        Assert.Equal((false, false), await MayAsync(team.Head, whole.Id));
        Assert.Equal((false, false), await MayAsync(team.Auditor, training.Id));
        Assert.Equal((true, false), await MayAsync(team.Admin, whole.Id));

        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        Assert.Equal((false, true), await MayAsync(team.Head, training.Id));
        Assert.Equal((false, false), await MayAsync(team.FinanceHead, training.Id));
        Assert.NotNull(await host.UseAsync<PlanBoard, PlanYear?>(b => b.PublishedAsync(Year)));
        Assert.Equal([Year], await host.UseAsync<PlanBoard, IReadOnlyList<int>>(b => b.ApprovedYearsAsync()));

        // The department choices: every department and the whole office for the head of the office, a head's own only.
        var all = await host.UseAsync<PlanBoard, IReadOnlyList<DepartmentChoice>>(b => b.DepartmentsAsync(team.Admin.Actor));
        Assert.Equal(new DepartmentChoice(null, DepartmentChoices.WholeOffice), all[0]);
        Assert.Equal([new DepartmentChoice(team.Finance, "กองคลัง")], await host.UseAsync<PlanBoard, IReadOnlyList<DepartmentChoice>>(b => b.DepartmentsAsync(team.FinanceHead.Actor)));

        // The CSV: Thai header, the projects in the plan's order, money as the forms print it.
        Succeeded(await ReportAsync(host, team.Head.Actor, training.Id, FollowUpRound.HalfYear, Progress()));
        var csv = Encoding.UTF8.GetString(PlanBoard.Csv(await YearAsync(host))[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ลำดับ,มิติ,โครงการ/กิจกรรม/มาตรการ,วัตถุประสงค์/เป้าหมาย,งบประมาณ (บาท),ผู้รับผิดชอบ,ระยะเวลาดำเนินการ,สถานะ รอบ 6 เดือน", csv[0], StringComparison.Ordinal);
        Assert.Equal(4, csv.Length);
        Assert.Contains("\"30,000.00\"", csv[1], StringComparison.Ordinal);
        Assert.Contains("ดำเนินการแล้ว,\"28,500.00\",อบรมแล้ว 1 รุ่น ผู้เข้าร่วม 58 คน", csv[1], StringComparison.Ordinal);
        Assert.Contains(DepartmentChoices.WholeOffice, csv[2], StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_card_asks_for_the_years_plan_its_approval_and_the_reports_due_each_member_their_own(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        Task<DashboardCardView?> CardAsync(Member member) => host.RunAsync(sp =>
            sp.GetServices<IDashboardCard>().OfType<PlanCard>().Single().BuildAsync(member.Actor, CancellationToken.None));
        async Task<IReadOnlyList<(string, int, string)>> ToDosAsync(Member member) =>
            (await CardAsync(member))!.ToDos.Select(t => (t.Thai, t.Count, t.Path)).ToList();

        var card = (await CardAsync(team.Clerk))!;
        Assert.Equal(("anti-corruption", "แผนปฏิบัติการป้องกันการทุจริต"), (card.Path, card.Thai));
        Assert.Empty(card.ToDos);
        var missing = ("ยังไม่มีแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2567", 1, "anti-corruption?year=2567");
        Assert.Equal([missing], await ToDosAsync(team.Admin));
        Assert.Equal([missing], await ToDosAsync(team.Executive));
        foreach (var member in new[] { team.Head, team.Auditor })
        {
            Assert.Empty(await ToDosAsync(member));
        }

        // Started: it waits for the approvers.
        var project = await AddAsync(host, team.Head.Actor, Project(team.Office));
        var waiting = ("แผนปฏิบัติการป้องกันการทุจริตรออนุมัติ", 1, "anti-corruption?year=2567");
        Assert.Equal([waiting], await ToDosAsync(team.Admin));
        Assert.Empty(await ToDosAsync(team.Head));

        // Approved; the six-month report is due after 31 March, the head's for their own project.
        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        Assert.Empty(await ToDosAsync(team.Admin));
        host.Clock.Now = new DateTimeOffset(2024, 3, 31, 23, 59, 0, TimeSpan.FromHours(7));
        Assert.Empty(await ToDosAsync(team.Head));
        host.Clock.Now = new DateTimeOffset(2024, 4, 1, 0, 1, 0, TimeSpan.FromHours(7));
        var halfYear = ("โครงการป้องกันการทุจริตที่ยังไม่รายงานผลรอบ 6 เดือน ปีงบประมาณ 2567", 1, "anti-corruption?year=2567");
        Assert.Equal([halfYear], await ToDosAsync(team.Admin));
        Assert.Equal([halfYear], await ToDosAsync(team.Head));
        Assert.Empty(await ToDosAsync(team.FinanceHead));
        Succeeded(await ReportAsync(host, team.Head.Actor, project.Id, FollowUpRound.HalfYear, Progress()));
        Assert.Empty(await ToDosAsync(team.Head));

        // Once the year ended, last year's twelve-month report; and the new year has no plan yet.
        host.Clock.Now = new DateTimeOffset(2024, 10, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var yearEnd = ("โครงการป้องกันการทุจริตที่ยังไม่รายงานผลรอบ 12 เดือน ปีงบประมาณ 2567", 1, "anti-corruption?year=2567");
        Assert.Equal([("ยังไม่มีแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2568", 1, "anti-corruption?year=2568"), yearEnd], await ToDosAsync(team.Admin));
        Assert.Equal([yearEnd], await ToDosAsync(team.Head));
        Assert.Equal("Anti-corruption projects without a 12-month report, fiscal year 2567", (await CardAsync(team.Head))!.ToDos[0].English);
    }

    [Theory, Providers]
    public async Task The_evidence_is_each_approved_years_plan_and_its_reports_once_made_each_for_its_own_item(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        var last = await ApprovedAsync(host, team, Year - 1, Project(null));
        Succeeded(await ReportAsync(host, team.Admin.Actor, last[0].Id, FollowUpRound.HalfYear, Progress()));
        host.Clock.Now = host.Clock.Now.AddDays(1);
        Succeeded(await ReportAsync(host, team.Admin.Actor, last[0].Id, FollowUpRound.YearEnd, Progress()));
        var yearEndAt = host.Clock.GetUtcNow();
        await ApprovedAsync(host, team, Year, Project(null));
        var approvedAt = host.Clock.GetUtcNow();
        await AddAsync(host, team.Admin.Actor, Project(null), Year + 1);
        Succeeded(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp =>
            sp.GetRequiredService<SavePlanProject>().AddAsync(other.Admin.Actor, Year, Project(other.DepartmentId))));
        Succeeded(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp =>
            sp.GetRequiredService<ApproveAntiCorruptionPlan>().RunAsync(other.Admin.Actor, Year)));

        Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? year) => host.RunAsync(sp =>
            sp.GetServices<IEvidenceSource>().OfType<PlanEvidenceSource>().Single().FindAsync(year, CancellationToken.None));

        var all = await FindAsync(null);
        var page = $"/{host.Slug}/anti-corruption/";
        Assert.Equal([page + "2567", page + "2566", page + "2566#round-6", page + "2566#round-12"], all.Select(c => c.PublicPath));
        Assert.All(all, c => Assert.Equal("anti-corruption-plan", c.SourceKey));
        Assert.Equal(["2567", "2566", "2566-6", "2566-12"], all.Select(c => c.ItemId));
        Assert.Equal([["anti-corruption-plan"], ["anti-corruption-plan"], ["anti-corruption-6-month-report"], ["anti-corruption-annual-report"]],
            all.Select(c => c.Tags.ToArray()));
        Assert.Equal(("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567", (int?)2567, (DateTimeOffset?)approvedAt),
            (all[0].Title, all[0].FiscalYear, all[0].PublishedAt));
        Assert.Equal((DateTimeOffset?)yearEndAt, all[3].PublishedAt);
        Assert.Equal([page + "2567"], (await FindAsync(Year)).Select(c => c.PublicPath));
        Assert.Empty(await FindAsync(Year + 1));

        // The checklist of FY2567: the plan of 2567 answers O39, the six-month report of 2567 (none yet) O40, the annual
        // report of the year before (2566) O41: each candidate only the item it is.
        var catalog = ShippedCatalogs.Find(2567)!;
        var suggestions = ChecklistSuggestions.For(catalog, all).Where(s => s.Candidate.SourceKey == "anti-corruption-plan")
            .Select(s => (s.ItemKey, s.Candidate.PublicPath)).ToList();
        Assert.Equal([("anti-corruption-plan", page + "2567"), ("anti-corruption-annual-report", page + "2566#round-12")], suggestions);

        // Reopened, a year is no longer evidence.
        Succeeded(await ReopenAsync(host, team.Executive.Actor, "ทบทวน"));
        Assert.DoesNotContain(page + "2567", (await FindAsync(null)).Select(c => c.PublicPath));
    }
}
