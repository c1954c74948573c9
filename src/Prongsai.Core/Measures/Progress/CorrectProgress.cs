using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures.Progress;

/// <summary>What a correction does with the evidence of the entry it corrects.</summary>
public enum CorrectionEvidence
{
    /// <summary>The original's evidence comes along (evidence given with the correction is added to it).</summary>
    Keep = 0,

    /// <summary>Only the evidence given with the correction; none given, the correction has none.</summary>
    Replace = 1,
}

public sealed record ProgressCorrectionInput(
    DateOnly? Date,
    string? Text,
    CorrectionEvidence Evidence = CorrectionEvidence.Keep,
    EvidenceFile? File = null,
    string? Url = null,
    string? EvidenceTitle = null,
    int? PublishedDocumentId = null);

/// <summary>
/// Corrects a progress entry the way a paper register is corrected: the original stays in the history, struck
/// through, and a new entry replaces it. Only the entry's author may do it — an administrator may not rewrite someone
/// else's words — and only while they may still record progress on the measure (<see cref="MeasureAccess.CanEdit"/>)
/// and no published report version has been made since the entry was written (a published version is frozen: the
/// entry stays as it was counted there; a later change is a new entry). The new entry, the original's
/// <see cref="ProgressEntry.SupersededAt"/> and the evidence are saved in one transaction, each change in the audit
/// trail ("สมศรี ใจดี แก้ไขบันทึกความก้าวหน้า …").
/// </summary>
public sealed class CorrectProgress(ProngsaiDbContext db, RecordProgress record, TimeProvider clock)
{
    public async Task<Result<ProgressEntry>> CorrectAsync(StaffActor actor, int entryId, ProgressCorrectionInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var checkedEntry = await CheckAsync(actor, entryId, cancellationToken);
        if (!checkedEntry.Succeeded)
        {
            return checkedEntry;
        }

        var original = checkedEntry.Value!;
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Claimed in the database first: of two corrections of one entry sent at once, only one replaces it.
        var claimed = await db.ProgressEntries
            .Where(p => p.Id == original.Id && p.SupersededAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(p => p.SupersededAt, now), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return AlreadyCorrected(null);
        }

        original.SupersededAt = now; // tracked as well, so the audit trail records it with the correction

        var added = await record.AddAsync(actor, original.StepId,
            new ProgressEntryInput(input.Date, input.Text, input.File, input.Url, input.EvidenceTitle,
                PublishedDocumentId: input.PublishedDocumentId) { CorrectionOfId = original.Id },
            cancellationToken);
        if (!added.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear(); // the refused correction leaves nothing behind in this request either
            return added;
        }

        var correction = added.Value!;
        if (input.Evidence == CorrectionEvidence.Keep && original.Evidence.Count > 0)
        {
            // The same stored file, link or published item, with the date it took effect: nothing is uploaded again.
            foreach (var kept in original.Evidence.OrderBy(e => e.Id))
            {
                correction.Evidence.Add(new Evidence
                {
                    Kind = kept.Kind,
                    Title = kept.Title,
                    Url = kept.Url,
                    FileKey = kept.FileKey,
                    FileName = kept.FileName,
                    ContentType = kept.ContentType,
                    Size = kept.Size,
                    Sha256 = kept.Sha256,
                    EffectiveDate = kept.EffectiveDate,
                });
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Result<ProgressEntry>.Ok(correction);
    }

    /// <summary>
    /// The entry (tracked, with its evidence) when the actor may correct it now, or why not — for the correction form
    /// before it is shown, and for the use case itself.
    /// </summary>
    public async Task<Result<ProgressEntry>> CheckAsync(StaffActor actor, int entryId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var entry = await db.ProgressEntries.Include(p => p.Evidence).FirstOrDefaultAsync(p => p.Id == entryId, cancellationToken);
        if (entry is null)
        {
            return Error.NotFound("ไม่พบบันทึกความก้าวหน้านี้");
        }

        var measure = await db.Measures.AsNoTracking().Include(m => m.Departments)
            .FirstAsync(m => m.Steps.Any(s => s.Id == entry.StepId), cancellationToken);
        var published = await PublishedAsync(measure.PlanId, cancellationToken);
        return Refusal(actor, measure, entry, published) is { } refused ? refused : Result<ProgressEntry>.Ok(entry);
    }

    /// <summary>The plan's published versions (number and time), for <see cref="Refusal"/>.</summary>
    public async Task<IReadOnlyList<(int Version, DateTimeOffset PublishedAt)>> PublishedAsync(int planId, CancellationToken cancellationToken = default)
    {
        // Compared in memory: SQLite stores instants in a form that does not sort by time.
        var versions = await db.MeasureReportVersions.AsNoTracking().Where(v => v.PlanId == planId)
            .Select(v => new { v.Version, v.PublishedAt }).ToListAsync(cancellationToken);
        return versions.Select(v => (v.Version, v.PublishedAt)).ToList();
    }

    /// <summary>Why the actor may not correct the entry now, or null when they may. Pages use it to offer the link.</summary>
    public static Error? Refusal(StaffActor actor, Measure measure, ProgressEntry entry, IReadOnlyList<(int Version, DateTimeOffset PublishedAt)> published)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(published);
        if (!actor.CanEdit(measure))
        {
            return Error.Forbidden("คุณแก้ไขบันทึกความก้าวหน้าได้เฉพาะมาตรการที่ส่วนราชการของคุณรับผิดชอบ");
        }

        if (entry.AuthorId is null || !string.Equals(entry.AuthorId, actor.UserId, StringComparison.Ordinal))
        {
            return Error.Forbidden(
                $"บันทึกนี้เป็นถ้อยคำของ {entry.AuthorName} จึงแก้ไขได้เฉพาะผู้บันทึกเอง หากข้อมูลไม่ถูกต้อง กรุณาแจ้งผู้บันทึก หรือเพิ่มบันทึกใหม่ของคุณเอง");
        }

        if (entry.SupersededAt is { } at)
        {
            return AlreadyCorrected(at);
        }

        var frozen = published.Where(v => v.PublishedAt >= entry.CreatedAt).OrderBy(v => v.Version).FirstOrDefault();
        if (frozen != default)
        {
            var version = frozen.Version.ToString(CultureInfo.InvariantCulture);
            return Error.Conflict(
                $"บันทึกนี้ถูกนับในรายงานที่เผยแพร่แล้ว (ฉบับที่ {version} เผยแพร่เมื่อ {ThaiDate.FormatLong(frozen.PublishedAt)}) จึงแก้ไขไม่ได้ "
                + "เพื่อให้ฉบับที่เผยแพร่ตรงกับบันทึกเสมอ หากมีข้อมูลเพิ่มเติมหรือเปลี่ยนไป กรุณาเพิ่มบันทึกใหม่");
        }

        return null;
    }

    private static Error AlreadyCorrected(DateTimeOffset? at) => Error.Conflict(
        (at is { } when ? $"บันทึกนี้ถูกแก้ไขไปแล้วเมื่อ {ThaiDate.FormatLong(when)}" : "บันทึกนี้เพิ่งถูกแก้ไขไปแล้ว")
        + " จึงแก้ไขซ้ำไม่ได้ กรุณาแก้ไขฉบับล่าสุดในประวัติของขั้นตอนแทน");
}
