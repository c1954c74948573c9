using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>
/// How the assessment's writes take turns. Every change to a year's risks locks the assessment's row first (a write
/// that changes nothing) and then reads its state, so an approval and an edit at the same moment act one after the
/// other: no risk is changed after the head approved the list.
/// </summary>
internal static class RiskLocks
{
    public static Task LockAssessmentAsync(ProngsaiDbContext db, int assessmentId, CancellationToken cancellationToken) =>
        YearlyRows.LockAsync(db.Set<RiskAssessment>().Where(a => a.Id == assessmentId), a => a.Status, cancellationToken);

    /// <summary>Locks the assessment and answers a conflict unless it is still a draft.</summary>
    public static async Task<Error?> DraftOrConflictAsync(ProngsaiDbContext db, int assessmentId, CancellationToken cancellationToken)
    {
        await LockAssessmentAsync(db, assessmentId, cancellationToken);
        var status = await db.Set<RiskAssessment>().Where(a => a.Id == assessmentId).Select(a => a.Status).FirstAsync(cancellationToken);
        return status == RiskAssessmentStatus.Draft
            ? null
            : Error.Conflict("ผลการประเมินปีนี้อนุมัติแล้ว แก้ไขความเสี่ยงไม่ได้ ให้ผู้บริหารเปิดแก้ไขก่อน");
    }

    /// <summary>The year's assessment, started if there is none (<see cref="YearlyRows.EnsureAsync{T}"/>).</summary>
    public static Task<int> EnsureAssessmentAsync(ProngsaiDbContext db, int fiscalYear, CancellationToken cancellationToken) =>
        YearlyRows.EnsureAsync(db, (RiskAssessment a) => a.FiscalYear == fiscalYear, a => a.Id,
            () => new RiskAssessment { FiscalYear = fiscalYear }, cancellationToken);
}
