using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.CorruptionRisks;

/// <summary>
/// The staff of the test organization as the risk assessment sees them: an OrgAdmin and an Executive (who assess every
/// risk and approve), the heads of สำนักปลัด and of กองคลัง (who assess their own departments' risks), a clerk of
/// สำนักปลัด and an auditor (who read and write nothing), and three of the organization's departments.
/// </summary>
internal sealed record RisksTeam(
    Member Admin, Member Executive, Member Head, Member FinanceHead, Member Clerk, Member Auditor, int Office, int Finance, int Works);

/// <summary>Builders: real staff accounts through StaffAccounts, risks, approvals and reports through the real use cases.</summary>
internal static class RisksTestData
{
    /// <summary>The fiscal year of the default test clock (15 January 2024 is in FY 2567).</summary>
    public const int Year = 2567;

    public static async Task<RisksTeam> TeamAsync(MeasuresTestHost host)
    {
        var office = await host.DepartmentIdAsync("สำนักปลัด");
        var finance = await host.DepartmentIdAsync("กองคลัง");
        var works = await host.DepartmentIdAsync("กองช่าง");
        return new RisksTeam(
            await CircularsTestData.MemberAsync(host, "นายปกครอง ผู้ดูแลระบบ", [OrgRole.OrgAdmin]),
            await CircularsTestData.MemberAsync(host, "นายกฤษดา นายก", [OrgRole.Executive]),
            await CircularsTestData.MemberAsync(host, "นางหทัย หัวหน้าสำนัก", [OrgRole.DepartmentHead], office),
            await CircularsTestData.MemberAsync(host, "นางสาวเงินทอง ผู้อำนวยการกองคลัง", [OrgRole.DepartmentHead], finance),
            await CircularsTestData.MemberAsync(host, "นายสมชาย ธุรการ", [OrgRole.DepartmentStaff], office),
            await CircularsTestData.MemberAsync(host, "นางตรวจตรา ตรวจสอบ", [OrgRole.Auditor]),
            office, finance, works);
    }

    /// <summary>A risk of building permits, scored 3 × 4 (high) unless told otherwise.</summary>
    public static RiskInput Risk(int? departmentId, int? likelihood = 3, int? impact = 4,
        string? process = "การออกใบอนุญาตก่อสร้างอาคาร", RiskCategory? category = RiskCategory.Permits,
        string? description = "เรียกรับเงินเพื่อเร่งรัดการออกใบอนุญาต", string? controls = "มีคู่มือการให้บริการ",
        string? measures = "ประกาศขั้นตอนและระยะเวลาบนเว็บไซต์ และเปิดช่องทางร้องเรียนตรงถึงนายก", string? period = "ต.ค. 2566 – ก.ย. 2567") =>
        new(process, category, description, likelihood, impact, controls, measures, departmentId, period);

    public static FollowUpInput Done(string? result = "ประกาศขั้นตอนแล้ว ไม่มีเรื่องร้องเรียน",
        RiskProgress? progress = RiskProgress.Done, RiskOutcome? outcome = RiskOutcome.Controlled) => new(progress, outcome, result);

    public static Task<Result<CorruptionRisk>> TryAddAsync(MeasuresTestHost host, StaffActor actor, int fiscalYear, RiskInput input) =>
        host.UseAsync<SaveCorruptionRisk, Result<CorruptionRisk>>(s => s.AddAsync(actor, fiscalYear, input));

    public static async Task<CorruptionRisk> AddAsync(MeasuresTestHost host, StaffActor actor, RiskInput input, int fiscalYear = Year) =>
        Succeeded(await TryAddAsync(host, actor, fiscalYear, input));

    public static Task<Result<CorruptionRisk>> EditAsync(MeasuresTestHost host, StaffActor actor, int riskId, RiskInput input) =>
        host.UseAsync<SaveCorruptionRisk, Result<CorruptionRisk>>(s => s.EditAsync(actor, riskId, input));

    public static Task<Result<CorruptionRisk>> RemoveAsync(MeasuresTestHost host, StaffActor actor, int riskId) =>
        host.UseAsync<RemoveCorruptionRisk, Result<CorruptionRisk>>(r => r.RunAsync(actor, riskId));

    public static Task<Result<RiskAssessment>> ApproveAsync(MeasuresTestHost host, StaffActor actor, int fiscalYear = Year) =>
        host.UseAsync<ApproveRiskAssessment, Result<RiskAssessment>>(a => a.RunAsync(actor, fiscalYear));

    public static Task<Result<RiskAssessment>> ReopenAsync(MeasuresTestHost host, StaffActor actor, string? reason, int fiscalYear = Year) =>
        host.UseAsync<ReopenRiskAssessment, Result<RiskAssessment>>(r => r.RunAsync(actor, fiscalYear, reason));

    public static Task<Result<RiskFollowUp>> ReportAsync(MeasuresTestHost host, StaffActor actor, int riskId, FollowUpRound? round, FollowUpInput input) =>
        host.UseAsync<RecordRiskFollowUp, Result<RiskFollowUp>>(r => r.RunAsync(actor, riskId, round, input));

    /// <summary>An approved assessment of <paramref name="fiscalYear"/> with the given risks, added by the OrgAdmin.</summary>
    public static async Task<List<CorruptionRisk>> ApprovedAsync(MeasuresTestHost host, RisksTeam team, int fiscalYear, params RiskInput[] risks)
    {
        var added = new List<CorruptionRisk>();
        foreach (var risk in risks)
        {
            added.Add(await AddAsync(host, team.Admin.Actor, risk, fiscalYear));
        }

        Succeeded(await ApproveAsync(host, team.Executive.Actor, fiscalYear));
        return added;
    }

    public static T Succeeded<T>(Result<T> result)
    {
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => $"{e.GetType().Name} {e.Field}: {e.Message}")));
        return result.Value!;
    }

    public static Task<CorruptionRisk> StoredAsync(MeasuresTestHost host, int riskId) =>
        host.QueryAsync(db => db.Set<CorruptionRisk>().AsNoTracking().SingleAsync(r => r.Id == riskId));

    public static Task<RiskAssessment?> AssessmentAsync(MeasuresTestHost host, int fiscalYear = Year) =>
        host.QueryAsync(db => db.Set<RiskAssessment>().AsNoTracking().SingleOrDefaultAsync(a => a.FiscalYear == fiscalYear));

    public static Task<int> RiskCountAsync(MeasuresTestHost host) => host.QueryAsync(db => db.Set<CorruptionRisk>().CountAsync());

    public static Task<List<RiskFollowUp>> FollowUpsAsync(MeasuresTestHost host, int riskId) =>
        host.QueryAsync(db => db.Set<RiskFollowUp>().AsNoTracking().Where(f => f.RiskId == riskId).OrderBy(f => f.Round).ToListAsync());

    /// <summary>Who was told about a year's assessment (its notifications lead to the year's list).</summary>
    public static Task<List<string>> NotifiedAsync(MeasuresTestHost host, int fiscalYear = Year)
    {
        var path = $"risks?year={fiscalYear}";
        return host.QueryAsync(db => db.StaffNotifications.Where(n => n.Path == path).OrderBy(n => n.Id).Select(n => n.UserId).ToListAsync());
    }

    /// <summary>The one error of a refused result, of the expected kind, on the expected field, in Thai.</summary>
    public static TError Refused<TError>(Result<CorruptionRisk> result, string? field = null) where TError : Error =>
        Assets.AssetsTestData.Refused<TError, CorruptionRisk>(result, field);

    public static TError Refused<TError>(Result<RiskAssessment> result, string? field = null) where TError : Error =>
        Assets.AssetsTestData.Refused<TError, RiskAssessment>(result, field);

    public static TError Refused<TError>(Result<RiskFollowUp> result, string? field = null) where TError : Error =>
        Assets.AssetsTestData.Refused<TError, RiskFollowUp>(result, field);
}
