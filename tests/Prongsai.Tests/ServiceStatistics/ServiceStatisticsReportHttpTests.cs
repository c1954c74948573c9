using System.Globalization;
using System.Net;
using Prongsai.Core.Calendar;
using Prongsai.Documents.ServiceStatistics;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// The yearly report an office signs and files (รายงานสถิติการให้บริการ), downloaded from the public page as Word and PDF
/// and read back: the page's figures cell for cell, landscape for twelve months, one PDF address, no PDF for an empty old year.
/// </summary>
public sealed partial class ServiceStatisticsPublicHttpTests
{
    [Theory, Providers]
    public async Task The_yearly_report_downloads_as_word_and_landscape_pdf_with_the_pages_figures(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var tax = await AddServiceAsync(app, org, LandTax, "ราย", org.Departments.Single(d => d.Name == "กองคลัง").Id);
        var water = await AddServiceAsync(app, org, WaterTruck, "เที่ยว", null);
        var last = new FiscalYear(ThisYear.BeYear - 1);
        await RecordAsync(app, org, last.FirstMonth, (tax, "1,250"), (water, "8"));
        await RecordAsync(app, org, last.FirstMonth.AddMonths(1), (tax, "๑๒"));
        var client = app.Client();
        var page = $"/{org.Slug}/service-statistics/{last}";

        var html = await HtmlAsync(client, page);
        Assert.Contains($"href=\"{page}?handler=pdf\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{page}?handler=docx\"", html, StringComparison.Ordinal);

        // Word: the title, the office, each service with its unit, the figures and dashes as on the page, and the signers.
        var word = await DownloadedForm.WordTextAsync(client, $"{page}?handler=docx");
        Assert.Contains($"รายงานสถิติการให้บริการ {last.ThaiName}", word, StringComparison.Ordinal);
        Assert.Contains(org.Organization.Name, word, StringComparison.Ordinal);
        Assert.Contains($"{LandTax} (ราย)1,25012" + string.Concat(Enumerable.Repeat("–", 10)) + "1,262", word, StringComparison.Ordinal);
        Assert.Contains($"{WaterTruck} (เที่ยว)8" + string.Concat(Enumerable.Repeat("–", 11)) + "8", word, StringComparison.Ordinal);
        Assert.Contains(ServiceStatisticsForm.DashMeaning, word, StringComparison.Ordinal);
        Assert.Contains("หัวหน้าหน่วยงาน", word, StringComparison.Ordinal);

        // PDF: the same text, on landscape pages, and the same file when asked again.
        var pdf = await DownloadedForm.PdfTextAsync(client, $"{page}?handler=pdf");
        Assert.Contains(ReportAssert.WithoutWhitespace($"รายงานสถิติการให้บริการ {last.ThaiName}"), pdf, StringComparison.Ordinal);
        Assert.Contains(ReportAssert.WithoutWhitespace(LandTax), pdf, StringComparison.Ordinal);
        Assert.Contains("1,262", pdf, StringComparison.Ordinal);
        Assert.Equal(pdf, await DownloadedForm.PdfTextAsync(client, $"{page}?handler=pdf"));
        Assert.True(await IsLandscapeAsync(client, $"{page}?handler=pdf"), "the twelve months need a landscape page");

        // The PDF has one address: any other is sent there, never rendered.
        foreach (var other in new[] { $"{page}?handler=pdf&x=1", $"/{org.Slug}/service-statistics?handler=pdf&year={last}", $"{page}?HANDLER=pdf" })
        {
            using var redirected = await client.GetAsync(other);
            Assert.True(redirected.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.NotFound, $"{other}: {(int)redirected.StatusCode}");
            if (redirected.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.StartsWith($"/{org.Slug}/service-statistics/", redirected.Headers.Location?.OriginalString, StringComparison.Ordinal);
            }
        }
    }

    [Theory, Providers]
    public async Task An_old_year_without_figures_prints_a_nil_report_in_word_and_no_pdf(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        var old = $"/{org.Slug}/service-statistics/{ThisYear.BeYear - 3}";

        Assert.Contains(ServiceStatisticsForm.NilReport, await DownloadedForm.WordTextAsync(client, $"{old}?handler=docx"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{old}?handler=pdf")).StatusCode);
        Assert.DoesNotContain("handler=pdf", await HtmlAsync(client, old), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/service-statistics/{ThisYear.BeYear + 1}?handler=pdf")).StatusCode);
        foreach (var refused in new[] { "2499", "2701", "twenty", "99999999999" })
        {
            foreach (var handler in new[] { "docx", "pdf" })
            {
                var status = (await client.GetAsync($"/{org.Slug}/service-statistics/{refused}?handler={handler}")).StatusCode;
                Assert.True(status == HttpStatusCode.NotFound, $"{refused} {handler}: {(int)status}");
            }
        }
    }

    private static async Task<bool> IsLandscapeAsync(HttpClient client, string url)
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("prongsai-service-report-").FullName, "report.pdf");
        try
        {
            await File.WriteAllBytesAsync(file, await client.GetByteArrayAsync(url));
            var size = ReportAssert.Run("pdfinfo", file).Split('\n').Single(l => l.StartsWith("Page size:", StringComparison.Ordinal));
            var numbers = size.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(p => double.TryParse(p, CultureInfo.InvariantCulture, out _))
                .Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToList();
            return numbers[0] > numbers[1];
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }
}
