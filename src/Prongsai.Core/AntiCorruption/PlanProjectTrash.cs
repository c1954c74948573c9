using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// A project removed from a draft anti-corruption plan (<see cref="RemovePlanProject"/>), with its progress reports (a
/// reported project is not removed, so there are none today; the snapshot keeps them should that change). It comes
/// back with its ids into the same year's plan, to who may write its department's projects, while that plan is still a
/// draft: an approved plan is fixed, so the restore is refused until the head of the office reopens it. The item's
/// <see cref="TrashItem.ParentId"/> is the project's department (0: the whole office), which decides who may restore it.
/// Only a draft's project is ever removed and the public sees approved plans only, so the content stamp is untouched.
/// </summary>
public sealed class PlanProjectTrash(ProngsaiDbContext db) : ITrashKind
{
    public const string Key = "anti-corruption-project";

    public string Kind => Key;
    public string Label => "โครงการในแผนปฏิบัติการป้องกันการทุจริต";
    public string LabelEnglish => "Project of the anti-corruption plan";
    public string AuditEntity => nameof(PlanProject);

    /// <summary>The item for a project loaded with its reports, removed from the plan of <paramref name="fiscalYear"/>.</summary>
    public static TrashItem Of(PlanProject project, int fiscalYear, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(Key, project.OrganizationId, project.Id, string.Create(CultureInfo.InvariantCulture,
                $"โครงการในแผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ {fiscalYear}: {project.Name}"),
            PlanPermissions.WriteAntiCorruptionPlan, TrashPayload.Of(new DeletedPlanProject(Snapshot(project), fiscalYear)), actor, now,
            parentId: project.DepartmentId ?? 0);

    public Task<bool> MayRestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken) =>
        Task.FromResult(actor.HasFor(PlanPermissions.WriteAntiCorruptionPlan, item.ParentId == 0 ? null : item.ParentId));

    public Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(string.Create(CultureInfo.InvariantCulture, $"anti-corruption/{item.ItemId}"));

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        if (!await MayRestoreAsync(actor, item, cancellationToken))
        {
            return Error.Forbidden("คุณกู้คืนได้เฉพาะโครงการของส่วนราชการของคุณ");
        }

        if (await db.Set<PlanProject>().AnyAsync(j => j.Id == item.ItemId, cancellationToken))
        {
            return Error.Conflict("โครงการนี้ถูกกู้คืนไปแล้ว");
        }

        var (project, fiscalYear) = TrashPayload.Read<DeletedPlanProject>(item);
        if (!await db.Set<AntiCorruptionPlan>().AnyAsync(p => p.Id == project.PlanId, cancellationToken))
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture,
                $"แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ {fiscalYear} ของโครงการนี้ไม่มีแล้ว จึงกู้คืนไม่ได้"));
        }

        // Under the plan's lock, as every change of its projects: an approval at the same moment comes first or after.
        if (await PlanLocks.DraftOrConflictAsync(db, project.PlanId, cancellationToken) is not null)
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture,
                $"แผนปฏิบัติการป้องกันการทุจริต ปีงบประมาณ {fiscalYear} อนุมัติแล้ว จึงกู้คืนโครงการนี้ไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน แล้วจึงกู้คืน"));
        }

        // A department deleted since: the project comes back as the whole office's.
        if (project.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, cancellationToken))
        {
            project.DepartmentId = null;
        }

        // Added with its reports and their ids, not attached: EF inserts the rows rather than taking them for updates.
        db.Set<PlanProject>().Add(project);
        return null;
    }

    /// <summary>The project's own columns and its reports, without the link up to its plan (which links back).</summary>
    private static PlanProject Snapshot(PlanProject project) => new()
    {
        Id = project.Id, OrganizationId = project.OrganizationId, PlanId = project.PlanId, Dimension = project.Dimension,
        Name = project.Name, Objective = project.Objective, DepartmentId = project.DepartmentId, Budget = project.Budget,
        Period = project.Period, UpdatedAt = project.UpdatedAt, Reports = project.Reports,
    };
}

/// <summary>A removed project as the trash keeps it: the row with its reports, and the fiscal year of its plan (for the messages).</summary>
public sealed record DeletedPlanProject(PlanProject Project, int FiscalYear);
