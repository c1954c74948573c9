using System.Text.RegularExpressions;
using Prongsai.Core.Posters;
using Prongsai.Documents.Pdf;
using Prongsai.Documents.Posters;
using Prongsai.Tests.Documents;

namespace Prongsai.Tests.Posters;

/// <summary>
/// The printed posters: an A4 page each, whose Thai text reads back (the office, the title, every promise, how to scan,
/// the address and the telephone), every word inside the frame, and whose QR code, read from the rendered page, is the
/// poster's own address.
/// </summary>
public sealed partial class PosterSheetTests
{
    private const string Organization = "องค์การบริหารส่วนตำบลบางขะ";
    private const string Phone = "0 3859 5123";

    [Fact]
    public void Every_text_is_encoded_and_a_missing_telephone_prints_no_line()
    {
        var poster = PosterCatalog.Find("satisfaction")!;
        var html = PosterSheet.Write([new PrintedPoster(poster, "<script>alert(1)</script> & อบต.", null, "https://example.test/x?a=1&b=<2>")]);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; อบต.", html, StringComparison.Ordinal);
        Assert.Contains("https://example.test/x?a=1&amp;b=&lt;2&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("โทร.", html, StringComparison.Ordinal);
        Assert.Contains("<svg role=\"img\"", html, StringComparison.Ordinal);
        Assert.Contains("<title>" + poster.Title + "</title>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"department\"", html, StringComparison.Ordinal);

        var counter = PosterSheet.Write([new PrintedPoster(poster, "อบต.", null, "https://example.test/") { Department = "<i>กองคลัง</i>" }]);
        Assert.Contains("<p class=\"department\">จุดบริการ &lt;i&gt;กองคลัง&lt;/i&gt;</p>", counter, StringComparison.Ordinal);
    }

    [Fact]
    public void The_catalog_has_unique_keys_and_promises_each_poster_keeps_short()
    {
        Assert.Equal(PosterCatalog.All.Count, PosterCatalog.All.Select(p => p.Key).Distinct().Count());
        Assert.All(PosterCatalog.All, p =>
        {
            Assert.InRange(p.Promises.Count, 1, 3); // more would not fit the A4 page under the code
            Assert.StartsWith("/bangkha", p.Path("bangkha"), StringComparison.Ordinal);
        });
        Assert.Null(PosterCatalog.Find("nothing"));
        Assert.Null(PosterCatalog.Find(null));
    }

    /// <summary>
    /// The width of an A4 page, and where the text's room begins from either side (page margin 14 mm, border 2.5 mm,
    /// padding 10 mm), in points, less one point for glyphs' side bearings.
    /// </summary>
    private const double A4Width = 595.28;
    private const double FrameInside = (26.5 * 72 / 25.4) - 1;

    [GeneratedRegex("<word xMin=\"(?<left>[0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"(?<right>[0-9.]+)\" yMax=\"[0-9.]+\">(?<text>[^<]*)</word>")]
    private static partial Regex WordBox();

    private static double Points(string value) => double.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task Each_poster_is_an_a4_page_whose_text_and_qr_code_read_back()
    {
        var printed = PosterCatalog.All
            .Select(p => new PrintedPoster(p, Organization, Phone, "https://prongsai.example.go.th" + p.Path("bangkha")))
            .ToList();
        var pdf = await new ChromiumPdfConverter().HtmlToPdfAsync(PosterSheet.Write(printed), CancellationToken.None);
        Assert.True(pdf.Succeeded, pdf.Message);

        var directory = Directory.CreateTempSubdirectory("prongsai-posters-pdf-").FullName;
        try
        {
            var path = Path.Combine(directory, "posters.pdf");
            await File.WriteAllBytesAsync(path, pdf.Pdf!);
            var info = ReportAssert.Run("pdfinfo", path);
            Assert.Contains("(A4)", info, StringComparison.Ordinal);
            Assert.Matches($@"(?m)^Pages:\s+{printed.Count}$", info);
            var outside = new List<string>();
            for (var page = 1; page <= printed.Count; page++)
            {
                var poster = printed[page - 1];
                var number = page.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var text = ReportAssert.WithoutWhitespace(ReportAssert.Run("pdftotext", "-f", number, "-l", number, "-raw", path, "-"));
                foreach (var expected in new[] { Organization, poster.Poster.Title, poster.Poster.Lead, PosterSheet.HowTo, "โทร. " + Phone }
                    .Concat(poster.Poster.Promises))
                {
                    Assert.Contains(ReportAssert.WithoutWhitespace(expected), text, StringComparison.Ordinal);
                }

                // pdftotext may break the address where the page wraps it; its letters are all there, in order.
                Assert.Contains(ReportAssert.WithoutWhitespace(poster.Url), text, StringComparison.Ordinal);

                // Every word stands inside the frame's padding: a phrase too long for a line is not pushed past it.
                var words = ReportAssert.Run("pdftotext", "-f", number, "-l", number, "-bbox", path, "-");
                outside.AddRange(WordBox().Matches(words)
                    .Select(w => (Text: w.Groups["text"].Value, Left: Points(w.Groups["left"].Value), Right: Points(w.Groups["right"].Value)))
                    .Where(w => w.Left < FrameInside || w.Right > A4Width - FrameInside)
                    .Select(w => $"{poster.Poster.Key}: \"{w.Text}\" ({w.Left:0}–{w.Right:0} pt of {A4Width:0})"));
            }

            Assert.True(outside.Count == 0, "Words past the frame: " + string.Join("; ", outside));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }

        Assert.Equal(printed.Select(p => p.Url), await PrintedQrCodes.ReadAsync(pdf.Pdf!));
    }
}
