using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Money;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Reports;
using Prongsai.Web.Api;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public.Procurement;

/// <summary>
/// A fiscal year's procurement for the public: the published plan with its amendments, the twelve months of สขร.1 with
/// a count each, and the annual report (by method and month, plan against done, savings against the reference price)
/// as an SVG chart with its table. Only what an Executive published is shown.
/// </summary>
[PublicPage]
public sealed class YearModel(ProcurementYearReader reader, TimeProvider clock) : PageModel
{
    public ProcurementYear Year { get; private set; } = null!;
    public AnnualProcurementReport Report { get; private set; } = null!;
    public string Slug { get; private set; } = "";

    /// <summary>Today in Bangkok, to tell a month not over yet from one not published (the page cache keeps a page ten minutes).</summary>
    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(string org, int fiscalYear, CancellationToken cancellationToken)
    {
        if (!ProcurementApi.ValidYear(fiscalYear))
        {
            return NotFound();
        }

        Slug = org;
        Today = BangkokTime.Today(clock);
        Year = await reader.PublicAsync(fiscalYear, cancellationToken);
        Report = AnnualProcurementReport.Build(Year);
        return Page();
    }

    public static string Money(decimal amount) => ThaiMoney.Format(amount);

    public static string MonthName(YearMonth month) => Infrastructure.Display.Month(month);

    public static string Method(ProcurementMethod method) => Staff.Org.Procurement.ProcurementPages.Method(method);

    /// <summary>Agreed amounts by month as a bar chart; the table below it holds the same numbers for screen readers.</summary>
    public string MonthChartSvg()
    {
        const int width = 640, height = 240, left = 8, bottom = 40, top = 16;
        var months = Report.ByMonth;
        var max = Math.Max(1m, months.Max(m => m.Totals.Agreed));
        var slot = (width - left * 2) / (double)months.Count;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-labelledby=\"chart-title\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append("<title id=\"chart-title\">").Append(WebUtility.HtmlEncode(Infrastructure.Lang.T("ราคาที่ตกลงซื้อหรือจ้างรายเดือน (บาท)", "Agreed amounts by month (baht)"))).Append("</title>");
        for (var i = 0; i < months.Count; i++)
        {
            var (month, totals) = months[i];
            var barHeight = (double)(totals.Agreed / max) * (height - bottom - top);
            var x = left + (i * slot) + (slot * 0.15);
            var y = height - bottom - barHeight;
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:0.#}\" y=\"{y:0.#}\" width=\"{slot * 0.7:0.#}\" height=\"{barHeight:0.#}\" fill=\"#1f5f8b\"><title>{WebUtility.HtmlEncode(MonthName(month.Month))}: {Money(totals.Agreed)} {Infrastructure.Lang.T("บาท", "baht")}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (slot * 0.35):0.#}\" y=\"{height - bottom + 18}\" font-size=\"13\" text-anchor=\"middle\" fill=\"#222\">{WebUtility.HtmlEncode(Infrastructure.Lang.T(ThaiCalendar.MonthAbbreviation(month.Month.Month), month.Month.FirstDay.ToString("MMM", CultureInfo.InvariantCulture)))}</text>");
            if (totals.Count > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (slot * 0.35):0.#}\" y=\"{Math.Max(top, y - 4):0.#}\" font-size=\"11\" text-anchor=\"middle\" fill=\"#222\">{totals.Count}</text>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{height - bottom}\" x2=\"{width - left}\" y2=\"{height - bottom}\" stroke=\"#222\"/>");
        svg.Append("</svg>");
        return svg.ToString();
    }
}
