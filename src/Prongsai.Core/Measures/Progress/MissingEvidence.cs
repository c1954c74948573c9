using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures.Progress;

/// <summary>A step that says work was done (marked done, or with progress) but shows no evidence of it.</summary>
public sealed record StepMissingEvidence(int StepId, int MeasureId, string MeasureNumber, int StepNumber, string StepText, bool IsDone, int Entries);

/// <summary>
/// The to-do "items missing evidence": steps of a fiscal year's plan that are marked done or have current progress,
/// but whose current entries carry no evidence — the gap an ITA assessor finds first. Only steps the member may record
/// progress on (their departments' measures and all-departments ones; every measure for organization-wide roles).
/// Entries replaced by a correction count neither as progress nor as evidence.
/// </summary>
public sealed class MissingEvidence(ProngsaiDbContext db)
{
    public async Task<IReadOnlyList<StepMissingEvidence>> ForAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.Has(MeasurePermissions.EditMeasures))
        {
            return [];
        }

        var measures = await db.Measures.AsNoTracking().Include(m => m.Departments)
            .Where(m => m.Plan!.FiscalYear == fiscalYear)
            .ToListAsync(cancellationToken);
        var mine = measures.Where(actor.CanEdit).ToDictionary(m => m.Id);
        if (mine.Count == 0)
        {
            return [];
        }

        var ids = mine.Keys.ToList();
        var steps = await db.MeasureSteps.AsNoTracking()
            .Where(s => ids.Contains(s.MeasureId))
            .Select(s => new
            {
                s.Id,
                s.MeasureId,
                s.SortOrder,
                s.Text,
                s.IsDone,
                Entries = s.Progress.Count(p => p.SupersededAt == null),
                HasEvidence = s.Progress.Any(p => p.SupersededAt == null && p.Evidence.Any()),
            })
            .Where(s => (s.IsDone || s.Entries > 0) && !s.HasEvidence)
            .ToListAsync(cancellationToken);

        return steps
            .OrderBy(s => mine[s.MeasureId].SortOrder).ThenBy(s => s.MeasureId).ThenBy(s => s.SortOrder)
            .Select(s => new StepMissingEvidence(s.Id, s.MeasureId, mine[s.MeasureId].Number, s.SortOrder, MeasureText.Plain(s.Text), s.IsDone, s.Entries))
            .ToList();
    }
}
