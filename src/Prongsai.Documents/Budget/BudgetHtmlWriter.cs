using System.Net;
using System.Text;
using Prongsai.Core.Budget;

namespace Prongsai.Documents.Budget;

/// <summary>
/// A report as HTML: <see cref="Body"/> (charts and tables, the public page shows it) and <see cref="Write"/>, the
/// standalone A4 document the PDF is printed from (inline CSS, nothing fetched, TH Sarabun–compatible fonts). Every text
/// is HTML-encoded.
/// </summary>
public static class BudgetHtmlWriter
{
    private const string Css = """
        @page { size: A4; margin: 14mm 12mm; }
        html { font-family: "TH Sarabun New", "TH SarabunPSK", "Laksaman", "Sarabun", "Noto Sans Thai", sans-serif;
          font-size: 14pt; line-height: 1.4; color: #000; background: #fff;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; word-break: normal; line-break: auto; overflow-wrap: break-word; }
        h1 { font-size: 1.2em; text-align: center; margin: 0 0 0.2em; }
        h2 { font-size: 1.05em; margin: 0.8em 0 0.2em; break-after: avoid; }
        .summary { text-align: center; margin: 0 0 0.6em; }
        .summary p { margin: 0; }
        .sample { text-align: center; font-weight: bold; border: 1px solid #000; padding: 0.1em; }
        table { width: 100%; border-collapse: collapse; margin: 0.3em 0 0.6em; }
        thead { display: table-header-group; }
        /* Chromium repeats a footer group at the foot of every page, so page 1 showed the whole year's total under half
           its rows: as an ordinary row group the total is printed once, after the last row. */
        tfoot { display: table-row-group; }
        /* A row cut at the page foot leaves the tips of Thai upper vowels on one page and the line on the next. */
        tr { break-inside: avoid; }
        caption { display: none; } /* the heading above each table says the same on paper */
        th, td { border: 1px solid #000; padding: 0.05em 0.3em; vertical-align: top; text-align: left; }
        th { background: #e7e6e6; text-align: center; }
        td.num { text-align: right; white-space: nowrap; }
        tfoot td { font-weight: bold; }
        svg.budget-chart { max-width: 16cm; display: block; margin: 0 auto; break-inside: avoid; }
        """;

    public static string Write(BudgetReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(report.Title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n<h1>")
            .Append(E(report.Title)).Append("</h1>\n");
        if (report.IsSample)
        {
            html.Append("<p class=\"sample\">ตัวอย่าง — ข้อมูลสมมติเพื่อสาธิตระบบ</p>\n");
        }

        html.Append("<div class=\"summary\">");
        foreach (var line in BudgetSections.Summary(report))
        {
            html.Append("<p>").Append(E(line)).Append("</p>");
        }

        html.Append("</div>\n").Append(Body(report, "pdf", headingLevel: 2, scrollable: false)).Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The charts and tables, each section under its heading; ids are prefixed so two reports can share a page.</summary>
    public static string Body(BudgetReport report, string idPrefix, int headingLevel, bool scrollable)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        var sections = BudgetSections.For(report);
        var disbursed = BudgetSections.ShowsDisbursed(report);
        var h = "h" + headingLevel.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var section in sections)
        {
            var id = idPrefix + "-" + section.Id;
            html.Append('<').Append(h).Append(" id=\"").Append(id).Append("-heading\">").Append(E(section.Caption)).Append("</").Append(h).Append(">\n");
            var chart = section.Id switch
            {
                "by-department" => BudgetCharts.GroupBars(id + "-chart", section.Caption, report.ByDepartment(), disbursed),
                "by-category" => BudgetCharts.GroupBars(id + "-chart", section.Caption, report.ByCategory(), disbursed),
                "by-month" => BudgetCharts.Cumulative(id + "-chart", section.Caption, report.ByMonth(), report.Amount),
                _ => null,
            };
            if (chart is not null && scrollable)
            {
                // On a page the chart keeps its drawn size (labels readable on a phone) and scrolls sideways in its
                // own region, like the tables; on paper it shrinks to the page.
                html.Append("<figure class=\"chart\"><div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"")
                    .Append(E(section.Caption + " (แผนภูมิ)")).Append("\">")
                    .Append(chart.Replace("width=\"100%\"", "width=\"" + BudgetCharts.Width.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"", StringComparison.Ordinal))
                    .Append("</div></figure>\n");
            }
            else if (chart is not null)
            {
                html.Append("<figure class=\"chart\">").Append(chart).Append("</figure>\n");
            }

            html.Append(scrollable
                ? $"<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"{id}-heading\">"
                : "<div>");
            Table(html, section);
            html.Append("</div>\n");
        }

        return html.ToString();
    }

    private static void Table(StringBuilder html, BudgetSection section)
    {
        html.Append("<table class=\"data budget-table\"><caption>").Append(E(section.Caption)).Append("</caption><thead><tr>");
        foreach (var heading in section.Headings)
        {
            html.Append("<th scope=\"col\">").Append(E(heading)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in section.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < row.Count; c++)
            {
                if (c == 0 && section.Id != "lines")
                {
                    html.Append("<th scope=\"row\">").Append(E(row[c])).Append("</th>");
                    continue;
                }

                html.Append(section.NumericColumns.Contains(c) ? "<td class=\"num\">" : "<td>").Append(E(row[c])).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody>");
        if (section.Totals is { } totals)
        {
            html.Append("<tfoot><tr>");
            for (var c = 0; c < totals.Count; c++)
            {
                html.Append(section.NumericColumns.Contains(c) ? "<td class=\"num\">" : "<td>").Append(E(totals[c])).Append("</td>");
            }

            html.Append("</tr></tfoot>");
        }

        html.Append("</table>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
