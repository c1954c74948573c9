using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Ledger;

/// <summary>One thing that does not add up, at the entry it concerns (null: no entry at all).</summary>
public sealed record LedgerProblem(long? Sequence, string Message);

public sealed record LedgerReport(int Entries, string? HeadHash, IReadOnlyList<LedgerProblem> Problems)
{
    public bool Ok => Problems.Count == 0;

    /// <summary>The earliest entry that fails; problems without an entry come last.</summary>
    public LedgerProblem? FirstBad => Problems.OrderBy(p => p.Sequence ?? long.MaxValue).FirstOrDefault();
}

/// <summary>
/// Recomputes an organization's ledger from the live rows and stored files: every entry's hash
/// and link, the sequence without gaps, and for every item its latest entry against the item
/// as it is now (content, each attachment's bytes, whether it is public).
/// </summary>
public sealed class LedgerVerifier(ProngsaiDbContext db, IEnumerable<ILedgerItemSource> sources)
{
    public async Task<LedgerReport> VerifyAsync(int organizationId, CancellationToken cancellationToken = default)
    {
        var problems = new List<LedgerProblem>();
        var entries = await db.LedgerEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(e => e.OrganizationId == organizationId)
            .Include(e => e.Files)
            .OrderBy(e => e.Sequence)
            .ToListAsync(cancellationToken);

        var previous = PublicationLedger.Genesis;
        var expected = 1L;
        foreach (var entry in entries)
        {
            if (entry.Sequence != expected)
            {
                problems.Add(new LedgerProblem(expected, entry.Sequence > expected
                    ? $"รายการที่ {expected} หายไป (ถัดจากรายการที่ {expected - 1} คือรายการที่ {entry.Sequence}) / entry {expected} is missing"
                    : $"ลำดับซ้ำหรือผิดลำดับที่ {entry.Sequence} / sequence out of order"));
                break;
            }

            if (entry.PreviousHash != previous)
            {
                problems.Add(new LedgerProblem(entry.Sequence, "ค่าแฮชของรายการก่อนหน้าไม่ตรง / previous-hash link broken"));
                break;
            }

            if (PublicationLedger.HashOf(entry) != entry.Hash)
            {
                problems.Add(new LedgerProblem(entry.Sequence, "ข้อมูลของรายการไม่ตรงกับค่าแฮชที่บันทึกไว้ / entry fields do not match its hash"));
                break;
            }

            previous = entry.Hash;
            expected++;
        }

        var byType = sources.ToDictionary(s => s.ItemType, StringComparer.Ordinal);
        var latest = entries.GroupBy(e => (e.ItemType, e.ItemId)).Select(g => g.MaxBy(e => e.Sequence)!).OrderBy(e => e.Sequence);
        foreach (var entry in latest)
        {
            if (!byType.TryGetValue(entry.ItemType, out var source))
            {
                continue;
            }

            var live = await source.LoadAsync(entry.ItemId, cancellationToken);
            var problem = Compare(entry, live);
            if (problem is not null)
            {
                problems.Add(new LedgerProblem(entry.Sequence, $"{entry.ItemType} {entry.ItemId}: {problem}"));
            }
        }

        var ledgered = entries.Select(e => (e.ItemType, e.ItemId)).ToHashSet();
        foreach (var source in byType.Values.Where(s => s.EveryPublicItemIsLedgered))
        {
            foreach (var id in await source.PublicItemIdsAsync(cancellationToken))
            {
                if (!ledgered.Contains((source.ItemType, id)))
                {
                    problems.Add(new LedgerProblem(null, $"{source.ItemType} {id}: เผยแพร่อยู่แต่ไม่มีในทะเบียน / public but never ledgered"));
                }
            }
        }

        return new LedgerReport(entries.Count, entries.LastOrDefault()?.Hash, problems);
    }

    private static string? Compare(LedgerEntry entry, LiveItem? live)
    {
        if (entry.Action == LedgerActions.Unpublish)
        {
            return live is { IsPublic: true } ? "ยกเลิกการเผยแพร่แล้วแต่ยังเผยแพร่อยู่ / unpublished in the ledger but public" : null;
        }

        if (live is null)
        {
            return "ไม่พบรายการนี้ในฐานข้อมูล / the item no longer exists";
        }

        if (!live.IsPublic)
        {
            return "ทะเบียนบันทึกว่าเผยแพร่ แต่ไม่ได้เผยแพร่อยู่ / ledgered as public but is not";
        }

        if (live.ContentSha256 != entry.ContentSha256)
        {
            return "เนื้อหาปัจจุบันไม่ตรงกับที่บันทึกไว้ / content differs from the ledger";
        }

        var recorded = entry.Files.ToDictionary(f => f.Name, f => f.Sha256, StringComparer.Ordinal);
        foreach (var file in live.Files)
        {
            if (!recorded.TryGetValue(file.Name, out var hash))
            {
                return $"ไฟล์แนบ {file.Name} ไม่มีในทะเบียน / attachment {file.Name} not in the ledger";
            }

            // A file the store no longer has is not a changed file: the first asks for the file backup, the second for an inquiry.
            if (hash != file.Sha256)
            {
                return file.Sha256 == StoredFiles.Missing
                    ? $"ไม่พบไฟล์แนบ {file.Name} ในที่เก็บไฟล์ / attachment {file.Name} is missing from the file store"
                    : $"ไฟล์แนบ {file.Name} ถูกเปลี่ยน / attachment {file.Name} bytes differ ({file.Sha256})";
            }
        }

        var missing = recorded.Keys.Except(live.Files.Select(f => f.Name), StringComparer.Ordinal).FirstOrDefault();
        return missing is null ? null : $"ไฟล์แนบ {missing} หายไป / attachment {missing} is gone";
    }
}
