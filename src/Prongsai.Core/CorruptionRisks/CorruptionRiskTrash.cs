using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>
/// A risk removed from a draft assessment (<see cref="RemoveCorruptionRisk"/>), with its follow-up reports (a reported
/// risk is not removed, so there are none today; the snapshot keeps them should that change). It comes back into the
/// same year's assessment while that is a draft, to who may assess its department's risks (<see cref="DraftYearRowTrash{TRow, TPayload}"/>).
/// </summary>
public sealed class CorruptionRiskTrash(ProngsaiDbContext db) : DraftYearRowTrash<CorruptionRisk, DeletedRisk>(db, Risks)
{
    public const string Key = "corruption-risk";

    private static readonly DraftYearRowKind<CorruptionRisk> Risks = new(Key, RisksPermissions.AssessRisks,
        Label: "ความเสี่ยงการทุจริต", LabelEnglish: "Corruption risk", RowWord: "ความเสี่ยง", YearRecordWords: "ผลการประเมินความเสี่ยงการทุจริต",
        PagePath: "risks", YearRecordOf: risk => risk.AssessmentId,
        YearRecordExistsAsync: (context, assessmentId, ct) => context.Set<RiskAssessment>().AnyAsync(a => a.Id == assessmentId, ct),
        DraftOrConflictAsync: RiskLocks.DraftOrConflictAsync);

    /// <summary>The item for a risk loaded with its follow-ups, removed from the assessment of <paramref name="fiscalYear"/>.</summary>
    public static TrashItem Of(CorruptionRisk risk, int fiscalYear, StaffActor actor, DateTimeOffset now) =>
        ItemOf(Risks, new DeletedRisk(Snapshot(risk), fiscalYear), $"{risk.Process} – {risk.Description}", actor, now);

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
public sealed record DeletedRisk(CorruptionRisk Risk, int FiscalYear) : IDeletedDraftYearRow<CorruptionRisk>
{
    // "Row" only through the interface: the stored JSON calls the row "Risk", and items already in the trash must still read.
    CorruptionRisk IDeletedDraftYearRow<CorruptionRisk>.Row => Risk;
}
