using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;

namespace Prongsai.Core.Consultations;

/// <summary>A consultation in a list, with its counted opinions.</summary>
public sealed record ConsultationRow(
    int Id, string Title, int? DepartmentId, DateOnly OpensOn, DateOnly ClosesOn, ConsultationStatus Status, bool Summarized,
    bool IsSample, int Counted, int Received)
{
    public ConsultationPhase PhaseOn(DateOnly today) => ConsultationRules.Phase(Status, OpensOn, ClosesOn, Summarized, today);
}

/// <summary>How many counted opinions were for, against, or suggestions; and how many were left out.</summary>
public sealed record OpinionCounts(int Agree, int Disagree, int Suggestion, int Excluded)
{
    public int Counted => Agree + Disagree + Suggestion;

    public int Of(OpinionStance stance) => stance switch
    {
        OpinionStance.Agree => Agree,
        OpinionStance.Disagree => Disagree,
        _ => Suggestion,
    };
}

/// <summary>The reads of consultations, for the back office and the website (the tenant filter keeps them to one organization).</summary>
public sealed class ConsultationBoard(ProngsaiDbContext db)
{
    /// <summary>Every consultation, by first day, newest first (the staff list groups them by where they stand).</summary>
    public async Task<IReadOnlyList<ConsultationRow>> AllAsync(CancellationToken cancellationToken = default) =>
        await Rows(db.Set<Consultation>()).ToListAsync(cancellationToken);

    /// <summary>The consultations on the website (published, not withdrawn), newest first.</summary>
    public async Task<IReadOnlyList<ConsultationRow>> PublishedAsync(CancellationToken cancellationToken = default) =>
        await Rows(db.Set<Consultation>().Where(c => c.Status == ConsultationStatus.Published)).ToListAsync(cancellationToken);

    public Task<Consultation?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);

    /// <summary>A consultation the website shows: published, not withdrawn.</summary>
    public Task<Consultation?> PublishedAsync(int id, CancellationToken cancellationToken = default) =>
        db.Set<Consultation>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id && c.Status == ConsultationStatus.Published, cancellationToken);

    public async Task<OpinionCounts> CountsAsync(int consultationId, CancellationToken cancellationToken = default)
    {
        var groups = await db.Set<Opinion>().AsNoTracking().Where(o => o.ConsultationId == consultationId)
            .GroupBy(o => new { o.Stance, o.Excluded }).Select(g => new { g.Key.Stance, g.Key.Excluded, Count = g.Count() })
            .ToListAsync(cancellationToken);
        int Counted(OpinionStance stance) => groups.Where(g => !g.Excluded && g.Stance == stance).Sum(g => g.Count);
        return new OpinionCounts(Counted(OpinionStance.Agree), Counted(OpinionStance.Disagree), Counted(OpinionStance.Suggestion),
            groups.Where(g => g.Excluded).Sum(g => g.Count));
    }

    /// <summary>Every opinion on a consultation, oldest first (the order they came in).</summary>
    public async Task<IReadOnlyList<Opinion>> OpinionsAsync(int consultationId, CancellationToken cancellationToken = default) =>
        await db.Set<Opinion>().AsNoTracking().Where(o => o.ConsultationId == consultationId)
            .OrderBy(o => o.ReceivedAt).ThenBy(o => o.Id).ToListAsync(cancellationToken);

    /// <summary>
    /// The ids of published consultations whose last day is before <paramref name="today"/> and that have no summary yet,
    /// which the member may summarize, newest first (the dashboard reads this on every visit: ids only, no counts).
    /// </summary>
    public async Task<IReadOnlyList<int>> AwaitingSummaryAsync(StaffActor actor, DateOnly today, CancellationToken cancellationToken = default) =>
        (await db.Set<Consultation>().AsNoTracking()
            .Where(c => c.Status == ConsultationStatus.Published && c.Summary == null && c.ClosesOn < today)
            .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id)
            .Select(c => new { c.Id, c.DepartmentId })
            .ToListAsync(cancellationToken))
        .Where(c => actor.HasFor(ConsultationsPermissions.ManageConsultations, c.DepartmentId)).Select(c => c.Id).ToList();

    /// <summary>Drafts the member may publish.</summary>
    public async Task<int> DraftsAsync(StaffActor actor, CancellationToken cancellationToken = default) =>
        (await db.Set<Consultation>().AsNoTracking().Where(c => c.Status == ConsultationStatus.Draft).Select(c => c.DepartmentId)
            .ToListAsync(cancellationToken))
        .Count(d => actor.HasFor(ConsultationsPermissions.ManageConsultations, d));

    /// <summary>
    /// Every opinion as a spreadsheet for writing the summary: in the order they came, counted or not and why.
    /// <paramref name="withSenders"/> adds name and contact, for those who run the consultation only.
    /// </summary>
    public static byte[] OpinionsCsv(IEnumerable<Opinion> opinions, bool withSenders)
    {
        List<string> header = ["ลำดับ", "วันที่ได้รับ", "ความคิดเห็น", "ข้อความ", "นับ", "เหตุผลที่ไม่นับ"];
        if (withSenders)
        {
            header.AddRange(["ชื่อ", "ช่องทางติดต่อ"]);
        }

        var rows = opinions.Select((o, i) =>
        {
            List<string> row =
            [
                (i + 1).ToString(CultureInfo.InvariantCulture), ThaiDateInput.Format(o.ReceivedAt), ConsultationRules.StanceThai(o.Stance),
                o.Text, o.Excluded ? "ไม่นับ" : "นับ", o.ExcludedReason ?? "",
            ];
            if (withSenders)
            {
                row.AddRange([o.Name ?? "ไม่ประสงค์ออกนาม", o.Contact ?? ""]);
            }

            return (IReadOnlyList<string>)row;
        });
        return CsvFiles.ToFile(header, rows);
    }

    private static IQueryable<ConsultationRow> Rows(IQueryable<Consultation> consultations) => consultations.AsNoTracking()
        .OrderByDescending(c => c.OpensOn).ThenByDescending(c => c.Id)
        .Select(c => new ConsultationRow(c.Id, c.Title, c.DepartmentId, c.OpensOn, c.ClosesOn, c.Status, c.Summary != null, c.IsSample,
            c.Opinions.Count(o => !o.Excluded), c.Opinions.Count()));
}
