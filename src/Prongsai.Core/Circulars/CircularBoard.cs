using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;

namespace Prongsai.Core.Circulars;

/// <summary>Which circulars a list shows.</summary>
public enum CircularListFilter
{
    All = 0,

    /// <summary>Sent to me, still in force, not yet acknowledged.</summary>
    WaitingForMe = 1,

    /// <summary>Still in force with someone yet to acknowledge (for those who follow acknowledgements).</summary>
    Incomplete = 2,
}

/// <summary>
/// A line of the circulars list, with the member's own part and the count of acknowledgements. <paramref name="Recipients"/>
/// leaves out those whose account was closed before they acknowledged: nobody can still ask them.
/// </summary>
public sealed record CircularRow(
    int Id, string? Number, string Title, DateTimeOffset IssuedAt, string IssuedBy, string Audience, DateOnly? AcknowledgeBy,
    CircularStatus Status, int Recipients, int Acknowledged, bool SentToMe, DateTimeOffset? MyAcknowledgement)
{
    public bool WaitingForMe => SentToMe && MyAcknowledgement is null && Status == CircularStatus.Issued;
}

/// <summary>
/// One circular as the member may see it: the roll only for those who follow acknowledgements, with the recipients
/// whose account has been closed since (they left; they are not counted as missing).
/// </summary>
public sealed record CircularView(
    Circular Circular, CircularRecipient? Mine, IReadOnlyList<CircularRecipient>? Roll, IReadOnlySet<string> ClosedAccounts)
{
    /// <summary>
    /// How many it was sent to, for every reader (the roll itself is for those who see all). The circular is read
    /// without its recipients, so <c>Circular.Recipients</c> is empty: this is the number to show.
    /// </summary>
    public int RecipientCount { get; init; }

    public int Acknowledged => Roll?.Count(r => r.AcknowledgedAt is not null) ?? 0;

    public int Missing => Roll?.Count(r => r.AcknowledgedAt is null && !ClosedAccounts.Contains(r.UserId)) ?? 0;

    public int Left => Roll?.Count(r => r.AcknowledgedAt is null && ClosedAccounts.Contains(r.UserId)) ?? 0;
}

/// <summary>
/// Reads circulars for a member. Issuers, executives and auditors see every circular and its roll; everyone else sees
/// the circulars sent to them (a circular they may not see answers as if it did not exist).
/// </summary>
public sealed class CircularBoard(ProngsaiDbContext db, TimeProvider clock)
{
    public const int PageSize = 50;

    public static bool SeesAll(StaffActor actor) =>
        actor.Has(CircularsPermissions.ViewCircularAcknowledgements) || actor.Has(CircularsPermissions.IssueCirculars);

    public async Task<(IReadOnlyList<CircularRow> Rows, int Total)> ListAsync(
        StaffActor actor, CircularListFilter filter, int page, CancellationToken cancellationToken = default)
    {
        var userId = actor.UserId ?? "";
        var openAccounts = OpenAccounts;
        var circulars = Visible(actor);
        circulars = filter switch
        {
            CircularListFilter.WaitingForMe => circulars.Where(c => c.Status == CircularStatus.Issued
                && c.Recipients.Any(r => r.UserId == userId && r.AcknowledgedAt == null)),
            CircularListFilter.Incomplete => circulars.Where(c => c.Status == CircularStatus.Issued
                && c.Recipients.Any(r => r.AcknowledgedAt == null && openAccounts.Contains(r.UserId))),
            _ => circulars,
        };

        var total = await circulars.CountAsync(cancellationToken);
        var rows = await circulars
            .OrderByDescending(c => c.IssuedAt).ThenByDescending(c => c.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(c => new CircularRow(
                c.Id, c.Number, c.Title, c.IssuedAt, c.IssuedBy, c.Audience, c.AcknowledgeBy, c.Status,
                c.Recipients.Count(r => r.AcknowledgedAt != null || openAccounts.Contains(r.UserId)), c.Recipients.Count(r => r.AcknowledgedAt != null),
                c.Recipients.Any(r => r.UserId == userId),
                c.Recipients.Where(r => r.UserId == userId).Select(r => r.AcknowledgedAt).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    public async Task<CircularView?> FindAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
    {
        var circular = await Visible(actor).AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (circular is null)
        {
            return null;
        }

        var recipients = await db.Set<CircularRecipient>().AsNoTracking().Where(r => r.CircularId == id).ToListAsync(cancellationToken);
        var roll = SeesAll(actor)
            ? recipients.OrderBy(r => r.AcknowledgedAt is null ? 0 : 1).ThenBy(r => r.DisplayName, ThaiCollation.Comparer).ToList()
            : null;
        var ids = recipients.Select(r => r.UserId).ToList();
        var closed = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id) && u.ClosedAt != null).Select(u => u.Id).ToListAsync(cancellationToken);
        return new CircularView(circular, recipients.FirstOrDefault(r => r.UserId == actor.UserId), roll, closed.ToHashSet())
        {
            RecipientCount = recipients.Count,
        };
    }

    /// <summary>The circulars waiting for the member's acknowledgement, and how many of them are past their date.</summary>
    public async Task<(int Waiting, int Late)> WaitingForAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        var userId = actor.UserId ?? "";
        var today = BangkokTime.Today(clock);
        var mine = db.Set<Circular>().Where(c => c.Status == CircularStatus.Issued
            && c.Recipients.Any(r => r.UserId == userId && r.AcknowledgedAt == null));
        return (await mine.CountAsync(cancellationToken), await mine.CountAsync(c => c.AcknowledgeBy < today, cancellationToken));
    }

    /// <summary>Circulars in force that someone has yet to acknowledge, and those of them past their date.</summary>
    public async Task<(int Incomplete, int Late)> IncompleteAsync(CancellationToken cancellationToken = default)
    {
        var today = BangkokTime.Today(clock);
        var openAccounts = OpenAccounts;
        var open = db.Set<Circular>().Where(c => c.Status == CircularStatus.Issued
            && c.Recipients.Any(r => r.AcknowledgedAt == null && openAccounts.Contains(r.UserId)));
        return (await open.CountAsync(cancellationToken), await open.CountAsync(c => c.AcknowledgeBy < today, cancellationToken));
    }

    /// <summary>Accounts that have not been closed: only they can still be waited for.</summary>
    private IQueryable<string> OpenAccounts => db.Users.Where(u => u.ClosedAt == null).Select(u => u.Id);

    private IQueryable<Circular> Visible(StaffActor actor)
    {
        if (SeesAll(actor))
        {
            return db.Set<Circular>();
        }

        if (actor.UserId is not { } userId)
        {
            return db.Set<Circular>().Where(c => false);
        }

        return db.Set<Circular>().Where(c => c.IssuedByUserId == userId || c.Recipients.Any(r => r.UserId == userId));
    }

    /// <summary>The roll as a table (number, name, acknowledged or not, when): the evidence that staff were told.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) RollTable(CircularView view)
    {
        var circular = view.Circular;
        var rows = (view.Roll ?? []).Select((r, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), r.DisplayName,
            r.AcknowledgedAt is not null ? "รับทราบแล้ว" : view.ClosedAccounts.Contains(r.UserId) ? "ปิดบัญชีแล้ว (ไม่นับ)" : "ยังไม่รับทราบ",
            r.AcknowledgedAt is { } at ? ThaiDateInput.Format(at) : "",
        ]).ToList();
        IReadOnlyList<string> header =
        [
            "ลำดับ", "ชื่อ-สกุล", "สถานะ", $"วันเวลาที่รับทราบ (หนังสือเวียน{(circular.Number is null ? "" : " " + circular.Number)} เรื่อง {circular.Title})",
        ];
        return (header, rows);
    }

    /// <summary>The roll as a CSV file (UTF-8 with BOM, so Excel shows Thai).</summary>
    public static byte[] RollCsv(CircularView view)
    {
        var (header, rows) = RollTable(view);
        return CsvFiles.ToFile(header, rows);
    }
}
