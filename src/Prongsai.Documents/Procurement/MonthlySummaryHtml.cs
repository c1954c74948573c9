using System.Net;
using System.Text;

namespace Prongsai.Documents.Procurement;

/// <summary>The สขร.1 as one standalone printable HTML document (A4 landscape, TH Sarabun 14 pt) for the PDF.</summary>
public static class MonthlySummaryHtml
{
    private const string Css = """
        @page { size: A4 landscape; margin: 12mm; }
        html { font-family: "TH Sarabun New", "TH SarabunPSK", "Laksaman", "Sarabun", "Noto Sans Thai", sans-serif;
          font-size: 14pt; line-height: 1.35; color: #000; background: #fff; }
        body { margin: 0; word-break: normal; line-break: auto; overflow-wrap: break-word; }
        .form { text-align: right; margin: 0; font-weight: bold; }
        h1 { font-size: 1.15em; text-align: center; margin: 0; }
        .org { text-align: center; margin: 0 0 0.4em; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        thead { display: table-header-group; }
        th, td { border: 1px solid #000; padding: 0.1em 0.25em; vertical-align: top; white-space: pre-line; }
        th { text-align: center; vertical-align: middle; font-weight: bold; }
        td.num { text-align: right; white-space: nowrap; }
        td.c { text-align: center; }
        .empty { text-align: center; padding: 1em; font-weight: bold; }
        .total { margin-top: 0.4em; }
        .sample { color: #a00; font-weight: bold; text-align: center; }
        """;

    public static string Write(MonthlySummary summary)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n<title>").Append(E(summary.Title))
            .Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        html.Append("<p class=\"form\">แบบ สขร.1</p>\n<h1>").Append(E(summary.Title)).Append("</h1>\n<p class=\"org\">")
            .Append(E(summary.OrganizationName)).Append("</p>\n");
        if (summary.IsSample)
        {
            html.Append("<p class=\"sample\">ข้อมูลตัวอย่าง</p>\n");
        }

        html.Append("<table>\n<colgroup>");
        foreach (var width in MonthlySummary.Widths)
        {
            html.Append("<col style=\"width:").Append(width.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("%\">");
        }

        html.Append("</colgroup>\n<thead><tr>");
        foreach (var heading in MonthlySummary.Headings)
        {
            html.Append("<th>").Append(E(heading)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        if (summary.Records.Count == 0)
        {
            html.Append("<tr><td colspan=\"9\" class=\"empty\">").Append(MonthlySummary.NoProcurement).Append("</td></tr>\n");
        }

        foreach (var row in summary.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                var cls = i is 2 or 3 ? " class=\"num\"" : i is 0 or 4 ? " class=\"c\"" : "";
                html.Append("<td").Append(cls).Append('>').Append(E(row[i])).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p class=\"total\">").Append(E(summary.TotalLine)).Append("</p>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
