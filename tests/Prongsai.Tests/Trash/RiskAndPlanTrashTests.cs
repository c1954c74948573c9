using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;
using Prongsai.Tests.AntiCorruption;
using Prongsai.Tests.CorruptionRisks;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Trash;

/// <summary>
/// A risk of the corruption risk assessment and a project of the anti-corruption plan go to the trash when removed: the
/// same department restores them, with their ids and what belongs to them, into their year while it is a draft.
/// </summary>
public sealed class RiskAndPlanTrashTests
{
    private static Task<Result<IReadOnlyList<TrashEntry>>> ListAsync(MeasuresTestHost host, StaffActor actor) =>
        host.UseAsync<TrashBin, Result<IReadOnlyList<TrashEntry>>>(t => t.ListAsync(actor));

    private static Task<Result<TrashEntry>> RestoreAsync(MeasuresTestHost host, StaffActor actor, int trashId) =>
        host.UseAsync<TrashBin, Result<TrashEntry>>(t => t.RestoreAsync(actor, trashId));

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Theory, Providers]
    public async Task A_removed_risk_is_listed_in_the_trash_and_comes_back_as_it_was_for_its_department_only(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await RisksTestData.TeamAsync(host);
        var risk = await RisksTestData.AddAsync(host, team.Head.Actor, RisksTestData.Risk(team.Office, 4, 5, process: "การจัดซื้อจัดจ้าง"));
        RisksTestData.Succeeded(await RisksTestData.RemoveAsync(host, team.Head.Actor, risk.Id));
        Assert.Equal(0, await RisksTestData.RiskCountAsync(host));

        var entry = Assert.Single(RisksTestData.Succeeded(await ListAsync(host, team.Head.Actor)));
        Assert.Equal((CorruptionRiskTrash.Key, "ความเสี่ยงการทุจริต", true), (entry.Kind, entry.KindLabel, entry.CanRestore));
        Assert.Contains("การจัดซื้อจัดจ้าง", entry.Title, StringComparison.Ordinal);
        Assert.Contains("2567", entry.Title, StringComparison.Ordinal);

        // Another department's head sees it but may not restore it; neither may the auditor.
        Assert.False(Assert.Single(RisksTestData.Succeeded(await ListAsync(host, team.FinanceHead.Actor))).CanRestore);
        Assert.IsType<ForbiddenError>(Assert.Single((await RestoreAsync(host, team.FinanceHead.Actor, entry.Id)).Errors));
        Assert.IsType<ForbiddenError>(Assert.Single((await RestoreAsync(host, team.Auditor.Actor, entry.Id)).Errors));

        var restored = RisksTestData.Succeeded(await RestoreAsync(host, team.Head.Actor, entry.Id));
        Assert.Equal("risks/" + Id(risk.Id), restored.Place);
        var back = await RisksTestData.StoredAsync(host, risk.Id);
        Assert.Equal((risk.AssessmentId, risk.Process, risk.Description, risk.Likelihood, risk.Impact, risk.Measures, risk.Period, team.Office),
            (back.AssessmentId, back.Process, back.Description, back.Likelihood, back.Impact, back.Measures, back.Period, back.DepartmentId!.Value));
        Assert.Empty(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));

        // The delete and the restore are in the audit trail; the risk is editable again in its draft.
        var audit = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(CorruptionRisk) && a.EntityId == Id(risk.Id))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Create, AuditActions.Delete], audit.Take(2));
        Assert.Contains(TrashBin.RestoreAction, audit);
        RisksTestData.Succeeded(await RisksTestData.EditAsync(host, team.Head.Actor, risk.Id, RisksTestData.Risk(team.Office, 2, 5, process: "การจัดซื้อจัดจ้าง")));
    }

    [Theory, Providers]
    public async Task A_risk_is_not_restored_into_an_approved_assessment_until_it_is_reopened(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await RisksTestData.TeamAsync(host);
        await RisksTestData.AddAsync(host, team.Admin.Actor, RisksTestData.Risk(null, process: "การเบิกจ่ายเงิน"));
        var removed = await RisksTestData.AddAsync(host, team.Admin.Actor, RisksTestData.Risk(null, process: "การใช้รถส่วนกลาง"));
        RisksTestData.Succeeded(await RisksTestData.RemoveAsync(host, team.Admin.Actor, removed.Id));
        RisksTestData.Succeeded(await RisksTestData.ApproveAsync(host, team.Executive.Actor));
        var trashId = Assert.Single(RisksTestData.Succeeded(await ListAsync(host, team.Admin.Actor))).Id;

        var refused = Assert.IsType<ConflictError>(Assert.Single((await RestoreAsync(host, team.Admin.Actor, trashId)).Errors));
        Assert.Equal("ผลการประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2567 อนุมัติแล้ว จึงกู้คืนความเสี่ยงนี้ไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน แล้วจึงกู้คืน", refused.Message);
        Assert.Equal(1, await RisksTestData.RiskCountAsync(host));
        Assert.Single(await host.QueryAsync(db => db.Set<TrashItem>().ToListAsync()));
        Assert.Equal(0, await host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == TrashBin.RestoreAction)));

        RisksTestData.Succeeded(await RisksTestData.ReopenAsync(host, team.Executive.Actor, "เพิ่มความเสี่ยงที่ลบไปโดยไม่ตั้งใจ"));
        RisksTestData.Succeeded(await RestoreAsync(host, team.Admin.Actor, trashId));
        Assert.Equal("การใช้รถส่วนกลาง", (await RisksTestData.StoredAsync(host, removed.Id)).Process);
        Assert.Equal(2, await RisksTestData.RiskCountAsync(host));
    }

    [Theory, Providers]
    public async Task A_risk_in_the_trash_keeps_its_follow_ups_and_comes_back_with_them(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await RisksTestData.TeamAsync(host);
        var risk = Assert.Single(await RisksTestData.ApprovedAsync(host, team, RisksTestData.Year, RisksTestData.Risk(team.Office)));
        var followUp = RisksTestData.Succeeded(await RisksTestData.ReportAsync(host, team.Head.Actor, risk.Id, FollowUpRound.HalfYear, RisksTestData.Done()));
        RisksTestData.Succeeded(await RisksTestData.ReopenAsync(host, team.Executive.Actor, "แก้ไขมาตรการ"));

        // The use case keeps a reported risk; the kind still carries whatever belongs to a risk, should that rule change.
        await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            var stored = await db.Set<CorruptionRisk>().Include(r => r.FollowUps).SingleAsync(r => r.Id == risk.Id);
            db.Add(CorruptionRiskTrash.Of(stored, RisksTestData.Year, team.Head.Actor, host.Clock.GetUtcNow()));
            db.Remove(stored);
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await RisksTestData.FollowUpsAsync(host, risk.Id));

        var trashId = Assert.Single(RisksTestData.Succeeded(await ListAsync(host, team.Head.Actor))).Id;
        RisksTestData.Succeeded(await RestoreAsync(host, team.Head.Actor, trashId));
        var back = Assert.Single(await RisksTestData.FollowUpsAsync(host, risk.Id));
        Assert.Equal((followUp.Id, followUp.Round, followUp.Result, followUp.RecordedBy), (back.Id, back.Round, back.Result, back.RecordedBy));

        // Restored once, the item is gone: a second restore finds nothing.
        Assert.IsType<NotFoundError>(Assert.Single((await RestoreAsync(host, team.Head.Actor, trashId)).Errors));
    }

    [Theory, Providers]
    public async Task A_removed_project_is_listed_in_the_trash_and_comes_back_into_its_draft_plan(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await PlanTestData.TeamAsync(host);
        var kept = await PlanTestData.AddAsync(host, team.Admin.Actor, PlanTestData.Project(null));
        var removed = await PlanTestData.AddAsync(host, team.Head.Actor, PlanTestData.Project(team.Office, budget: "12,500", name: "กิจกรรมเผยแพร่ประกาศเจตจำนงสุจริต"));
        PlanTestData.Succeeded(await PlanTestData.RemoveAsync(host, team.Head.Actor, removed.Id));
        Assert.Equal([kept.Id], (await PlanTestData.ProjectsAsync(host)).Select(j => j.Id));

        var entry = Assert.Single(PlanTestData.Succeeded(await ListAsync(host, team.Head.Actor)));
        Assert.Equal((PlanProjectTrash.Key, "โครงการในแผนปฏิบัติการป้องกันการทุจริต", true), (entry.Kind, entry.KindLabel, entry.CanRestore));
        Assert.Contains("กิจกรรมเผยแพร่ประกาศเจตจำนงสุจริต", entry.Title, StringComparison.Ordinal);
        Assert.False(Assert.Single(PlanTestData.Succeeded(await ListAsync(host, team.FinanceHead.Actor))).CanRestore);
        Assert.IsType<ForbiddenError>(Assert.Single((await RestoreAsync(host, team.FinanceHead.Actor, entry.Id)).Errors));

        // Approved meanwhile, the plan takes nothing back until the head reopens it.
        PlanTestData.Succeeded(await PlanTestData.ApproveAsync(host, team.Executive.Actor));
        var refused = Assert.IsType<ConflictError>(Assert.Single((await RestoreAsync(host, team.Head.Actor, entry.Id)).Errors));
        Assert.Equal("แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2567 อนุมัติแล้ว จึงกู้คืนโครงการนี้ไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน แล้วจึงกู้คืน", refused.Message);
        Assert.Single(await PlanTestData.ProjectsAsync(host));

        PlanTestData.Succeeded(await PlanTestData.ReopenAsync(host, team.Executive.Actor, "เพิ่มโครงการที่ลบไป"));
        var restored = PlanTestData.Succeeded(await RestoreAsync(host, team.Head.Actor, entry.Id));
        Assert.Equal("anti-corruption/" + Id(removed.Id), restored.Place);
        var back = await PlanTestData.StoredAsync(host, removed.Id);
        Assert.Equal((removed.PlanId, removed.Name, removed.Budget, removed.Dimension, team.Office),
            (back.PlanId, back.Name, back.Budget, back.Dimension, back.DepartmentId!.Value));
        Assert.Equal([kept.Id, removed.Id], (await PlanTestData.ProjectsAsync(host)).Select(j => j.Id).Order());
        var audit = await host.QueryAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(PlanProject) && a.EntityId == Id(removed.Id))
            .OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal([AuditActions.Create, AuditActions.Delete], audit.Take(2));
        Assert.Contains(TrashBin.RestoreAction, audit);
    }

    [Theory, Providers]
    public async Task A_project_in_the_trash_keeps_its_reports_and_comes_back_with_them(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await PlanTestData.TeamAsync(host);
        var project = Assert.Single(await PlanTestData.ApprovedAsync(host, team, PlanTestData.Year, PlanTestData.Project(team.Office)));
        var report = PlanTestData.Succeeded(await PlanTestData.ReportAsync(host, team.Head.Actor, project.Id, FollowUpRound.HalfYear, PlanTestData.Progress()));
        PlanTestData.Succeeded(await PlanTestData.ReopenAsync(host, team.Executive.Actor, "แก้ไขงบประมาณ"));

        await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            var stored = await db.Set<PlanProject>().Include(j => j.Reports).SingleAsync(j => j.Id == project.Id);
            db.Add(PlanProjectTrash.Of(stored, PlanTestData.Year, team.Head.Actor, host.Clock.GetUtcNow()));
            db.Remove(stored);
            return await db.SaveChangesAsync();
        });
        Assert.Empty(await PlanTestData.ReportsAsync(host, project.Id));

        var trashId = Assert.Single(PlanTestData.Succeeded(await ListAsync(host, team.Head.Actor))).Id;
        PlanTestData.Succeeded(await RestoreAsync(host, team.Head.Actor, trashId));
        var back = Assert.Single(await PlanTestData.ReportsAsync(host, project.Id));
        Assert.Equal((report.Id, report.Round, report.Result), (back.Id, back.Round, back.Result));
    }
    [Theory, Providers]
    public async Task A_risk_restore_names_the_risk_and_its_year_when_refused_and_gives_a_gone_department_s_risk_to_the_office(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await RisksTestData.TeamAsync(host);
        var unit = await NewDepartmentAsync(host, team.Admin.Actor);
        var ofUnit = await RisksTestData.AddAsync(host, team.Admin.Actor, RisksTestData.Risk(unit, process: "การซ่อมถนน"));
        var ofOffice = await RisksTestData.AddAsync(host, team.Admin.Actor, RisksTestData.Risk(team.Office, process: "การจัดเก็บภาษี"));
        RisksTestData.Succeeded(await RisksTestData.RemoveAsync(host, team.Admin.Actor, ofUnit.Id));
        RisksTestData.Succeeded(await RisksTestData.RemoveAsync(host, team.Admin.Actor, ofOffice.Id));
        var entries = RisksTestData.Succeeded(await ListAsync(host, team.Admin.Actor));
        var unitItem = entries.Single(e => e.Title.Contains("การซ่อมถนน", StringComparison.Ordinal)).Id;
        var officeItem = entries.Single(e => e.Title.Contains("การจัดเก็บภาษี", StringComparison.Ordinal)).Id;

        Assert.Equal("คุณกู้คืนได้เฉพาะความเสี่ยงของส่วนราชการของคุณ",
            Refused<ForbiddenError>(await RestoreAsync(host, team.FinanceHead.Actor, officeItem)).Message);

        // The department was deleted since: the risk comes back as the whole office's.
        await DeleteDepartmentAsync(host, team.Admin.Actor, unit);
        RisksTestData.Succeeded(await RestoreAsync(host, team.Admin.Actor, unitItem));
        Assert.Null((await RisksTestData.StoredAsync(host, ofUnit.Id)).DepartmentId);

        // An item whose risk is in the assessment again.
        var twice = await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            var item = CorruptionRiskTrash.Of(await db.Set<CorruptionRisk>().SingleAsync(r => r.Id == ofUnit.Id), RisksTestData.Year, team.Admin.Actor, host.Clock.GetUtcNow());
            db.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        Assert.Equal("ความเสี่ยงนี้ถูกกู้คืนไปแล้ว", Refused<ConflictError>(await RestoreAsync(host, team.Admin.Actor, twice)).Message);

        // The year's assessment is gone.
        await host.QueryAsync(db => db.Set<RiskAssessment>().ExecuteDeleteAsync());
        Assert.Equal("ผลการประเมินความเสี่ยงการทุจริต ปีงบประมาณ 2567 ของความเสี่ยงนี้ไม่มีแล้ว จึงกู้คืนไม่ได้",
            Refused<ConflictError>(await RestoreAsync(host, team.Admin.Actor, officeItem)).Message);
    }

    [Theory, Providers]
    public async Task A_project_restore_names_the_project_and_its_year_when_refused_and_gives_a_gone_department_s_project_to_the_office(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await PlanTestData.TeamAsync(host);
        var unit = await NewDepartmentAsync(host, team.Admin.Actor);
        var ofUnit = await PlanTestData.AddAsync(host, team.Admin.Actor, PlanTestData.Project(unit, name: "โครงการซ่อมถนนโปร่งใส"));
        var ofOffice = await PlanTestData.AddAsync(host, team.Admin.Actor, PlanTestData.Project(team.Office, name: "โครงการภาษีโปร่งใส"));
        PlanTestData.Succeeded(await PlanTestData.RemoveAsync(host, team.Admin.Actor, ofUnit.Id));
        PlanTestData.Succeeded(await PlanTestData.RemoveAsync(host, team.Admin.Actor, ofOffice.Id));
        var entries = PlanTestData.Succeeded(await ListAsync(host, team.Admin.Actor));
        var unitItem = entries.Single(e => e.Title.Contains("โครงการซ่อมถนนโปร่งใส", StringComparison.Ordinal)).Id;
        var officeItem = entries.Single(e => e.Title.Contains("โครงการภาษีโปร่งใส", StringComparison.Ordinal)).Id;

        Assert.Equal("คุณกู้คืนได้เฉพาะโครงการของส่วนราชการของคุณ",
            Refused<ForbiddenError>(await RestoreAsync(host, team.FinanceHead.Actor, officeItem)).Message);

        await DeleteDepartmentAsync(host, team.Admin.Actor, unit);
        PlanTestData.Succeeded(await RestoreAsync(host, team.Admin.Actor, unitItem));
        Assert.Null((await PlanTestData.StoredAsync(host, ofUnit.Id)).DepartmentId);

        var twice = await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            var item = PlanProjectTrash.Of(await db.Set<PlanProject>().SingleAsync(j => j.Id == ofUnit.Id), PlanTestData.Year, team.Admin.Actor, host.Clock.GetUtcNow());
            db.Add(item);
            await db.SaveChangesAsync();
            return item.Id;
        });
        Assert.Equal("โครงการนี้ถูกกู้คืนไปแล้ว", Refused<ConflictError>(await RestoreAsync(host, team.Admin.Actor, twice)).Message);

        await host.QueryAsync(db => db.Set<AntiCorruptionPlan>().ExecuteDeleteAsync());
        Assert.Equal("แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ 2567 ของโครงการนี้ไม่มีแล้ว จึงกู้คืนไม่ได้",
            Refused<ConflictError>(await RestoreAsync(host, team.Admin.Actor, officeItem)).Message);
    }

    /// <summary>A department nothing names yet, so deleting it removes it rather than retiring it.</summary>
    private static async Task<int> NewDepartmentAsync(MeasuresTestHost host, StaffActor admin) =>
        RisksTestData.Succeeded(await host.UseAsync<ManageDepartments, Result<Department>>(d => d.AddAsync(admin, new DepartmentInput("กองทดลองชั่วคราว")))).Id;

    private static async Task DeleteDepartmentAsync(MeasuresTestHost host, StaffActor admin, int departmentId) =>
        Assert.Equal(DepartmentRemoval.Deleted, RisksTestData.Succeeded(await host.UseAsync<ManageDepartments, Result<DepartmentRemoval>>(d => d.DeleteAsync(admin, departmentId))));

    private static TError Refused<TError>(Result<TrashEntry> result) where TError : Error =>
        Assets.AssetsTestData.Refused<TError, TrashEntry>(result);
}
