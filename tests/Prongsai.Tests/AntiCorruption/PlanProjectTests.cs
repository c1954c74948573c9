using Microsoft.EntityFrameworkCore;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.AntiCorruption.PlanTestData;

namespace Prongsai.Tests.AntiCorruption;

/// <summary>
/// The plan's projects on both databases: the first starts the year's plan, every field checked in Thai beside it, the
/// budget typed as clerks type it, the years one may plan, the department scope, the plan's title, bringing last year's
/// projects over (never twice), removal, and the audit trail.
/// </summary>
public sealed class PlanProjectTests
{
    [Theory, Providers]
    public async Task The_first_project_starts_the_years_plan_and_the_budget_is_read_as_clerks_type_it(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        Assert.Null(await PlanAsync(host));

        var first = await AddAsync(host, team.Admin.Actor, Project(null, budget: "50,000", name: "  " + Training + " ", period: null));
        var plan = (await PlanAsync(host))!;
        Assert.Equal((host.OrganizationId, Year, PlanStatus.Draft, (string?)null), (plan.OrganizationId, plan.FiscalYear, plan.Status, plan.Title));
        Assert.Equal("แผนปฏิบัติการป้องกันการทุจริต ประจำปีงบประมาณ พ.ศ. 2567", plan.DisplayTitle);
        var stored = await StoredAsync(host, first.Id);
        Assert.Equal((plan.Id, host.OrganizationId, (int?)null, Training, 50_000m, "", host.Clock.GetUtcNow()),
            (stored.PlanId, stored.OrganizationId, stored.DepartmentId, stored.Name, stored.Budget, stored.Period, stored.UpdatedAt));

        // "50000.50", "๑๒,๐๐๐ บาท" and 0 (no budget) are read; the next project joins the same plan.
        foreach (var (typed, amount) in new[] { ("50000.50", 50_000.50m), ("๑๒,๐๐๐ บาท", 12_000m), ("0", 0m) })
        {
            var project = await AddAsync(host, team.Head.Actor, Project(team.Office, budget: typed, dimension: PlanDimension.Oversight));
            Assert.Equal((amount, plan.Id, PlanDimension.Oversight), ((await StoredAsync(host, project.Id)).Budget, project.PlanId, project.Dimension));
        }

        Assert.Equal("ไม่ใช้งบประมาณ", PlanTexts.Budget(0));
        Assert.Equal(1, await host.QueryAsync(db => db.Set<AntiCorruptionPlan>().CountAsync()));

        // The next fiscal year is plannable and has a plan of its own; before 2550 and after next year are not.
        await AddAsync(host, team.Executive.Actor, Project(team.Finance), Year + 1);
        Assert.Equal(2, await host.QueryAsync(db => db.Set<AntiCorruptionPlan>().CountAsync()));
        Refused<NotFoundError, PlanProject>(await TryAddAsync(host, team.Admin.Actor, Year + 2, Project(null)));
        Refused<NotFoundError, PlanProject>(await TryAddAsync(host, team.Admin.Actor, PlanRules.FirstYear - 1, Project(null)));
        await AddAsync(host, team.Admin.Actor, Project(null), PlanRules.FirstYear);
    }

    [Theory, Providers]
    public async Task A_project_needs_every_field_and_is_refused_in_Thai_beside_the_field_with_nothing_saved(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var actor = team.Admin.Actor;

        async Task<string> RefusedAsync(ProjectInput input, string field) =>
            Refused<ValidationError, PlanProject>(await TryAddAsync(host, actor, Year, input), field).Message;

        foreach (var blank in new[] { null, "", "   " })
        {
            Assert.Equal("กรุณาบอกชื่อโครงการ กิจกรรม หรือมาตรการ", await RefusedAsync(Project(null, name: blank), "Name"));
            Assert.Equal("กรุณาบอกวัตถุประสงค์หรือเป้าหมายของโครงการ", await RefusedAsync(Project(null, objective: blank), "Objective"));
            Assert.Equal("กรุณากรอกงบประมาณเป็นบาท เช่น 50,000 ใส่ 0 ถ้าไม่ใช้งบประมาณ", await RefusedAsync(Project(null, budget: blank), "Budget"));
        }

        foreach (var dimension in new PlanDimension?[] { null, (PlanDimension)0, (PlanDimension)5 })
        {
            Assert.Equal("กรุณาเลือกมิติของแผน", await RefusedAsync(Project(null, dimension: dimension), "Dimension"));
        }

        Assert.StartsWith("อ่านจำนวนเงินไม่ได้", await RefusedAsync(Project(null, budget: "ห้าหมื่น"), "Budget"), StringComparison.Ordinal);
        Assert.StartsWith("อ่านจำนวนเงินไม่ได้", await RefusedAsync(Project(null, budget: "50,00"), "Budget"), StringComparison.Ordinal);
        Assert.StartsWith("จำนวนเงินต้องไม่ติดลบ", await RefusedAsync(Project(null, budget: "-100"), "Budget"), StringComparison.Ordinal);
        Assert.StartsWith("จำนวนเงินมีทศนิยมได้ไม่เกิน 2 ตำแหน่ง", await RefusedAsync(Project(null, budget: "10.505"), "Budget"), StringComparison.Ordinal);
        Assert.Equal("ชื่อโครงการยาวได้ไม่เกิน 500 ตัวอักษร", await RefusedAsync(Project(null, name: new string('ก', PlanRules.Name + 1)), "Name"));
        Assert.Equal("วัตถุประสงค์ยาวได้ไม่เกิน 1,500 ตัวอักษร", await RefusedAsync(Project(null, objective: new string('ข', PlanRules.Objective + 1)), "Objective"));
        Assert.Equal("ระยะเวลาดำเนินการยาวได้ไม่เกิน 200 ตัวอักษร", await RefusedAsync(Project(null, period: new string('ค', PlanRules.Period + 1)), "Period"));
        Assert.Equal("ไม่พบส่วนราชการที่เลือก", await RefusedAsync(Project(int.MaxValue), "DepartmentId"));

        // Several at once: each beside its field.
        var many = await TryAddAsync(host, actor, Year, new ProjectInput(null, "", null, null, "abc", null));
        Assert.Equal(["Dimension", "Name", "Objective", "Budget"], many.Errors.Select(e => e.Field));
        Assert.Null(await PlanAsync(host));
    }

    [Theory, Providers]
    public async Task Department_heads_write_their_own_departments_projects_and_readers_write_nothing(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);

        var own = await AddAsync(host, team.Head.Actor, Project(team.Office));
        Assert.Equal("คุณบันทึกได้เฉพาะโครงการของส่วนราชการที่คุณสังกัด",
            Refused<ValidationError, PlanProject>(await TryAddAsync(host, team.Head.Actor, Year, Project(team.Finance)), "DepartmentId").Message);
        Assert.Equal("โครงการของทั้งหน่วยงานให้ผู้บริหารหรือผู้ดูแลระบบบันทึก กรุณาเลือกส่วนราชการของคุณ",
            Refused<ValidationError, PlanProject>(await TryAddAsync(host, team.Head.Actor, Year, Project(null)), "DepartmentId").Message);

        // Another department's project, or the whole office's, is not theirs to correct, remove or report.
        var finance = await AddAsync(host, team.Admin.Actor, Project(team.Finance));
        var whole = await AddAsync(host, team.Admin.Actor, Project(null));
        foreach (var id in new[] { finance.Id, whole.Id })
        {
            Refused<ForbiddenError, PlanProject>(await EditAsync(host, team.Head.Actor, id, Project(team.Office)));
            Refused<ForbiddenError, PlanProject>(await RemoveAsync(host, team.Head.Actor, id));
        }

        // Nor may they move their own project to another department.
        Refused<ValidationError, PlanProject>(await EditAsync(host, team.Head.Actor, own.Id, Project(team.Finance)), "DepartmentId");
        Succeeded(await EditAsync(host, team.Head.Actor, own.Id, Project(team.Office, budget: "1,000")));
        Assert.Equal(1_000m, (await StoredAsync(host, own.Id)).Budget);

        foreach (var reader in new[] { team.Clerk, team.Auditor })
        {
            Refused<ForbiddenError, PlanProject>(await TryAddAsync(host, reader.Actor, Year, Project(team.Office)));
            Refused<ForbiddenError, PlanProject>(await EditAsync(host, reader.Actor, own.Id, Project(team.Office)));
            Refused<ForbiddenError, PlanProject>(await RemoveAsync(host, reader.Actor, own.Id));
            Refused<ForbiddenError, int>(await CopyAsync(host, reader.Actor, Year + 1));
            Refused<ForbiddenError, AntiCorruptionPlan>(await TitleAsync(host, reader.Actor, "แผน"));
        }

        Refused<NotFoundError, PlanProject>(await EditAsync(host, team.Admin.Actor, int.MaxValue, Project(null)));
        Assert.Equal(3, (await ProjectsAsync(host)).Count);
    }

    [Theory, Providers]
    public async Task A_plan_may_carry_the_title_of_its_multi_year_plan_named_by_the_head_while_a_draft(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        const string FourYears = "แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2566–2570)";

        var titled = Succeeded(await TitleAsync(host, team.Admin.Actor, "  " + FourYears + " "));
        Assert.Equal((FourYears, FourYears, PlanStatus.Draft), (titled.Title, titled.DisplayTitle, titled.Status));
        Refused<ForbiddenError, AntiCorruptionPlan>(await TitleAsync(host, team.Head.Actor, "แผนของกอง"));
        Assert.Equal("ชื่อแผนยาวได้ไม่เกิน 300 ตัวอักษร",
            Refused<ValidationError, AntiCorruptionPlan>(await TitleAsync(host, team.Admin.Actor, new string('ก', PlanRules.Title + 1)), "Title").Message);

        // Empty: the default title again.
        Assert.Null(Succeeded(await TitleAsync(host, team.Executive.Actor, " ")).Title);
        Assert.Equal(PlanRules.DefaultTitle(Year), (await PlanAsync(host))!.DisplayTitle);

        Succeeded(await TitleAsync(host, team.Admin.Actor, FourYears));
        await ApprovedAsync(host, team, Year, Project(null));
        Refused<ConflictError, AntiCorruptionPlan>(await TitleAsync(host, team.Admin.Actor, "อื่น"));
        Assert.Equal(FourYears, (await PlanAsync(host))!.Title);
    }

    [Theory, Providers]
    public async Task Last_years_projects_are_brought_into_a_draft_once_however_often_the_button_is_pressed(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        const string Title = "แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2566–2570)";

        Assert.Equal("ปีก่อนไม่มีโครงการให้ยกมา", Refused<NotFoundError, int>(await CopyAsync(host, team.Admin.Actor)).Message);
        Succeeded(await TitleAsync(host, team.Admin.Actor, Title, Year - 1));
        var last = await ApprovedAsync(host, team, Year - 1,
            Project(null, name: "โครงการประชาคมหมู่บ้าน", dimension: PlanDimension.PublicParticipation, budget: "20,000"),
            Project(team.Office, name: "กิจกรรมเผยแพร่ประมวลจริยธรรม", budget: "0"),
            Project(team.Finance, name: "มาตรการเผยแพร่การจัดซื้อจัดจ้าง", dimension: PlanDimension.Administration));
        Succeeded(await ReportAsync(host, team.Admin.Actor, last[0].Id, FollowUpRound.YearEnd, Progress()));

        // A department head brings their own department's project only; the title is the whole office's.
        Assert.Equal(1, Succeeded(await CopyAsync(host, team.Head.Actor)));
        Assert.Null((await PlanAsync(host))!.Title);
        Assert.Equal(0, Succeeded(await CopyAsync(host, team.Head.Actor)));

        // The head of the office brings the rest and the title, without the one already there; pressed again, nothing.
        Assert.Equal(2, Succeeded(await CopyAsync(host, team.Admin.Actor)));
        Assert.Equal(0, Succeeded(await CopyAsync(host, team.Admin.Actor)));
        var plan = (await PlanAsync(host))!;
        Assert.Equal((Title, PlanStatus.Draft), (plan.Title, plan.Status));
        var copied = await ProjectsAsync(host);
        Assert.Equal(["กิจกรรมเผยแพร่ประมวลจริยธรรม", "โครงการประชาคมหมู่บ้าน", "มาตรการเผยแพร่การจัดซื้อจัดจ้าง"], copied.Select(j => j.Name));
        Assert.Equal([0m, 20_000m, 30_000m], copied.Select(j => j.Budget));
        Assert.Equal([team.Office, (int?)null, team.Finance], copied.Select(j => j.DepartmentId));
        Assert.All(copied, j => Assert.Equal(plan.Id, j.PlanId));
        Assert.Empty(await host.QueryAsync(db => db.Set<ProjectReport>().Where(r => copied.Select(j => j.Id).Contains(r.ProjectId)).ToListAsync()));

        // Last year's plan is untouched; an approved year takes nothing.
        Assert.Equal(3, (await ProjectsAsync(host, Year - 1)).Count);
        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        Refused<ConflictError, int>(await CopyAsync(host, team.Admin.Actor));
    }

    [Theory, Providers]
    public async Task A_project_is_removed_from_a_draft_only_unless_reported_and_the_audit_trail_keeps_every_step(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var kept = await AddAsync(host, team.Admin.Actor, Project(null));
        var removed = await AddAsync(host, team.Head.Actor, Project(team.Office, name: "กิจกรรมที่ยกเลิก"));
        Succeeded(await EditAsync(host, team.Admin.Actor, kept.Id, Project(null, budget: "35,000")));
        Succeeded(await RemoveAsync(host, team.Head.Actor, removed.Id));
        Assert.Equal([kept.Id], (await ProjectsAsync(host)).Select(j => j.Id));

        Succeeded(await ApproveAsync(host, team.Executive.Actor));
        Assert.Equal(PlanLocks.Approved, Refused<ConflictError, PlanProject>(await RemoveAsync(host, team.Admin.Actor, kept.Id)).Message);
        Refused<ConflictError, PlanProject>(await EditAsync(host, team.Admin.Actor, kept.Id, Project(null)));
        Refused<ConflictError, PlanProject>(await TryAddAsync(host, team.Admin.Actor, Year, Project(null)));
        Succeeded(await ReportAsync(host, team.Admin.Actor, kept.Id, FollowUpRound.HalfYear, Progress()));

        // Reopened, it may be corrected, but a reported project stays.
        Succeeded(await ReopenAsync(host, team.Executive.Actor, "เพิ่มโครงการ"));
        Assert.Equal("โครงการนี้มีรายงานผลการดำเนินการแล้ว จึงลบไม่ได้ แก้ไขข้อความแทนได้",
            Refused<ConflictError, PlanProject>(await RemoveAsync(host, team.Admin.Actor, kept.Id)).Message);
        Succeeded(await EditAsync(host, team.Admin.Actor, kept.Id, Project(null, budget: "36,000")));

        static string Id(int id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entries = await host.QueryAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => e.Entity == nameof(PlanProject) || e.Entity == nameof(AntiCorruptionPlan) || e.Entity == nameof(ProjectReport))
            .OrderBy(e => e.Id).Select(e => new { e.Entity, e.EntityId, e.Action, e.Changes }).ToListAsync());
        Assert.Contains(entries, e => e.Entity == nameof(PlanProject) && e.EntityId == Id(removed.Id) && e.Action == AuditActions.Delete
            && e.Changes!.Contains("กิจกรรมที่ยกเลิก", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Entity == nameof(ProjectReport) && e.Action == AuditActions.Create);
        Assert.Equal(2, entries.Count(e => e.Entity == nameof(AntiCorruptionPlan) && e.Action == AuditActions.Update));
        Assert.Equal(3, entries.Count(e => e.Entity == nameof(PlanProject) && e.EntityId == Id(kept.Id)));
    }
}
