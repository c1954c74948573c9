using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>
/// A risk removed from a draft assessment (<see cref="RemoveCorruptionRisk"/>), with its follow-up reports (a reported
/// risk is not removed, so there are none today; the snapshot keeps them should that change). It comes back with its
/// ids into the same year's assessment, to who may assess its department's risks, while that assessment is still a
/// draft: an approved assessment is fixed, so the restore is refused until the head of the office reopens it. The item's
/// <see cref="TrashItem.ParentId"/> is the risk's department (0: the whole office), which decides who may restore it.
/// Only a draft's risk is ever removed and the public sees approved assessments only, so the content stamp is untouched.
/// </summary>
public sealed class CorruptionRiskTrash(ProngsaiDbContext db) : ITrashKind
{
    public const string Key = "corruption-risk";

    public string Kind => Key;
    public string Label => "ความเสี่ยงการทุจริต";
    public string LabelEnglish => "Corruption risk";
    public string AuditEntity => nameof(CorruptionRisk);

    /// <summary>The item for a risk loaded with its follow-ups, removed from the assessment of <paramref name="fiscalYear"/>.</summary>
    public static TrashItem Of(CorruptionRisk risk, int fiscalYear, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(Key, risk.OrganizationId, risk.Id, string.Create(CultureInfo.InvariantCulture,
                $"ความเสี่ยงการทุจริต ปีงบประมาณ {fiscalYear}: {risk.Process} – {risk.Description}"),
            RisksPermissions.AssessRisks, TrashPayload.Of(new DeletedRisk(Snapshot(risk), fiscalYear)), actor, now, parentId: risk.DepartmentId ?? 0);

    public Task<bool> MayRestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken) =>
        Task.FromResult(actor.HasFor(RisksPermissions.AssessRisks, item.ParentId == 0 ? null : item.ParentId));

    public Task<string?> PlaceAsync(TrashItem item, CancellationToken cancellationToken) =>
        Task.FromResult<string?>(string.Create(CultureInfo.InvariantCulture, $"risks/{item.ItemId}"));

    public async Task<Error?> RestoreAsync(StaffActor actor, TrashItem item, CancellationToken cancellationToken)
    {
        if (!await MayRestoreAsync(actor, item, cancellationToken))
        {
            return Error.Forbidden("คุณกู้คืนได้เฉพาะความเสี่ยงของส่วนราชการของคุณ");
        }

        if (await db.Set<CorruptionRisk>().AnyAsync(r => r.Id == item.ItemId, cancellationToken))
        {
            return Error.Conflict("ความเสี่ยงนี้ถูกกู้คืนไปแล้ว");
        }

        var (risk, fiscalYear) = TrashPayload.Read<DeletedRisk>(item);
        if (!await db.Set<RiskAssessment>().AnyAsync(a => a.Id == risk.AssessmentId, cancellationToken))
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture,
                $"ผลการประเมินความเสี่ยงการทุจริต ปีงบประมาณ {fiscalYear} ของความเสี่ยงนี้ไม่มีแล้ว จึงกู้คืนไม่ได้"));
        }

        // Under the assessment's lock, as every change of its risks: an approval at the same moment comes first or after.
        if (await RiskLocks.DraftOrConflictAsync(db, risk.AssessmentId, cancellationToken) is not null)
        {
            return Error.Conflict(string.Create(CultureInfo.InvariantCulture,
                $"ผลการประเมินความเสี่ยงการทุจริต ปีงบประมาณ {fiscalYear} อนุมัติแล้ว จึงกู้คืนความเสี่ยงนี้ไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน แล้วจึงกู้คืน"));
        }

        // A department deleted since: the risk comes back as the whole office's (as a department's delete leaves its risks).
        if (risk.DepartmentId is { } department && !await db.Departments.AnyAsync(d => d.Id == department, cancellationToken))
        {
            risk.DepartmentId = null;
        }

        // Added with its follow-ups and their ids, not attached: EF inserts the rows rather than taking them for updates.
        db.Set<CorruptionRisk>().Add(risk);
        return null;
    }

    /// <summary>The risk's own columns and its follow-ups, without the link up to its assessment (which links back).</summary>
    private static CorruptionRisk Snapshot(CorruptionRisk risk) => new()
    {
        Id = risk.Id, OrganizationId = risk.OrganizationId, AssessmentId = risk.AssessmentId, EditVersion = risk.EditVersion,
        Process = risk.Process, Category = risk.Category, Description = risk.Description, Likelihood = risk.Likelihood, Impact = risk.Impact,
        ExistingControls = risk.ExistingControls, Measures = risk.Measures, DepartmentId = risk.DepartmentId, Period = risk.Period,
        UpdatedAt = risk.UpdatedAt, FollowUps = risk.FollowUps,
    };
}

/// <summary>A removed risk as the trash keeps it: the row with its follow-ups, and the fiscal year of its assessment (for the messages).</summary>
public sealed record DeletedRisk(CorruptionRisk Risk, int FiscalYear);
