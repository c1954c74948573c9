using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Pages.Public;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// The property register (ทะเบียนทรัพย์สิน) that everyone in the back office reads: what the office has, how many are
/// out on loan now and in what state, with a search and filters (lendable, damaged or lost, written off). Keepers add
/// articles from here; those who may borrow ask for a lendable article from its row.
/// </summary>
public sealed class IndexModel(AssetBoard board, AssetKeepers keepers, AssetRegisterTable register, TimeProvider clock) : StaffPageModel
{
    /// <summary>Longer words than this find nothing anyway: codes and names are short.</summary>
    private const int MaxSearch = 100;

    [BindProperty(SupportsGet = true)] public AssetListFilter Filter { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    public int PageNumber { get; private set; } = 1;

    public IReadOnlyList<AssetRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public bool IsKeeper { get; private set; }
    public bool MayBorrow { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!ModelState.IsValid || !Enum.IsDefined(Filter))
        {
            return BadRequest();
        }

        var q = Q?.Trim();
        Q = string.IsNullOrEmpty(q) ? null : q.Length > MaxSearch ? q[..MaxSearch] : q;
        // "page" from the query string itself: Razor Pages binds its own route value of that name (the page's path).
        PageNumber = FormState.PageNumber(Request.Query["page"]);
        IsKeeper = await keepers.IsKeeperAsync(Actor, HttpContext.RequestAborted);
        MayBorrow = Actor.Has(AssetsPermissions.BorrowAssets);
        var (rows, total) = await board.ListAssetsAsync(Filter, Q, PageNumber, HttpContext.RequestAborted);
        Rows = rows;
        Total = total;
        Pager = new Pager(PageNumber, total, AssetBoard.PageSize, PageUrl, Lang.T("หน้าของทะเบียนทรัพย์สิน", "Register pages"));
        return Page();
    }

    /// <summary>The register as CSV, with the import's own columns: a copy the keepers keep, which imports back unchanged.</summary>
    public async Task<IActionResult> OnGetCsvAsync() =>
        File(AssetRegisterTable.Csv(await register.RowsAsync(HttpContext.RequestAborted)), AssetRegisterFiles.CsvType, FileName("csv"));

    /// <summary>The register as Excel: the office and the day above the same columns.</summary>
    public async Task<IActionResult> OnGetXlsxAsync()
    {
        var title = Lang.T($"ทะเบียนครุภัณฑ์ {Org.Name}", $"Property register, {Org.Name}");
        var day = Lang.T($"ข้อมูล ณ วันที่ {ThaiDate.FormatLong(BangkokTime.Today(clock))}", $"As of {ThaiDate.FormatEnglish(BangkokTime.Today(clock))}");
        var rows = await register.RowsAsync(HttpContext.RequestAborted);
        return File(AssetRegisterFiles.Xlsx([title, day], rows), AssetRegisterFiles.XlsxType, FileName("xlsx"));
    }

    public string FilterUrl(AssetListFilter filter) => Link(filter, null, 1);

    private string FileName(string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"asset-register-{Org.Slug}-{BangkokTime.Today(clock):yyyy-MM-dd}.{extension}");

    private string PageUrl(int page) => Link(Filter, Q, page);

    private string Link(AssetListFilter filter, string? q, int page)
    {
        var query = new List<string>();
        if (filter != AssetListFilter.Current)
        {
            query.Add("filter=" + filter);
        }

        if (q is not null)
        {
            query.Add("q=" + Uri.EscapeDataString(q));
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return AssetLabels.RegisterPath(Org.Slug) + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }
}
