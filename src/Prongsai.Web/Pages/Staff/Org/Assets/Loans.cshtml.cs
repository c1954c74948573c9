using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Documents.Requests;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Pages.Public;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// Loans and returns (รายการยืม-คืน), newest first: every loan for keepers, approvers and auditors, one's own for
/// others. Filters: waiting for a decision, out, past the return date, mine; a fiscal year (พ.ศ., October to September,
/// by the day the loan starts). Those who see every loan download the year's loan register (ทะเบียนคุมการยืม) as CSV
/// or Excel — the evidence that property is lent by the rules.
/// </summary>
public sealed class LoansModel(AssetBoard board, TimeProvider clock) : StaffPageModel
{
    /// <summary>How many fiscal years back the year choice offers (older ones stay reachable by address).</summary>
    private const int YearsBack = 5;

    [BindProperty(SupportsGet = true)] public AssetLoanFilter Filter { get; set; }

    /// <summary>The fiscal year in พ.ศ.; none: every year.</summary>
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public int PageNumber { get; private set; } = 1;
    public IReadOnlyList<AssetLoanRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public bool SeesAll { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>The year the downloads cover: the one chosen, else the current one.</summary>
    public FiscalYear RegisterYear => Year is { } year ? new FiscalYear(year) : FiscalYear.ForDate(Today);

    /// <summary>Next year (loans are asked for ahead) down to five years back, and the chosen one if older.</summary>
    public IReadOnlyList<int> Years
    {
        get
        {
            var current = FiscalYear.ForDate(Today).BeYear;
            var years = Enumerable.Range(0, YearsBack + 2).Select(i => current + 1 - i).ToList();
            if (Year is { } chosen && !years.Contains(chosen))
            {
                years.Add(chosen);
            }

            return years;
        }
    }

    /// <summary>"Mine" is the whole list for those who see only their own (kept when a dashboard link asks for it).</summary>
    public IReadOnlyList<AssetLoanFilter> Filters => SeesAll || Filter == AssetLoanFilter.Mine
        ? Enum.GetValues<AssetLoanFilter>()
        : [AssetLoanFilter.All, AssetLoanFilter.Waiting, AssetLoanFilter.Out, AssetLoanFilter.Overdue];

    public async Task<IActionResult> OnGetAsync()
    {
        if (await ReadAsync() is { } refused)
        {
            return refused;
        }

        PageNumber = FormState.PageNumber(Request.Query["page"]);
        var (rows, total) = await board.ListLoansAsync(Actor, Filter, Year is { } year ? new FiscalYear(year) : null, PageNumber, HttpContext.RequestAborted);
        Rows = rows;
        Total = total;
        Pager = new Pager(PageNumber, total, AssetBoard.PageSize, PageUrl, Lang.T("หน้าของรายการยืม-คืน", "Loan list pages"));
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (await ReadAsync() is { } refused)
        {
            return refused;
        }

        if (!SeesAll)
        {
            return Forbid();
        }

        var loans = await board.RegisterAsync(Actor, RegisterYear, HttpContext.RequestAborted);
        return File(AssetBoard.RegisterCsv(loans), "text/csv; charset=utf-8", FileName("csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        if (await ReadAsync() is { } refused)
        {
            return refused;
        }

        if (!SeesAll)
        {
            return Forbid();
        }

        var loans = await board.RegisterAsync(Actor, RegisterYear, HttpContext.RequestAborted);
        var (header, rows) = AssetBoard.RegisterTable(loans);
        using var buffer = new MemoryStream();
        // The dates stay the พ.ศ. text the register prints (see ColumnKind).
        TableXlsxWriter.Write(buffer, "ทะเบียนคุมการยืม " + RegisterYear, header, rows, ("ลำดับ", ColumnKind.Count), ("จำนวน", ColumnKind.Count));
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    public string FilterUrl(AssetLoanFilter filter) => Link(filter, Year, 1);

    public string DownloadUrl(string handler) =>
        AssetLabels.LoansPath(Org.Slug) + "?handler=" + handler + "&year=" + RegisterYear;

    private string PageUrl(int page) => Link(Filter, Year, page);

    private string Link(AssetLoanFilter filter, int? year, int page)
    {
        var query = new List<string>();
        if (filter != AssetLoanFilter.All)
        {
            query.Add("filter=" + filter);
        }

        if (year is { } y)
        {
            query.Add("year=" + y.ToString(CultureInfo.InvariantCulture));
        }

        if (page > 1)
        {
            query.Add("page=" + page.ToString(CultureInfo.InvariantCulture));
        }

        return AssetLabels.LoansPath(Org.Slug) + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    private string FileName(string extension) => $"asset-loans-{RegisterYear}.{extension}";

    /// <summary>400 for a filter or a year that is not one (a hand-edited address); else who sees what, and today.</summary>
    private async Task<IActionResult?> ReadAsync()
    {
        if (!ModelState.IsValid || !Enum.IsDefined(Filter) || Year is < 2400 or > 3000)
        {
            return BadRequest();
        }

        Today = BangkokTime.Today(clock);
        SeesAll = await board.SeesAllLoansAsync(Actor, HttpContext.RequestAborted);
        return null;
    }
}
