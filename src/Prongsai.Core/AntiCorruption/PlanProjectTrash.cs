using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// A project removed from a draft anti-corruption plan (<see cref="RemovePlanProject"/>), with its progress reports (a
/// reported project is not removed, so there are none today; the snapshot keeps them should that change). It comes
/// back into the same year's plan while that is a draft, to who may write its department's projects
/// (<see cref="DraftYearRowTrash{TRow, TPayload}"/>).
/// </summary>
public sealed class PlanProjectTrash(ProngsaiDbContext db) : DraftYearRowTrash<PlanProject, DeletedPlanProject>(db, Projects)
{
    public const string Key = "anti-corruption-project";

    private static readonly DraftYearRowKind<PlanProject> Projects = new(Key, PlanPermissions.WriteAntiCorruptionPlan,
        Label: "โครงการในแผนปฏิบัติการป้องกันการทุจริต", LabelEnglish: "Project of the anti-corruption plan",
        RowWord: "โครงการ", YearRecordWords: "แผนปฏิบัติการป้องกันการทุจริต", PagePath: "anti-corruption", YearRecordOf: project => project.PlanId,
        YearRecordExistsAsync: (context, planId, ct) => context.Set<AntiCorruptionPlan>().AnyAsync(p => p.Id == planId, ct),
        DraftOrConflictAsync: PlanLocks.DraftOrConflictAsync);

    /// <summary>The item for a project loaded with its reports, removed from the plan of <paramref name="fiscalYear"/>.</summary>
    public static TrashItem Of(PlanProject project, int fiscalYear, StaffActor actor, DateTimeOffset now) =>
        ItemOf(Projects, new DeletedPlanProject(Snapshot(project), fiscalYear), project.Name, actor, now);

    /// <summary>The project's own columns and its reports, without the link up to its plan (which links back).</summary>
    private static PlanProject Snapshot(PlanProject project) => new()
    {
        Id = project.Id, OrganizationId = project.OrganizationId, PlanId = project.PlanId, Dimension = project.Dimension,
        Name = project.Name, Objective = project.Objective, DepartmentId = project.DepartmentId, Budget = project.Budget,
        Period = project.Period, UpdatedAt = project.UpdatedAt, Reports = project.Reports,
    };
}

/// <summary>A removed project as the trash keeps it: the row with its reports, and the fiscal year of its plan (for the messages).</summary>
public sealed record DeletedPlanProject(PlanProject Project, int FiscalYear) : IDeletedDraftYearRow<PlanProject>
{
    // "Row" only through the interface: the stored JSON calls the row "Project", and items already in the trash must still read.
    PlanProject IDeletedDraftYearRow<PlanProject>.Row => Project;
}
