using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.AntiCorruption.PlanTestData;

namespace Prongsai.Tests.AntiCorruption;

/// <summary>
/// The plan's life on both databases: approval by the head of the office (fixing the projects, telling those who write
/// it), reopening with a reason, the two rounds of progress reports and their correction, the round's figures, and the
/// races the plan's row lock orders.
/// </summary>
public sealed class PlanApprovalTests
{
    [Theory, Providers]
    public async Task The_head_approves_a_plan_with_projects_which_fixes_them_and_tells_those_who_write_it(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        Refused<NotFoundError, AntiCorruptionPlan>(await ApproveAsync(host, team.Executive.Actor));
        Succeeded(await TitleAsync(host, team.Admin.Actor, "แผน 4 ปี"));
        Assert.Equal("ยังไม่มีโครงการในแผน เพิ่มอย่างน้อยหนึ่งโครงการก่อนอนุมัติ",
            Refused<ValidationError, AntiCorruptionPlan>(await ApproveAsync(host, team.Executive.Actor)).Message);

        var project = await AddAsync(host, team.Head.Actor, Project(team.Office));
        foreach (var member in new[] { team.Head, team.FinanceHead, team.Clerk, team.Auditor })
        {
            Refused<ForbiddenError, AntiCorruptionPlan>(await ApproveAsync(host, member.Actor));
        }

        var approved = Succeeded(await ApproveAsync(host, team.Executive.Actor));
        Assert.Equal((PlanStatus.Approved, host.Clock.GetUtcNow(), team.Executive.Actor.UserId, team.Executive.Actor.UserName),
            (approved.Status, approved.ApprovedAt!.Value, approved.ApprovedByUserId, approved.ApprovedBy));
        Assert.Equal("แผนปฏิบัติการปีนี้อนุมัติไปแล้ว", Refused<ConflictError, AntiCorruptionPlan>(await ApproveAsync(host, team.Admin.Actor)).Message);

        // Told: those who write the plan, not the approver, nor the readers.
        var path = $"anti-corruption?year={Year}";
        var told = await host.QueryAsync(db => db.StaffNotifications.Where(n => n.Path == path).Select(n => n.UserId).ToListAsync());
        Assert.Equal(new[] { team.Admin, team.Head, team.FinanceHead }.Select(m => m.Actor.UserId!).Order(), told.Order());

        Refused<ConflictError, PlanProject>(await EditAsync(host, team.Head.Actor, project.Id, Project(team.Office, budget: "1")));
        Assert.Equal(30_000m, (await StoredAsync(host, project.Id)).Budget);
    }

    [Theory, Providers]
    public async Task The_head_reopens_an_approved_plan_with_a_reason_and_reports_stay(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var project = (await ApprovedAsync(host, team, Year, Project(null)))[0];
        Succeeded(await ReportAsync(host, team.Admin.Actor, project.Id, FollowUpRound.HalfYear, Progress()));

        foreach (var reason in new[] { null, "", "  " })
        {
            Assert.Equal("กรุณาบอกเหตุผลที่ต้องแก้ไขแผนที่อนุมัติแล้ว",
                Refused<ValidationError, AntiCorruptionPlan>(await ReopenAsync(host, team.Executive.Actor, reason), "Reason").Message);
        }

        Refused<ValidationError, AntiCorruptionPlan>(await ReopenAsync(host, team.Executive.Actor, new string('ก', PlanRules.Reason + 1)), "Reason");
        Refused<ForbiddenError, AntiCorruptionPlan>(await ReopenAsync(host, team.Head.Actor, "แก้"));
        Refused<NotFoundError, AntiCorruptionPlan>(await ReopenAsync(host, team.Executive.Actor, "แก้", Year + 1));

        var reopened = Succeeded(await ReopenAsync(host, team.Admin.Actor, "  เพิ่มโครงการด้านสินบน "));
        Assert.Equal((PlanStatus.Draft, (DateTimeOffset?)null, (string?)null, "เพิ่มโครงการด้านสินบน"),
            (reopened.Status, reopened.ApprovedAt, reopened.ApprovedBy, reopened.ReopenReason));
        Assert.Equal("แผนปฏิบัติการปีนี้ยังไม่ได้อนุมัติ แก้ไขได้อยู่แล้ว",
            Refused<ConflictError, AntiCorruptionPlan>(await ReopenAsync(host, team.Admin.Actor, "อีกครั้ง")).Message);
        Assert.Single(await ReportsAsync(host, project.Id));
        Assert.Equal("รายงานผลได้เมื่อผู้บริหารอนุมัติแผนแล้ว",
            Refused<ConflictError, ProjectReport>(await ReportAsync(host, team.Admin.Actor, project.Id, FollowUpRound.YearEnd, Progress())).Message);

        // Approved again, the reason is gone.
        await AddAsync(host, team.Admin.Actor, Project(null, name: "มาตรการป้องกันการรับสินบน"));
        Assert.Null(Succeeded(await ApproveAsync(host, team.Executive.Actor)).ReopenReason);
    }

    [Theory, Providers]
    public async Task Each_round_is_reported_per_project_a_second_report_corrects_the_first_and_the_figures_add_up(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var projects = await ApprovedAsync(host, team, Year,
            Project(team.Office, budget: "30,000"),
            Project(null, name: "มาตรการเผยแพร่การจัดซื้อจัดจ้าง", dimension: PlanDimension.Administration, budget: "0"),
            Project(team.Finance, name: "โครงการอบรมสมาชิกสภา", dimension: PlanDimension.Oversight, budget: "12,000.50"));

        // Every field checked in Thai beside it.
        var refused = await ReportAsync(host, team.Admin.Actor, projects[0].Id, (FollowUpRound)9, new ProgressInput(null, "ห้าพัน", " "));
        Assert.Equal(["Round", "Status", "Spent", "Result"], refused.Errors.Select(e => e.Field));
        Assert.Equal(["กรุณาเลือกรอบการรายงาน", "กรุณาเลือกสถานะของโครงการ"], refused.Errors.Take(2).Select(e => e.Message));
        Assert.Equal("กรุณาบอกผลการดำเนินการ เว็บไซต์จะแสดงข้อความนี้", refused.Errors[3].Message);

        // The department heads report their own only; readers nothing.
        Refused<ForbiddenError, ProjectReport>(await ReportAsync(host, team.Head.Actor, projects[2].Id, FollowUpRound.HalfYear, Progress()));
        Refused<ForbiddenError, ProjectReport>(await ReportAsync(host, team.Head.Actor, projects[1].Id, FollowUpRound.HalfYear, Progress()));
        Refused<ForbiddenError, ProjectReport>(await ReportAsync(host, team.Auditor.Actor, projects[0].Id, FollowUpRound.HalfYear, Progress()));

        var first = Succeeded(await ReportAsync(host, team.Head.Actor, projects[0].Id, FollowUpRound.HalfYear, Progress(ProjectStatus.InProgress, "10,000", "อบรมรุ่นแรกแล้ว")));
        Assert.Equal((ProjectStatus.InProgress, (decimal?)10_000m, "อบรมรุ่นแรกแล้ว", team.Head.Actor.UserName),
            (first.Status, first.Spent, first.Result, first.RecordedBy));
        host.Clock.Now = host.Clock.Now.AddDays(2);
        var corrected = Succeeded(await ReportAsync(host, team.Admin.Actor, projects[0].Id, FollowUpRound.HalfYear, Progress(ProjectStatus.Done, "28,500", " อบรมครบ ")));
        Assert.Equal(first.Id, corrected.Id);
        var stored = Assert.Single(await ReportsAsync(host, projects[0].Id));
        Assert.Equal((ProjectStatus.Done, (decimal?)28_500m, "อบรมครบ", host.Clock.GetUtcNow(), team.Admin.Actor.UserName),
            (stored.Status, stored.Spent, stored.Result, stored.RecordedAt, stored.RecordedBy));

        // Spent may be left empty; cancelled is a state of its own.
        Succeeded(await ReportAsync(host, team.Executive.Actor, projects[1].Id, FollowUpRound.HalfYear, Progress(ProjectStatus.InProgress, null, "เผยแพร่ครบ 6 เดือน")));
        Succeeded(await ReportAsync(host, team.FinanceHead.Actor, projects[2].Id, FollowUpRound.YearEnd, Progress(ProjectStatus.Cancelled, "", "ยกเลิก วิทยากรไม่ว่าง")));

        var year = await host.UseAsync<PlanBoard, PlanYear>(b => b.YearAsync(Year));
        Assert.True(year.Reported(FollowUpRound.HalfYear) && year.Reported(FollowUpRound.YearEnd));
        Assert.Equal(42_000.50m, year.TotalBudget);
        var half = year.Summary(FollowUpRound.HalfYear);
        Assert.Equal([PlanDimension.IntolerantSociety, PlanDimension.Administration, PlanDimension.Oversight, (PlanDimension?)null], half.Select(s => s.Dimension));
        var total = half[^1];
        Assert.Equal((3, 1, 42_000.50m, 28_500m), (total.Projects, total.NotReported, total.Planned, total.Spent));
        Assert.Equal([0, 1, 1, 0], Enum.GetValues<ProjectStatus>().Select(s => total.ByStatus[s]));
        Assert.Equal((1, 0, 30_000m, 28_500m), (half[0].Projects, half[0].NotReported, half[0].Planned, half[0].Spent));
        var annual = year.Summary(FollowUpRound.YearEnd)[^1];
        Assert.Equal((2, 1, 0m), (annual.NotReported, annual.ByStatus[ProjectStatus.Cancelled], annual.Spent));
    }

    [Theory, Providers]
    public async Task An_approval_and_edits_at_the_same_moment_never_leave_an_edited_project_in_an_approved_plan(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        for (var round = 0; round < 5; round++)
        {
            var year = PlanRules.FirstYear + round;
            var project = await AddAsync(host, team.Admin.Actor, Project(team.Office), year);
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var approving = Task.Run(async () => { await gate.Task; return await ApproveAsync(host, team.Executive.Actor, year); });
            var editing = Task.Run(async () => { await gate.Task; return await EditAsync(host, team.Head.Actor, project.Id, Project(team.Office, budget: "99")); });
            gate.SetResult();
            Succeeded(await approving);
            var edit = await editing;
            var stored = await StoredAsync(host, project.Id);
            Assert.Equal(edit.Succeeded ? 99m : 30_000m, stored.Budget);
            if (!edit.Succeeded)
            {
                Refused<ConflictError, PlanProject>(edit);
            }
        }
    }

    [Theory, Providers]
    public async Task Two_first_projects_of_a_year_and_two_reports_of_a_round_at_the_same_moment_make_one_plan_and_one_report(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        for (var round = 0; round < 4; round++)
        {
            var year = PlanRules.FirstYear + round;
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<Result<PlanProject>> Adding(Member member, int department) => Task.Run(async () =>
            {
                await gate.Task;
                return await TryAddAsync(host, member.Actor, year, Project(department, name: "เพิ่มโดย " + member.Name));
            });
            var both = new[] { Adding(team.Head, team.Office), Adding(team.FinanceHead, team.Finance) };
            gate.SetResult();
            var added = await Task.WhenAll(both);
            Assert.All(added, r => Succeeded(r));
            Assert.Single(await host.QueryAsync(db => db.Set<AntiCorruptionPlan>().Where(p => p.FiscalYear == year).ToListAsync()));
            Assert.Equal(added[0].Value!.PlanId, added[1].Value!.PlanId);

            Succeeded(await ApproveAsync(host, team.Executive.Actor, year));
            var reportGate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var projectId = added[0].Value!.Id;
            Task<Result<ProjectReport>> Reporting(Member member) => Task.Run(async () =>
            {
                await reportGate.Task;
                return await ReportAsync(host, member.Actor, projectId, FollowUpRound.HalfYear, Progress(result: "รายงานโดย " + member.Name));
            });
            var reports = new[] { Reporting(team.Head), Reporting(team.Admin) };
            reportGate.SetResult();
            Assert.All(await Task.WhenAll(reports), r => Succeeded(r));
            Assert.Single(await ReportsAsync(host, projectId));
        }
    }

    [Theory, Providers]
    public async Task Another_organizations_plan_is_not_there(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        var theirs = Succeeded(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp =>
            sp.GetRequiredService<SavePlanProject>().AddAsync(other.Admin.Actor, Year, Project(other.DepartmentId))));

        Refused<NotFoundError, PlanProject>(await EditAsync(host, team.Admin.Actor, theirs.Id, Project(null)));
        Refused<NotFoundError, PlanProject>(await RemoveAsync(host, team.Admin.Actor, theirs.Id));
        Refused<NotFoundError, AntiCorruptionPlan>(await ApproveAsync(host, team.Admin.Actor));
        Assert.Null(await host.UseAsync<PlanBoard, ProjectView?>(b => b.FindAsync(team.Admin.Actor, theirs.Id)));
        Assert.Empty((await host.UseAsync<PlanBoard, PlanYear>(b => b.YearAsync(Year))).Lines);
    }
}
