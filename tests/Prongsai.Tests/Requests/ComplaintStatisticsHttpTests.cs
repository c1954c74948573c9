using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;
using Prongsai.Documents.Requests;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Requests;

/// <summary>The yearly complaint statistics to sign as the website and the staff statistics page hand them out.</summary>
public sealed class ComplaintStatisticsHttpTests
{
    private const string Complainant = "นางสาวผู้ร้อง ทดสอบสถิติ";
    private const string Contact = "081-555-0199";
    private const string Subject = "น้ำท่วมขังซอยวัดใหม่";

    [Theory, Providers]
    public async Task The_yearly_report_downloads_as_word_and_pdf_with_counts_only_from_one_pdf_address(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        var filed = await citizen.PostFormAsync($"/{org.Slug}/complaints", $"/{org.Slug}/complaints",
        [
            new("Form.Kind", "grievance"), new("Form.Subject", Subject), new("Form.Details", "น้ำขังมาหนึ่งสัปดาห์"),
            new("Form.Name", Complainant), new("Form.Contact", Contact), new("Form.AcceptsPrivacyNotice", "true"),
        ]);
        Assert.True(filed.StatusCode == HttpStatusCode.OK, await filed.Content.ReadAsStringAsync());
        var year = FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System));
        var page = $"/{org.Slug}/complaints/statistics/{year.BeYear.ToString(CultureInfo.InvariantCulture)}";

        // The page offers both beside the CSV.
        var website = await Html(citizen, page);
        Assert.Contains("<p class=\"report-downloads\">", website, StringComparison.Ordinal);
        foreach (var handler in new[] { "pdf", "docx", "csv", "xlsx" })
        {
            Assert.Contains($"href=\"{page}?handler={handler}\"", website, StringComparison.Ordinal);
        }

        // Word: the year's counts, nobody's identity nor what the complaint said.
        var word = await DownloadedForm.WordTextAsync(citizen, $"{page}?handler=docx");
        Assert.Contains($"รายงานสถิติเรื่องร้องเรียน {year.ThaiName}", word, StringComparison.Ordinal);
        Assert.Contains(org.Organization.Name, word, StringComparison.Ordinal);
        Assert.Contains("รวม1010", word, StringComparison.Ordinal); // one received, none closed, one open, none late
        NothingPersonal(word);

        var pdf = await DownloadedForm.PdfTextAsync(citizen, $"{page}?handler=pdf");
        Assert.Contains(ReportAssert.WithoutWhitespace($"รายงานสถิติเรื่องร้องเรียน {year.ThaiName}"), pdf, StringComparison.Ordinal);
        NothingPersonal(pdf);
        // Asked again, the same figures give the same file (kept, not rendered again).
        Assert.Equal(pdf, await DownloadedForm.PdfTextAsync(citizen, $"{page}?handler=pdf"));

        // The PDF has one address: any other is sent there, never rendered.
        foreach (var other in new[] { $"{page}?handler=pdf&x=1", $"/{org.Slug}/complaints/statistics?handler=pdf", $"{page}?HANDLER=pdf" })
        {
            using var redirected = await citizen.GetAsync(other);
            Assert.True(redirected.StatusCode == HttpStatusCode.Redirect, $"{other}: {(int)redirected.StatusCode}");
            Assert.Equal($"{page}?handler=pdf", redirected.Headers.Location?.OriginalString);
        }

        // The years the page refuses, the downloads refuse too, with a 404, never a 500.
        foreach (var refused in new[] { "2499", "2701", "twenty", "99999999999" })
        {
            foreach (var handler in new[] { "docx", "pdf" })
            {
                var status = (await citizen.GetAsync($"/{org.Slug}/complaints/statistics/{refused}?handler={handler}")).StatusCode;
                Assert.True(status == HttpStatusCode.NotFound, $"{refused} {handler}: {(int)status}");
            }
        }

        // Staff: the statistics page links to the same public files for its year.
        var member = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var staff = await Html(member, $"/staff/{org.Slug}/requests/statistics?year={year.BeYear.ToString(CultureInfo.InvariantCulture)}");
        Assert.Contains($"href=\"{page}?handler=pdf\"", staff, StringComparison.Ordinal);
        Assert.Contains($"href=\"{page}?handler=docx\"", staff, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_year_without_complaints_downloads_its_nil_report(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        // On the platform since fiscal year 2560: the pages run from that year to this one.
        await app.QueryAsync(db => db.Organizations.IgnoreQueryFilters().Where(o => o.Id == org.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(o => o.CreatedAt, new DateTimeOffset(2016, 10, 3, 3, 0, 0, TimeSpan.Zero))));
        var client = app.Client();
        var current = Core.Calendar.FiscalYear.ForDate(Core.Calendar.BangkokTime.Today(TimeProvider.System)).BeYear;
        var page = $"/{org.Slug}/complaints/statistics/{current}";

        var word = await DownloadedForm.WordTextAsync(client, $"{page}?handler=docx");
        Assert.Contains($"รายงานสถิติเรื่องร้องเรียน ปีงบประมาณ พ.ศ. {current}", word, StringComparison.Ordinal);
        Assert.Contains(ComplaintStatisticsForm.NilReport, word, StringComparison.Ordinal);
        var pdf = await DownloadedForm.PdfTextAsync(client, $"{page}?handler=pdf");
        Assert.Contains(ReportAssert.WithoutWhitespace(ComplaintStatisticsForm.NilReport), pdf, StringComparison.Ordinal);

        // An old year with nothing in it: its Word file, but no PDF — each PDF is a browser run, so a stranger can't make
        // one for every empty year of every office; the page doesn't offer the link.
        var old = $"/{org.Slug}/complaints/statistics/2560";
        Assert.Contains(ComplaintStatisticsForm.NilReport, await DownloadedForm.WordTextAsync(client, $"{old}?handler=docx"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{old}?handler=pdf")).StatusCode);
        Assert.DoesNotContain("handler=pdf", await Html(client, old), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/complaints/statistics/{current + 1}?handler=pdf")).StatusCode);

        // No page before the office's start or after this fiscal year, and no link to one.
        foreach (var outside in new[] { 2500, 2559, current + 1, 2590 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/complaints/statistics/{outside}")).StatusCode);
        }

        Assert.DoesNotContain("/complaints/statistics/2559\"", await Html(client, old), StringComparison.Ordinal);
        Assert.Contains($"/complaints/statistics/2561\"", await Html(client, old), StringComparison.Ordinal);
        var now = await Html(client, page);
        Assert.DoesNotContain($"/complaints/statistics/{current + 1}\"", now, StringComparison.Ordinal);
        Assert.Contains($"/complaints/statistics/{current - 1}\"", now, StringComparison.Ordinal);
    }

    private static void NothingPersonal(string text)
    {
        foreach (var absent in new[] { Complainant, Contact, Subject })
        {
            Assert.DoesNotContain(ReportAssert.WithoutWhitespace(absent), ReportAssert.WithoutWhitespace(text), StringComparison.Ordinal);
        }
    }

    private static async Task<string> Html(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
