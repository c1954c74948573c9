using System.Net;
using System.Text;
using Prongsai.Core.Posters;

namespace Prongsai.Documents.Posters;

/// <summary>One poster as printed: the organization's name and telephone, and the poster's full public address.</summary>
public sealed record PrintedPoster(Poster Poster, string OrganizationName, string? Phone, string Url)
{
    /// <summary>The department whose counter the poster hangs at, printed under the organization's name (none: the whole office).</summary>
    public string? Department { get; init; }
}

/// <summary>
/// Posters as one standalone HTML document for Chromium to print to PDF, an A4 page each: the title large enough to
/// read across a counter, the QR code about 9 cm wide (a phone reads it from an arm's length and more), how to use it
/// in one line for people who have never scanned one, and the address in letters for those who type it. Black on white
/// only, so a photocopy works. Inline CSS, nothing fetched; every text is HTML-encoded.
/// </summary>
public static class PosterSheet
{
    /// <summary>Said under every code: most people know the camera, not the word "scan".</summary>
    public const string HowTo = "เปิดกล้องโทรศัพท์ ส่องที่คิวอาร์โค้ด แล้วแตะลิงก์ที่ขึ้นบนจอ";

    /// <summary>Said before the department of a counter's poster.</summary>
    public const string DepartmentLabel = "จุดบริการ";

    /// <summary>Said before the address in letters, which has a line of its own.</summary>
    public const string TypeIt = "หรือพิมพ์ที่อยู่";

    private const string Css = """
        @page { size: A4; margin: 14mm; }
        html { font-family: "TH Sarabun New", "TH SarabunPSK", "Laksaman", "Sarabun", "Noto Sans Thai", sans-serif;
          color: #000; background: #fff; line-height: 1.3; }
        body { margin: 0; word-break: normal; line-break: auto; overflow-wrap: break-word; }
        .poster { height: 268mm; display: flex; flex-direction: column; align-items: center; text-align: center;
          break-after: page; border: 2.5mm solid #000; box-sizing: border-box; padding: 8mm 10mm; }
        .poster:last-child { break-after: auto; }
        .org { font-size: 24pt; font-weight: bold; margin: 0; }
        .department { font-size: 22pt; margin: 0; }
        h1 { font-size: 46pt; line-height: 1.15; margin: 4mm 0 0; }
        .phrase { white-space: nowrap; }
        .en { font-size: 18pt; margin: 0; }
        .lead { font-size: 24pt; margin: 4mm 0 0; }
        .qr { width: 95mm; height: 95mm; margin: 4mm 0 2mm; }
        .how { font-size: 20pt; font-weight: bold; margin: 0; }
        ul { list-style: none; padding: 0; margin: 4mm 0 0; font-size: 22pt; }
        li::before { content: "✓ "; font-weight: bold; }
        .url { font-size: 16pt; margin: auto 0 0; }
        .url b { display: block; font-family: "DejaVu Sans Mono", monospace; font-size: 13pt; word-break: break-all; }
        .phone { font-size: 18pt; margin: 1mm 0 0; }
        """;

    public static string Write(IReadOnlyList<PrintedPoster> posters)
    {
        ArgumentNullException.ThrowIfNull(posters);
        var title = posters.Count == 1 ? posters[0].Poster.Title : "ป้ายคิวอาร์โค้ด";
        var html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"th\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(E(title)).Append("</title>\n<style>\n").Append(Css).Append("\n</style>\n</head>\n<body>\n");
        foreach (var printed in posters)
        {
            Append(html, printed);
        }

        return html.Append("</body>\n</html>\n").ToString();
    }

    private static void Append(StringBuilder html, PrintedPoster printed)
    {
        var poster = printed.Poster;
        html.Append("<section class=\"poster\">\n")
            .Append("<p class=\"org\">").Append(E(printed.OrganizationName)).Append("</p>\n");
        if (!string.IsNullOrWhiteSpace(printed.Department))
        {
            html.Append("<p class=\"department\">").Append(DepartmentLabel).Append(' ').Append(E(printed.Department)).Append("</p>\n");
        }

        html.Append("<h1>").Append(Phrases(poster.Title)).Append("</h1>\n")
            .Append("<p class=\"en\" lang=\"en\">").Append(E(poster.EnglishTitle)).Append("</p>\n")
            .Append("<p class=\"lead\">").Append(Phrases(poster.Lead)).Append("</p>\n")
            .Append(QrCodes.ScalableSvg(printed.Url, "คิวอาร์โค้ด " + poster.Title)).Append('\n')
            .Append("<p class=\"how\">").Append(Phrases(HowTo)).Append("</p>\n<ul>\n");
        foreach (var promise in poster.Promises)
        {
            html.Append("<li>").Append(Phrases(promise)).Append("</li>\n");
        }

        html.Append("</ul>\n<p class=\"url\">").Append(TypeIt).Append(" <b>").Append(E(printed.Url)).Append("</b></p>\n");
        if (!string.IsNullOrWhiteSpace(printed.Phone))
        {
            html.Append("<p class=\"phone\">สอบถาม โทร. ").Append(E(printed.Phone)).Append("</p>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>
    /// Each phrase of a catalog text unbreakable, so a line breaks only at the spaces between them: Chromium's Thai
    /// dictionary would otherwise split "ความพึงพอใจ" between พึง and พอใจ in a 46-point title.
    /// </summary>
    private static string Phrases(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => "<span class=\"phrase\">" + E(p) + "</span>"));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
