using System.Net;
using Prongsai.Core.Calendar;
using Prongsai.Core.Gifts;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Gifts;

/// <summary>The yearly report to sign as the website and the staff list hand it out.</summary>
public sealed partial class GiftPagesHttpTests
{
    [Theory, Providers]
    public async Task The_yearly_report_downloads_as_word_and_pdf_without_names_from_one_pdf_address_and_for_register_readers(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        var anonymous = app.Client();
        var gifts = $"/staff/{org.Slug}/gifts";
        var year = FiscalYear.ForDate(Today);
        var page = $"/{org.Slug}/gifts/{year}";
        var reported = await clerk.PostFormAsync(gifts + "/new", gifts + "/new", GiftFields(Be(Today), "3500"));
        var reportUrl = reported.Headers.Location!.OriginalString;
        var decided = await executive.PostFormAsync(reportUrl, reportUrl + "?handler=Decide",
            [new("DecideInput.Decision", nameof(GiftDecision.HandToOffice)), new("DecideInput.Note", "ผู้ให้เป็นคู่สัญญาของหน่วยงาน")]);
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);

        // The website offers both beside the CSV; the Word file lists the gift by position and kind of giver, no name.
        var website = await Html(anonymous, page);
        Assert.Contains("<p class=\"report-downloads\">", website, StringComparison.Ordinal);
        Assert.Contains($"href=\"{page}?handler=pdf\"", website, StringComparison.Ordinal);
        Assert.Contains($"href=\"{page}?handler=docx\"", website, StringComparison.Ordinal);
        Assert.Contains($"href=\"{page}?handler=csv\"", website, StringComparison.Ordinal);
        var word = await DownloadedForm.WordTextAsync(anonymous, $"{page}?handler=docx");
        Assert.Contains($"รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา ปีงบประมาณ พ.ศ. {year}", word, StringComparison.Ordinal);
        Assert.Contains(org.Organization.Name, word, StringComparison.Ordinal);
        Assert.Contains(Basket, word, StringComparison.Ordinal);
        Assert.Contains(Position, word, StringComparison.Ordinal);
        Assert.Contains(GiftTexts.Relation(GiverRelation.Contractor), word, StringComparison.Ordinal);
        Assert.Contains(GiftTexts.Decision(GiftDecision.HandToOffice), word, StringComparison.Ordinal);
        NamesAbsent(word, org);

        var pdf = await DownloadedForm.PdfTextAsync(anonymous, $"{page}?handler=pdf");
        Assert.Contains(ReportAssert.WithoutWhitespace(Basket), pdf, StringComparison.Ordinal);
        Assert.Contains(ReportAssert.WithoutWhitespace(Position), pdf, StringComparison.Ordinal);
        NamesAbsent(pdf, org);

        // The PDF has one address, so the page cache renders it once: any other is sent there, never rendered again.
        foreach (var other in new[] { $"{page}?handler=pdf&x=1", $"/{org.Slug}/gifts?handler=pdf", $"{page}?HANDLER=pdf" })
        {
            using var redirected = await anonymous.GetAsync(other);
            Assert.True(redirected.StatusCode == HttpStatusCode.Redirect, $"{other}: {(int)redirected.StatusCode}");
            Assert.Equal($"{page}?handler=pdf", redirected.Headers.Location?.OriginalString);
        }

        // The years the page refuses, the downloads refuse too: before the law, still to come.
        foreach (var refused in new[] { "2400", (year.BeYear + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            foreach (var handler in new[] { "docx", "pdf" })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/{org.Slug}/gifts/{refused}?handler={handler}")).StatusCode);
            }
        }

        // An old year with no gift: its nil report as Word, but no PDF and no PDF link — each PDF is a browser run, and a
        // stranger must not be able to ask one for every empty year of every office.
        var empty = $"/{org.Slug}/gifts/2555";
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"{empty}?handler=docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{empty}?handler=pdf")).StatusCode);
        Assert.DoesNotContain("handler=pdf", await Html(anonymous, empty), StringComparison.Ordinal);

        // Staff: whoever may download the register prints the year (the Auditor too), the same report without names.
        var staffList = await Html(auditor, $"{gifts}?year={year}");
        Assert.Contains($"href=\"{gifts}?handler=Pdf&year={year}\"", staffList, StringComparison.Ordinal);
        Assert.Contains($"href=\"{gifts}?handler=Docx&year={year}\"", staffList, StringComparison.Ordinal);
        var staffWord = await DownloadedForm.WordTextAsync(auditor, $"{gifts}?handler=Docx&year={year}");
        Assert.Contains(Basket, staffWord, StringComparison.Ordinal);
        NamesAbsent(staffWord, org);
        using (var staffPdf = await executive.GetAsync($"{gifts}?handler=Pdf&year={year}"))
        {
            Assert.Equal(HttpStatusCode.OK, staffPdf.StatusCode);
            Assert.Equal("application/pdf", staffPdf.Content.Headers.ContentType?.MediaType);
            Assert.Equal("%PDF"u8.ToArray(), (await staffPdf.Content.ReadAsByteArrayAsync())[..4]);
        }

        // Refused where the CSV is refused (a member who sees only their own reports), and for a year still to come.
        Assert.DoesNotContain("handler=Pdf", await Html(clerk, gifts), StringComparison.Ordinal);
        foreach (var handler in new[] { "Docx", "Pdf" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"{gifts}?handler={handler}&year={year}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await auditor.GetAsync($"{gifts}?handler={handler}&year={year.BeYear + 1}")).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await auditor.GetAsync($"{gifts}?handler={handler}&year=twenty")).StatusCode);
        }
    }

    /// <summary>Neither the giver's name nor the receiver's (the clerk) nor the decider's reaches the printed report.</summary>
    private static void NamesAbsent(string text, TestOrg org)
    {
        foreach (var name in new[] { Giver, $"DepartmentStaff {org.Slug}", $"Executive {org.Slug}" })
        {
            Assert.DoesNotContain(ReportAssert.WithoutWhitespace(name), ReportAssert.WithoutWhitespace(text), StringComparison.Ordinal);
        }
    }
}
