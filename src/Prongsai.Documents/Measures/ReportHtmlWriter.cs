using System.Globalization;
using Prongsai.Core.Calendar;
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
    // Rows may continue on the next page (one measure can be taller than a page; "break-inside: avoid" on rows or
    // long items makes Chromium push whole rows to the next page and leave pages half empty), but every
    // fragment keeps at least three lines of an item (orphans/widows), and the header row repeats.
    private const string Css = """
        @page { size: A4 landscape; margin: 12mm; }
        html { font-family: "TH Sarabun New", "TH SarabunPSK", "Laksaman", "Sarabun", "Noto Sans Thai", sans-serif;
          font-size: 16pt; line-height: 1.5; color: #000; background: #fff;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; word-break: normal; line-break: auto; overflow-wrap: break-word; hyphens: manual; }
        h1 { font-size: 1em; font-weight: bold; text-align: center; margin: 0 0 0.3em; }
        .intro { text-indent: 2.5em; margin: 0 0 0.5em; }
        table { width: 100%; border-collapse: collapse; table-layout: fixed; }
        thead { display: table-header-group; }
        tr { break-inside: auto; }
        th, td { border: 1px solid #000; padding: 0.1em 0.3em; vertical-align: top; text-align: left; }
        th { background: #e7e6e6; text-align: center; font-weight: bold; vertical-align: middle; break-inside: avoid; }
        td p, li { margin: 0; orphans: 3; widows: 3; }
        .place { white-space: nowrap; }
        ol { margin: 0; padding-left: 1.2em; }
        .footer { margin-top: 0.5em; font-size: 0.85em; text-align: right; break-inside: avoid; }
        """;

    // Column widths (percent of the table) and heading line breaks, as in the paper report.
    internal static readonly int[] ColumnPercents = [13, 26, 11, 11, 25, 14];

    private static readonly string[] HeadingLines =
    [
        "มาตรการ/แนวทาง", "ขั้นตอน/วิธีการดำเนินการ", "หน่วยงาน\nผู้รับผิดชอบ", "ระยะเวลา\nดำเนินการ", "สรุปผลการดำเนินการ", "ผลลัพธ์/ความสำเร็จ",
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
        var place = PlaceName(report.Organization);
        EncodeText(output, report.Title, place);
        output.Write("</h1>\n");
        foreach (var line in report.Introduction.Split('\n'))
        {
            if (line.Trim().Length > 0)
            {
                output.Write("<p class=\"intro\">");
                EncodeText(output, line.Trim(), place);
                output.Write("</p>\n");
            }
        }

        output.Write("<table>\n<colgroup>");
        foreach (var percent in ColumnPercents)
        {
            output.Write("<col style=\"width:");
            output.Write(percent.ToString(CultureInfo.InvariantCulture));
            output.Write("%\">");
        }

        output.Write("</colgroup>\n<thead><tr>");
        foreach (var heading in HeadingLines)
        {
            output.Write("<th scope=\"col\">");
            var lineBreak = heading.IndexOf('\n', StringComparison.Ordinal);
            if (lineBreak < 0)
            {
                Encode(output, heading);
            }
            else
            {
                Encode(output, heading[..lineBreak]);
                output.Write("<br>");
                Encode(output, heading[(lineBreak + 1)..]);
            }

            output.Write("</th>");
        }

        output.Write("</tr></thead>\n<tbody>\n");
        foreach (var measure in report.Measures)
        {
            output.Write("<tr><td><p>");
            if (!string.IsNullOrWhiteSpace(measure.Number))
            {
                Encode(output, measure.Number);
                output.Write(". ");
            }

            EncodeText(output, measure.Title, place);
            output.Write("</p></td><td>");
            WriteList(output, measure.Steps, place);
            output.Write("</td><td>");
            for (var i = 0; i < measure.Responsible.Count; i++)
            {
                output.Write("<p>");
                EncodeText(output, measure.Responsible[i], place);
                output.Write("</p>");
            }

            output.Write("</td><td><p>");
            Encode(output, measure.Period.Text);
            output.Write("</p></td><td>");
            WriteList(output, measure.Results, place);
            output.Write("</td><td><p>");
            EncodeText(output, measure.Outcome, place);
            output.Write("</p></td></tr>\n");
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
                Encode(output, ThaiDate.FormatLong(DateOnly.FromDateTime(published.ToOffset(options.DisplayOffset).DateTime)));
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

    private static void WriteList(TextWriter output, IReadOnlyList<string> items, string? place)
    {
        if (items.Count == 0)
        {
            return;
        }

        output.Write("<ol>");
        for (var i = 0; i < items.Count; i++)
        {
            output.Write("<li>");
            EncodeText(output, items[i], place);
            output.Write("</li>");
        }

        output.Write("</ol>");
    }

    /// <summary>
    /// The place name of a local government ("บางคา" of "องค์การบริหารส่วนตำบลบางคา"). Place names are not in the
    /// line-breaking dictionary, so Chromium would break "บาง|คา" at a line end; the writer keeps them whole.
    /// </summary>
    private static string? PlaceName(string organization)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["องค์การบริหารส่วนตำบล", "องค์การบริหารส่วนจังหวัด", "เทศบาลตำบล", "เทศบาลเมือง", "เทศบาลนคร", "กรุงเทพมหานคร"])
        {
            if (organization.StartsWith(prefix, StringComparison.Ordinal) && organization.Length - prefix.Length is > 1 and < 20)
            {
                return organization[prefix.Length..].Trim();
            }
        }

        return null;
    }

    /// <summary>Encodes text, wrapping every occurrence of the place name in a no-wrap span.</summary>
    private static void EncodeText(TextWriter output, string text, string? place)
    {
        if (string.IsNullOrEmpty(place))
        {
            Encode(output, text);
            return;
        }

        var start = 0;
        int found;
        while ((found = text.IndexOf(place, start, StringComparison.Ordinal)) >= 0)
        {
            Encode(output, text[start..found]);
            output.Write("<span class=\"place\">");
            Encode(output, place);
            output.Write("</span>");
            start = found + place.Length;
        }

        Encode(output, text[start..]);
    }

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
