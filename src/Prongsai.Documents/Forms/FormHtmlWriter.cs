using System.Globalization;
using System.Net;
using System.Text;

namespace Prongsai.Documents.Forms;

/// <summary>
/// A <see cref="PrintedForm"/> as one standalone HTML document for Chromium to print to PDF: inline CSS, nothing
/// fetched, A4 (landscape when the form asks), Thai fonts in the order fontconfig finds them, header rows repeated on
/// every page, a row never split across pages. Every text is HTML-encoded.
/// </summary>
public static class FormHtmlWriter
{
    private const string Css = """
        html { font-family: "TH Sarabun New", "TH SarabunPSK", "Laksaman", "Sarabun", "Noto Sans Thai", sans-serif;
          font-size: 14pt; line-height: 1.35; color: #000; background: #fff;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; word-break: normal; line-break: auto; overflow-wrap: break-word; }
        .corner { text-align: right; margin: 0; font-weight: bold; }
        h1 { font-size: 1.2em; text-align: center; margin: 0; }
        .subtitle { text-align: center; margin: 0; }
        h2 { font-size: 1.05em; margin: 0.7em 0 0.2em; break-after: avoid; }
        p { margin: 0 0 0.3em; }
        /* The automatic layout gives each column its share unless a text that may not break (an amount, a word a
           column keeps) needs more: then that column widens and the others give way, instead of the text running over
           its neighbour or a Thai word being cut in two. Other cells may break anywhere, so they never ask for more. */
        table { width: 100%; border-collapse: collapse; table-layout: auto; margin: 0 0 0.4em; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th, td { border: 1px solid #000; padding: 0.05em 0.25em; vertical-align: top; white-space: pre-line; overflow-wrap: anywhere; }
        .w { overflow-wrap: break-word; }
        th { background: #e7e6e6; text-align: center; vertical-align: middle; }
        .c { text-align: center; } .b { font-weight: bold; }
        .r { text-align: right; white-space: pre; } /* amounts never break inside; a line break in the text still does */
        .empty { text-align: center; }
        .signatures { display: flex; justify-content: space-around; margin-top: 1.5em; break-inside: avoid; }
        .signatures p { text-align: center; margin: 0; }
        """;

    public static string Write(PrintedForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(form.Title)).Append("</title>\n<style>\n@page { size: A4").Append(form.Landscape ? " landscape" : "")
            .Append("; margin: 12mm; }\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        if (form.Corner is { } corner)
        {
            html.Append("<p class=\"corner\">").Append(E(corner)).Append("</p>\n");
        }

        html.Append("<h1>").Append(E(form.Title)).Append("</h1>\n");
        foreach (var line in form.Subtitle)
        {
            html.Append("<p class=\"subtitle\">").Append(E(line)).Append("</p>\n");
        }

        foreach (var block in form.Blocks)
        {
            switch (block)
            {
                case FormHeading heading:
                    html.Append("<h2>").Append(E(heading.Text)).Append("</h2>\n");
                    break;
                case FormParagraph paragraph:
                    html.Append("<p>").Append(E(paragraph.Text)).Append("</p>\n");
                    break;
                case FormTable table:
                    Table(html, table);
                    break;
            }
        }

        if (form.Signatures.Count > 0)
        {
            html.Append("<div class=\"signatures\">");
            foreach (var signature in form.Signatures)
            {
                html.Append("<div>");
                foreach (var line in FormSignatureLines.Of(signature))
                {
                    html.Append("<p>").Append(E(line)).Append("</p>");
                }

                html.Append("</div>");
            }

            html.Append("</div>\n");
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Table(StringBuilder html, FormTable table)
    {
        html.Append("<table>\n<colgroup>");
        foreach (var column in table.Columns)
        {
            html.Append("<col style=\"width:").Append(column.WidthPercent.ToString(CultureInfo.InvariantCulture)).Append("%\">");
        }

        html.Append("</colgroup>\n<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append(column.KeepsWords ? "<th scope=\"col\" class=\"w\">" : "<th scope=\"col\">").Append(E(column.Heading)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        if (table.Rows.Count == 0)
        {
            html.Append("<tr><td class=\"empty\" colspan=\"").Append(table.Columns.Count.ToString(CultureInfo.InvariantCulture))
                .Append("\">").Append(E(table.Empty)).Append("</td></tr>\n");
        }

        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var c = 0; c < table.Columns.Count; c++)
            {
                var cell = c < row.Count ? row[c] : new FormCell("");
                var classes = (table.Columns[c].Align switch { FormAlign.Centre => "c", FormAlign.Right => "r", _ => "" })
                    + (cell.Bold ? " b" : "") + (table.Columns[c].KeepsWords ? " w" : "");
                html.Append("<td");
                if (classes.Trim().Length > 0)
                {
                    html.Append(" class=\"").Append(classes.Trim()).Append('"');
                }

                if (cell.Fill is { } fill && IsHex(fill))
                {
                    html.Append(" style=\"background:#").Append(fill).Append('"');
                }

                html.Append('>').Append(E(cell.Text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    /// <summary>A fill goes into a style attribute, so only six hex digits are let through.</summary>
    private static bool IsHex(string fill) => fill.Length == 6 && fill.All(Uri.IsHexDigit);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
