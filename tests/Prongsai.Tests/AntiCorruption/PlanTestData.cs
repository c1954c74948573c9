using Microsoft.EntityFrameworkCore;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Common;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Organizations;
using Prongsai.Tests.CorruptionRisks;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.AntiCorruption;

/// <summary>
/// Builders for the anti-corruption plan: the staff of the risk assessment's tests (<see cref="RisksTestData.TeamAsync"/>:
/// an OrgAdmin, an Executive, two department heads, a clerk and an auditor), projects, approvals and reports through the
/// real use cases.
/// </summary>
internal static class PlanTestData
{
    /// <summary>The fiscal year of the default test clock (15 January 2024 is in FY 2567).</summary>
    public const int Year = 2567;

    public const string Training = "โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหารและพนักงาน";

    public static Task<RisksTeam> TeamAsync(MeasuresTestHost host) => RisksTestData.TeamAsync(host);

    /// <summary>An ethics training of dimension 1 with a budget of 30,000 baht unless told otherwise.</summary>
    public static ProjectInput Project(int? departmentId, string? budget = "30,000", string? name = Training,
        PlanDimension? dimension = PlanDimension.IntolerantSociety, string? objective = "ผู้บริหารและพนักงานเข้าอบรม 60 คน",
        string? period = "ก.พ. 2567") =>
        new(dimension, name, objective, departmentId, budget, period);

    public static ProgressInput Progress(ProjectStatus? status = ProjectStatus.Done, string? spent = "28,500",
        string? result = "อบรมแล้ว 1 รุ่น ผู้เข้าร่วม 58 คน") => new(status, spent, result);

    public static Task<Result<PlanProject>> TryAddAsync(MeasuresTestHost host, StaffActor actor, int fiscalYear, ProjectInput input) =>
        host.UseAsync<SavePlanProject, Result<PlanProject>>(s => s.AddAsync(actor, fiscalYear, input));

    public static async Task<PlanProject> AddAsync(MeasuresTestHost host, StaffActor actor, ProjectInput input, int fiscalYear = Year) =>
        RisksTestData.Succeeded(await TryAddAsync(host, actor, fiscalYear, input));

    public static Task<Result<PlanProject>> EditAsync(MeasuresTestHost host, StaffActor actor, int projectId, ProjectInput input) =>
        host.UseAsync<SavePlanProject, Result<PlanProject>>(s => s.EditAsync(actor, projectId, input));

    public static Task<Result<PlanProject>> RemoveAsync(MeasuresTestHost host, StaffActor actor, int projectId) =>
        host.UseAsync<RemovePlanProject, Result<PlanProject>>(r => r.RunAsync(actor, projectId));

    public static Task<Result<AntiCorruptionPlan>> ApproveAsync(MeasuresTestHost host, StaffActor actor, int fiscalYear = Year) =>
        host.UseAsync<ApproveAntiCorruptionPlan, Result<AntiCorruptionPlan>>(a => a.RunAsync(actor, fiscalYear));

    public static Task<Result<AntiCorruptionPlan>> ReopenAsync(MeasuresTestHost host, StaffActor actor, string? reason, int fiscalYear = Year) =>
        host.UseAsync<ReopenAntiCorruptionPlan, Result<AntiCorruptionPlan>>(r => r.RunAsync(actor, fiscalYear, reason));

    public static Task<Result<AntiCorruptionPlan>> TitleAsync(MeasuresTestHost host, StaffActor actor, string? title, int fiscalYear = Year) =>
        host.UseAsync<SetPlanTitle, Result<AntiCorruptionPlan>>(t => t.RunAsync(actor, fiscalYear, title));

    public static Task<Result<int>> CopyAsync(MeasuresTestHost host, StaffActor actor, int fiscalYear = Year) =>
        host.UseAsync<CopyProjectsFromLastYear, Result<int>>(c => c.RunAsync(actor, fiscalYear));

    public static Task<Result<ProjectReport>> ReportAsync(MeasuresTestHost host, StaffActor actor, int projectId, FollowUpRound? round, ProgressInput input) =>
        host.UseAsync<ReportProjectProgress, Result<ProjectReport>>(r => r.RunAsync(actor, projectId, round, input));

    /// <summary>An approved plan of <paramref name="fiscalYear"/> with the given projects, added by the OrgAdmin.</summary>
    public static async Task<List<PlanProject>> ApprovedAsync(MeasuresTestHost host, RisksTeam team, int fiscalYear, params ProjectInput[] projects)
    {
        var added = new List<PlanProject>();
        foreach (var project in projects)
        {
            added.Add(await AddAsync(host, team.Admin.Actor, project, fiscalYear));
        }

        RisksTestData.Succeeded(await ApproveAsync(host, team.Executive.Actor, fiscalYear));
        return added;
    }

    public static Task<PlanProject> StoredAsync(MeasuresTestHost host, int projectId) =>
        host.QueryAsync(db => db.Set<PlanProject>().AsNoTracking().SingleAsync(j => j.Id == projectId));

    public static Task<AntiCorruptionPlan?> PlanAsync(MeasuresTestHost host, int fiscalYear = Year) =>
        host.QueryAsync(db => db.Set<AntiCorruptionPlan>().AsNoTracking().SingleOrDefaultAsync(p => p.FiscalYear == fiscalYear));

    public static Task<List<PlanProject>> ProjectsAsync(MeasuresTestHost host, int fiscalYear = Year) =>
        host.QueryAsync(db => db.Set<PlanProject>().AsNoTracking().Where(j => j.Plan!.FiscalYear == fiscalYear).OrderBy(j => j.Id).ToListAsync());

    public static Task<List<ProjectReport>> ReportsAsync(MeasuresTestHost host, int projectId) =>
        host.QueryAsync(db => db.Set<ProjectReport>().AsNoTracking().Where(r => r.ProjectId == projectId).OrderBy(r => r.Round).ToListAsync());

    public static T Succeeded<T>(Result<T> result) => RisksTestData.Succeeded(result);

    public static TError Refused<TError, T>(Result<T> result, string? field = null) where TError : Error =>
        Assets.AssetsTestData.Refused<TError, T>(result, field);
}
