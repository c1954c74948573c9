using System.Globalization;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Documents.Measures;

/// <summary>Options of the printable HTML.</summary>
/// <param name="DisplayOffset">Offset used to show the published date (Thailand, UTC+7).</param>
/// <param name="IncludeFooter">Writes the "version · published" line under the table.</param>
public sealed record ReportHtmlOptions(TimeSpan DisplayOffset, bool IncludeFooter = true)
{
    public static ReportHtmlOptions Default { get; } = new(TimeSpan.FromHours(7));
}

/// <summary>
/// Writes the measures report as one standalone, printable HTML document (A4 landscape, TH Sarabun 16 pt),
/// the input of the PDF converter and of "save as" exports. Not a page of the site: CSS is inline and
/// nothing is fetched. Every text is HTML-encoded.
/// </summary>
public static class ReportHtmlWriter
{
    // Thai breaks between words only when the engine may use its dictionary: word-break normal, line-break auto.
    // overflow-wrap only breaks inside a word that alone is wider than its column.
    private const string Css = """
        @page { size: A4 landscape; margin: 12mm; }
        html { font-family: "TH Sarabun New", "TH SarabunPSK", "Laksaman", "Sarabun", "Noto Sans Thai", sans-serif;
          font-size: 16pt; line-height: 1.5; color: #000; background: #fff;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; word-break: normal; line-break: auto; overflow-wrap: break-word; hyphens: manual; }
        h1 { font-size: 1em; font-weight: bold; text-align: center; margin: 0 0 0.4em; }
        .intro { text-indent: 2.5em; text-align: left; margin: 0 0 0.6em; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #000; padding: 0.15em 0.35em; vertical-align: top; text-align: left; }
        th { background: #e7e6e6; text-align: center; font-weight: bold; }
        ol { margin: 0; padding-left: 1.3em; }
        li { margin: 0; }
        td p { margin: 0; }
        .footer { margin-top: 0.6em; font-size: 0.85em; text-align: right; break-inside: avoid; }
        """;

    private static readonly string[] ColumnWidths = ["15%", "25%", "10%", "10%", "25%", "15%"];

    private static readonly string[] ThaiMonths =
    [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ];

    public static void Write(MeasuresReport report, TextWriter output, ReportHtmlOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        options ??= ReportHtmlOptions.Default;

        output.Write("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
        Encode(output, report.Title);
        output.Write("</title>\n<style>\n");
        output.Write(Css);
        output.Write("\n</style>\n</head>\n<body>\n<h1>");
        Encode(output, report.Title);
        output.Write("</h1>\n");
        foreach (var line in report.Introduction.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                output.Write("<p class=\"intro\">");
                Encode(output, line.Trim());
                output.Write("</p>\n");
            }
        }

        output.Write("<table>\n<colgroup>");
        foreach (var width in ColumnWidths)
        {
            output.Write("<col style=\"width:");
            output.Write(width);
            output.Write("\">");
        }

        output.Write("</colgroup>\n<thead><tr>");
        foreach (var heading in ReportColumns.TableHeadings)
        {
            output.Write("<th scope=\"col\">");
            Encode(output, heading);
            output.Write("</th>");
        }

        output.Write("</tr></thead>\n<tbody>\n");
        foreach (var measure in report.Measures)
        {
            output.Write("<tr><td>");
            if (!string.IsNullOrWhiteSpace(measure.Number))
            {
                Encode(output, measure.Number);
                output.Write(". ");
            }

            Encode(output, measure.Title);
            output.Write("</td><td>");
            WriteList(output, measure.Steps);
            output.Write("</td><td>");
            for (var i = 0; i < measure.Responsible.Count; i++)
            {
                output.Write("<p>");
                Encode(output, measure.Responsible[i]);
                output.Write("</p>");
            }

            output.Write("</td><td>");
            Encode(output, measure.Period.Text);
            output.Write("</td><td>");
            WriteList(output, measure.Results);
            output.Write("</td><td>");
            Encode(output, measure.Outcome);
            output.Write("</td></tr>\n");
        }

        output.Write("</tbody>\n</table>\n");
        if (options.IncludeFooter)
        {
            output.Write("<p class=\"footer\">ฉบับที่ ");
            output.Write(report.Version.ToString(CultureInfo.InvariantCulture));
            output.Write(" · ");
            if (report.PublishedAt is { } published)
            {
                output.Write("เผยแพร่เมื่อ ");
                Encode(output, ThaiLongDate(published.ToOffset(options.DisplayOffset)));
            }
            else
            {
                output.Write("ยังไม่เผยแพร่");
            }

            output.Write("</p>\n");
        }

        output.Write("</body>\n</html>\n");
    }

    public static string Write(MeasuresReport report, ReportHtmlOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(report, writer, options);
        return writer.ToString();
    }

    private static void WriteList(TextWriter output, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        output.Write("<ol>");
        for (var i = 0; i < items.Count; i++)
        {
            output.Write("<li>");
            Encode(output, items[i]);
            output.Write("</li>");
        }

        output.Write("</ol>");
    }

    /// <summary>"5 เมษายน 2567": day, Thai month, Buddhist-era year. A shared Thai calendar module replaces this later.</summary>
    private static string ThaiLongDate(DateTimeOffset date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day} {ThaiMonths[date.Month - 1]} {date.Year + 543}");

    /// <summary>Writes text with &amp; &lt; &gt; &quot; &#39; encoded; other characters (Thai) as they are.</summary>
    private static void Encode(TextWriter output, string text)
    {
        var span = text.AsSpan();
        var start = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var entity = span[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null)
            {
                continue;
            }

            output.Write(span[start..i]);
            output.Write(entity);
            start = i + 1;
        }

        output.Write(span[start..]);
    }
}
