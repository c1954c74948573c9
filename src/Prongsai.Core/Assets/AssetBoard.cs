using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;

namespace Prongsai.Core.Assets;

/// <summary>Which articles the register shows.</summary>
public enum AssetListFilter
{
    /// <summary>In the register (not written off).</summary>
    Current = 0,

    Lendable = 1,

    /// <summary>Damaged or lost: waiting for the keeper.</summary>
    NeedsAttention = 2,

    Retired = 3,
}

/// <summary>Which loans a list shows.</summary>
public enum AssetLoanFilter
{
    All = 0,
    Waiting = 1,
    Out = 2,
    Overdue = 3,
    Mine = 4,
}

/// <summary>A line of the register, with how many pieces are out on loan now.</summary>
public sealed record AssetRow(
    int Id, string Code, string Name, string? Category, int Quantity, string? Department, string? Location,
    bool Lendable, AssetCondition Condition, DateTimeOffset? RetiredAt, int Out);

/// <summary>A line of the loans list.</summary>
public sealed record AssetLoanRow(
    int Id, int AssetId, string AssetCode, string AssetName, int Quantity, string BorrowerName, bool Outside, string Purpose,
    DateOnly From, DateOnly Until, AssetLoanStatus Status, DateTimeOffset RequestedAt, string RequestedBy, string? DecidedBy,
    DateOnly? ReturnedOn, AssetCondition? ReturnCondition);

/// <summary>An article as the website lists it: no code, place or price, only what a villager needs to ask for it.</summary>
public sealed record PublicAssetRow(int Id, string Name, string? Category, int Quantity, bool AvailableToLend);

/// <summary>One article with its department's name, what is free today and its latest loans.</summary>
public sealed record AssetView(Asset Asset, string? Department, int FreeToday, IReadOnlyList<AssetLoanRow> Loans);

/// <summary>
/// One loan as the member may see it. The loan carries an outside borrower's contact (telephone, address) only for
/// keepers and approvers, who need to reach them; for anyone else it is blanked before the loan leaves the board.
/// </summary>
public sealed record AssetLoanView(AssetLoan Loan, Asset Asset, bool MayDecide, bool MayWithdraw, bool MayRecordReturn)
{
    public string? Contact => Loan.BorrowerContact;
}

/// <summary>
/// Reads the register and its loans. Everyone in the back office sees the register; keepers, approvers and auditors
/// see every loan, others their own (a loan they may not see answers as if it did not exist).
/// </summary>
public sealed class AssetBoard(ProngsaiDbContext db, AssetKeepers keepers, AssetAvailability availability, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<bool> SeesAllLoansAsync(StaffActor actor, CancellationToken cancellationToken = default) =>
        actor.Has(AssetsPermissions.ViewAssetLoans) || actor.Has(AssetsPermissions.ApproveAssetLoans)
        || await keepers.IsKeeperAsync(actor, cancellationToken);

    public async Task<(IReadOnlyList<AssetRow> Rows, int Total)> ListAssetsAsync(
        AssetListFilter filter, string? text, int page, CancellationToken cancellationToken = default)
    {
        var assets = filter switch
        {
            AssetListFilter.Retired => db.Set<Asset>().Where(a => a.RetiredAt != null),
            AssetListFilter.Lendable => db.Set<Asset>().Where(a => a.RetiredAt == null && a.Lendable),
            AssetListFilter.NeedsAttention => db.Set<Asset>().Where(a => a.RetiredAt == null && a.Condition != AssetCondition.Good),
            _ => db.Set<Asset>().Where(a => a.RetiredAt == null),
        };
        if (!string.IsNullOrWhiteSpace(text))
        {
            var words = text.Trim();
            assets = assets.Where(a => a.Code.Contains(words) || a.Name.Contains(words) || (a.Category != null && a.Category.Contains(words)));
        }

        var total = await assets.CountAsync(cancellationToken);
        var rows = await assets.OrderBy(a => a.Code).ThenBy(a => a.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(a => new AssetRow(
                a.Id, a.Code, a.Name, a.Category, a.Quantity,
                db.Departments.Where(d => d.Id == a.DepartmentId).Select(d => d.Name).FirstOrDefault(),
                a.Location, a.Lendable, a.Condition, a.RetiredAt,
                db.Set<AssetLoan>().Where(l => l.AssetId == a.Id && l.Status == AssetLoanStatus.Approved).Sum(l => (int?)l.Quantity) ?? 0))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    public async Task<AssetView?> FindAssetAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
    {
        var asset = await db.Set<Asset>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (asset is null)
        {
            return null;
        }

        var department = asset.DepartmentId is { } departmentId
            ? await db.Departments.Where(d => d.Id == departmentId).Select(d => d.Name).FirstOrDefaultAsync(cancellationToken)
            : null;
        var today = BangkokTime.Today(clock);
        var free = await availability.FreeAsync(asset, today, today, cancellationToken: cancellationToken);
        var loans = await (await VisibleLoansAsync(actor, cancellationToken)).Where(l => l.AssetId == id)
            .OrderByDescending(l => l.RequestedAt).ThenByDescending(l => l.Id).Take(PageSize)
            .Select(Row).ToListAsync(cancellationToken);
        return new AssetView(asset, department, Math.Max(free, 0), loans);
    }

    public async Task<(IReadOnlyList<AssetLoanRow> Rows, int Total)> ListLoansAsync(
        StaffActor actor, AssetLoanFilter filter, FiscalYear? year, int page, CancellationToken cancellationToken = default)
    {
        var loans = Filtered(await VisibleLoansAsync(actor, cancellationToken), actor, filter, year);
        var total = await loans.CountAsync(cancellationToken);
        var rows = await loans.OrderByDescending(l => l.RequestedAt).ThenByDescending(l => l.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize)
            .Select(Row).ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>Every loan of a fiscal year the member may see, oldest first: the loan register (ทะเบียนคุมการยืม) to download.</summary>
    public async Task<IReadOnlyList<AssetLoanRow>> RegisterAsync(StaffActor actor, FiscalYear year, CancellationToken cancellationToken = default) =>
        await Filtered(await VisibleLoansAsync(actor, cancellationToken), actor, AssetLoanFilter.All, year)
            .OrderBy(l => l.RequestedAt).ThenBy(l => l.Id).Select(Row).ToListAsync(cancellationToken);

    public async Task<AssetLoanView?> FindLoanAsync(StaffActor actor, int id, CancellationToken cancellationToken = default)
    {
        // Who the member is for this loan, asked once: it decides what they see and what they may do.
        var keeper = await keepers.IsKeeperAsync(actor, cancellationToken);
        var approver = actor.Has(AssetsPermissions.ApproveAssetLoans);
        var seesAll = keeper || approver || actor.Has(AssetsPermissions.ViewAssetLoans);
        var loan = await VisibleLoans(actor, seesAll).AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (loan is null)
        {
            return null;
        }

        var asset = await db.Set<Asset>().AsNoTracking().FirstAsync(a => a.Id == loan.AssetId, cancellationToken);
        var own = actor.UserId is { } userId && (loan.RequestedByUserId == userId || loan.BorrowerUserId == userId);
        var waiting = loan.Status == AssetLoanStatus.Requested;
        if (!keeper && !approver)
        {
            loan.BorrowerContact = null;
        }

        return new AssetLoanView(
            loan, asset,
            MayDecide: waiting && approver && DecideAssetLoan.MayDecideOn(loan, actor),
            MayWithdraw: waiting && ((own && actor.Has(AssetsPermissions.BorrowAssets)) || keeper),
            MayRecordReturn: loan.Status == AssetLoanStatus.Approved && keeper);
    }

    /// <summary>What the website lists for villagers to ask for: lendable, shown to the public, in the register.</summary>
    public async Task<IReadOnlyList<PublicAssetRow>> ShownToPublicAsync(CancellationToken cancellationToken = default) =>
        await db.Set<Asset>().AsNoTracking()
            .ListedOnWebsite()
            .OrderBy(a => a.Name).ThenBy(a => a.Id)
            .Select(a => new PublicAssetRow(a.Id, a.Name, a.Category, a.Quantity, a.Condition == AssetCondition.Good))
            .ToListAsync(cancellationToken);

    /// <summary>Requests waiting for a decision the member may take (never loans they borrow or recorded).</summary>
    public Task<int> WaitingForDecisionAsync(StaffActor actor, CancellationToken cancellationToken = default)
    {
        var userId = actor.UserId ?? "";
        return db.Set<AssetLoan>().CountAsync(
            l => l.Status == AssetLoanStatus.Requested && l.BorrowerUserId != userId && l.RequestedByUserId != userId, cancellationToken);
    }

    /// <summary>Loans out past their return date: all of them, or the member's own.</summary>
    public Task<int> OverdueAsync(string? borrowerUserId, CancellationToken cancellationToken = default)
    {
        var today = BangkokTime.Today(clock);
        var overdue = db.Set<AssetLoan>().Where(l => l.Status == AssetLoanStatus.Approved && l.Until < today);
        return borrowerUserId is null ? overdue.CountAsync(cancellationToken) : overdue.CountAsync(l => l.BorrowerUserId == borrowerUserId, cancellationToken);
    }

    /// <summary>The loan register as a table: the evidence that property is lent by the rules.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) RegisterTable(IEnumerable<AssetLoanRow> loans)
    {
        IReadOnlyList<string> header =
        [
            "ลำดับ", "วันที่ขอยืม", "เลขรหัส", "ทรัพย์สิน", "จำนวน", "ผู้ยืม", "ยืมไปใช้ในงาน", "วันที่ยืม", "กำหนดส่งคืน",
            "ผู้พิจารณา", "สถานะ", "วันที่คืน", "สภาพเมื่อคืน",
        ];
        var rows = loans.Select((l, i) => (IReadOnlyList<string>)
        [
            (i + 1).ToString(CultureInfo.InvariantCulture), ThaiDateInput.Format(l.RequestedAt), l.AssetCode, l.AssetName,
            l.Quantity.ToString(CultureInfo.InvariantCulture), l.Outside ? $"{l.BorrowerName} (บุคคลภายนอก)" : l.BorrowerName, l.Purpose,
            ThaiDateInput.Format(l.From), ThaiDateInput.Format(l.Until), l.DecidedBy ?? "", AssetTexts.Status(l.Status),
            l.ReturnedOn is { } returned ? ThaiDateInput.Format(returned) : "",
            l.ReturnCondition is { } condition ? AssetTexts.Condition(condition) : "",
        ]).ToList();
        return (header, rows);
    }

    public static byte[] RegisterCsv(IEnumerable<AssetLoanRow> loans)
    {
        var (header, rows) = RegisterTable(loans);
        return CsvFiles.ToFile(header, rows);
    }

    private async Task<IQueryable<AssetLoan>> VisibleLoansAsync(StaffActor actor, CancellationToken cancellationToken) =>
        VisibleLoans(actor, await SeesAllLoansAsync(actor, cancellationToken));

    private IQueryable<AssetLoan> VisibleLoans(StaffActor actor, bool seesAll)
    {
        if (seesAll)
        {
            return db.Set<AssetLoan>();
        }

        if (actor.UserId is not { } userId || !actor.IsMember)
        {
            return db.Set<AssetLoan>().Where(l => false);
        }

        return db.Set<AssetLoan>().Where(l => l.RequestedByUserId == userId || l.BorrowerUserId == userId);
    }

    private IQueryable<AssetLoan> Filtered(IQueryable<AssetLoan> loans, StaffActor actor, AssetLoanFilter filter, FiscalYear? year)
    {
        var today = BangkokTime.Today(clock);
        var userId = actor.UserId ?? "";
        loans = filter switch
        {
            AssetLoanFilter.Waiting => loans.Where(l => l.Status == AssetLoanStatus.Requested),
            AssetLoanFilter.Out => loans.Where(l => l.Status == AssetLoanStatus.Approved),
            AssetLoanFilter.Overdue => loans.Where(l => l.Status == AssetLoanStatus.Approved && l.Until < today),
            AssetLoanFilter.Mine => loans.Where(l => l.BorrowerUserId == userId || l.RequestedByUserId == userId),
            _ => loans,
        };
        if (year is { } fiscalYear)
        {
            // A loan belongs to the fiscal year in which it starts.
            loans = loans.Where(l => l.From >= fiscalYear.Start && l.From <= fiscalYear.End);
        }

        return loans;
    }

    private System.Linq.Expressions.Expression<Func<AssetLoan, AssetLoanRow>> Row => l => new AssetLoanRow(
        l.Id, l.AssetId,
        db.Set<Asset>().Where(a => a.Id == l.AssetId).Select(a => a.Code).First(),
        db.Set<Asset>().Where(a => a.Id == l.AssetId).Select(a => a.Name).First(),
        l.Quantity, l.BorrowerName, l.BorrowerUserId == null, l.Purpose, l.From, l.Until, l.Status, l.RequestedAt, l.RequestedBy,
        l.DecidedBy, l.ReturnedOn, l.ReturnCondition);
}

/// <summary>The one rule for what the website lists, shared by the list and the form that asks for it.</summary>
public static class WebsiteListing
{
    /// <summary>Articles in the register, lendable and marked to be shown to the public (in good condition or not).</summary>
    public static IQueryable<Asset> ListedOnWebsite(this IQueryable<Asset> assets) =>
        assets.Where(a => a.RetiredAt == null && a.Lendable && a.ShownToPublic);
}
