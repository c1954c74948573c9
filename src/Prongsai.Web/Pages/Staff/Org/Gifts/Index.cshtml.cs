using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.Gifts;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Gifts;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Requests;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Pages.Public;

namespace Prongsai.Web.Pages.Staff.Org.Gifts;

/// <summary>
/// Gifts received (การรับของขวัญ, No Gift Policy): the rule in plain words and the way to report, then the reports,
/// newest first — every one for the head of the office and those who keep the register, one's own for others. Filters:
/// waiting for a decision, decided to go back or to the office and not done yet, mine; a fiscal year (พ.ศ., by the day
/// received). Those who see every report download the year's register as CSV or Excel, and the year's report as the
/// website publishes it — the form to sign (<see cref="GiftReportForm"/>) — in Word or PDF.
/// </summary>
public sealed class IndexModel(GiftBoard board, IPdfConverter pdf, TimeProvider clock) : StaffPageModel
{
    /// <summary>How many fiscal years back the year choice offers (older ones stay reachable by address).</summary>
    private const int YearsBack = 5;

    [BindProperty(SupportsGet = true)] public GiftListFilter Filter { get; set; }

    /// <summary>The fiscal year in พ.ศ.; none: every year.</summary>
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public int PageNumber { get; private set; } = 1;
    public IReadOnlyList<GiftRow> Rows { get; private set; } = [];
    public int Total { get; private set; }
    public Pager Pager { get; private set; } = null!;
    public bool SeesAll { get; private set; }
    public bool MayReport { get; private set; }
    public DateOnly Today { get; private set; }

    /// <summary>The year the downloads cover: the one chosen, else the current one.</summary>
    public FiscalYear RegisterYear => Year is { } year ? new FiscalYear(year) : FiscalYear.ForDate(Today);

    /// <summary>This year down to five years back, and the chosen one if older.</summary>
    public IReadOnlyList<int> Years
    {
        get
        {
            var current = FiscalYear.ForDate(Today).BeYear;
            var years = Enumerable.Range(0, YearsBack + 1).Select(i => current - i).ToList();
            if (Year is { } chosen && !years.Contains(chosen))
            {
                years.Add(chosen);
            }

            return years;
        }
    }

    /// <summary>The yearly report is printed for a year begun and not before the first the website answers for, as on the website.</summary>
    public bool Printable => RegisterYear.BeYear >= GiftsEvidenceSource.FirstYear && RegisterYear.Start <= Today;

    /// <summary>"Mine" is the whole list for those who see only their own (kept when an address asks for it).</summary>
    public IReadOnlyList<GiftListFilter> Filters => SeesAll || Filter == GiftListFilter.Mine
        ? Enum.GetValues<GiftListFilter>()
        : [GiftListFilter.All, GiftListFilter.Waiting, GiftListFilter.ToSettle];

    public async Task<IActionResult> OnGetAsync()
    {
        if (Read() is { } refused)
        {
            return refused;
        }

        PageNumber = FormState.PageNumber(Request.Query["page"]);
        var (rows, total) = await board.ListAsync(Actor, Filter, Year is { } year ? new FiscalYear(year) : null, PageNumber, HttpContext.RequestAborted);
        Rows = rows;
        Total = total;
        Pager = new Pager(PageNumber, total, GiftBoard.PageSize, PageUrl, Lang.T("หน้าของรายการรับของขวัญ", "Gift list pages"));
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (Read() is { } refused)
        {
            return refused;
        }

        if (!SeesAll)
        {
            return Forbid();
        }

        var reports = await board.RegisterAsync(Actor, RegisterYear, HttpContext.RequestAborted);
        return File(GiftBoard.RegisterCsv(reports), "text/csv; charset=utf-8", FileName("csv"));
    }

    public async Task<IActionResult> OnGetXlsxAsync()
    {
        if (Read() is { } refused)
        {
            return refused;
        }

        if (!SeesAll)
        {
            return Forbid();
        }

        var reports = await board.RegisterAsync(Actor, RegisterYear, HttpContext.RequestAborted);
        var (header, rows) = GiftBoard.RegisterTable(reports);
        using var buffer = new MemoryStream();
        // The dates stay the พ.ศ. text the register prints (see ColumnKind).
        TableXlsxWriter.Write(buffer, "ทะเบียนการรับของขวัญ " + RegisterYear, header, rows, ("ลำดับ", ColumnKind.Count), ("มูลค่า (บาท)", ColumnKind.Money));
        return File(buffer.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileName("xlsx"));
    }

    public async Task<IActionResult> OnGetDocxAsync()
    {
        var (refused, form) = await FormAsync();
        return refused ?? FormDownloads.Docx(form!, ReportFileStem);
    }

    public async Task<IActionResult> OnGetPdfAsync()
    {
        var (refused, form) = await FormAsync();
        return refused ?? await FormDownloads.PdfAsync(pdf, form!, ReportFileStem, HttpContext.RequestAborted);
    }

    public string FilterUrl(GiftListFilter filter) => Link(filter, Year, 1);

    public string DownloadUrl(string handler) =>
        GiftLabels.RegisterPath(Org.Slug) + "?handler=" + handler + "&year=" + RegisterYear;

    private string PageUrl(int page) => Link(Filter, Year, page);

    private string Link(GiftListFilter filter, int? year, int page)
    {
        var query = new List<string>();
        if (filter != GiftListFilter.All)
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

        return GiftLabels.RegisterPath(Org.Slug) + (query.Count == 0 ? "" : "?" + string.Join("&", query));
    }

    private string FileName(string extension) => $"gift-register-{RegisterYear}.{extension}";

    private string ReportFileStem => $"gift-report-{RegisterYear}";

    /// <summary>
    /// The year's report to sign: the same rows as the website's (decided reports, no names), for those who may download
    /// the register — the rule of the CSV — and for a year the website would answer for.
    /// </summary>
    private async Task<(IActionResult? Refused, PrintedForm? Form)> FormAsync()
    {
        if (Read() is { } refused)
        {
            return (refused, null);
        }

        if (!SeesAll)
        {
            return (Forbid(), null);
        }

        if (!Printable)
        {
            return (NotFound(), null);
        }

        var rows = await board.PublishedAsync(RegisterYear, HttpContext.RequestAborted);
        return (null, GiftReportForm.For(Org.Name, RegisterYear, GiftBoard.MonthsReported(RegisterYear, Today), rows));
    }

    /// <summary>400 for a filter or a year that is not one (a hand-edited address); else who sees what, and today.</summary>
    private BadRequestResult? Read()
    {
        if (!ModelState.IsValid || !Enum.IsDefined(Filter) || Year is < 2400 or > 3000)
        {
            return BadRequest();
        }

        Today = BangkokTime.Today(clock);
        SeesAll = GiftBoard.SeesAll(Actor);
        MayReport = Actor.Has(GiftsPermissions.ReportGifts);
        return null;
    }
}
