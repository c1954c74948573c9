using System.Net;
using Prongsai.Core.Organizations;
using Prongsai.Documents.CorruptionRisks;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.CorruptionRisks;

/// <summary>The printed assessment as the staff list and the website hand it out.</summary>
public sealed partial class RiskPagesHttpTests
{
    [Theory, Providers]
    public async Task The_form_to_sign_downloads_as_word_and_pdf_a_draft_only_for_staff_and_marked_so(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        var anonymous = app.Client();
        var year = CurrentYear;
        var staffList = $"/staff/{org.Slug}/risks?year={year}";
        var page = $"/{org.Slug}/risks/{year}";
        await AddAsync(admin, org, year, Fields(Permits, "3", "4", null));
        await AddAsync(admin, org, year, Fields(Purchasing, "5", "4", org.Departments[1].Id));

        // A draft: the working group prints it marked "ร่าง", with the approver left to be written in; the website has none.
        var list = await Html(admin, staffList);
        Assert.Contains($"href=\"{staffList}&handler=Pdf\"", list, StringComparison.Ordinal);
        Assert.Contains($"href=\"{staffList}&handler=Docx\"", list, StringComparison.Ordinal);
        var draft = await DownloadedForm.WordTextAsync(auditor, $"{staffList}&handler=Docx");
        Assert.StartsWith(RiskAssessmentForm.DraftMark, draft, StringComparison.Ordinal);
        Assert.Contains(Purchasing, draft, StringComparison.Ordinal);
        Assert.Contains(org.Organization.Name, draft, StringComparison.Ordinal);
        foreach (var handler in new[] { "docx", "pdf" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"{page}?handler={handler}")).StatusCode);
        }

        var publish = $"/staff/{org.Slug}/risks/year/{year}/publish";
        Assert.Equal(HttpStatusCode.Redirect, (await executive.PostFormAsync(publish, publish, [])).StatusCode);

        // Approved: the website offers both, the Word file names who approved, the PDF reads back in Thai.
        var website = await Html(anonymous, page);
        Assert.Contains($"href=\"{page}?handler=pdf\"", website, StringComparison.Ordinal);
        Assert.Contains($"href=\"{page}?handler=docx\"", website, StringComparison.Ordinal);
        var approved = await DownloadedForm.WordTextAsync(anonymous, $"{page}?handler=docx");
        Assert.DoesNotContain(RiskAssessmentForm.DraftMark, approved, StringComparison.Ordinal);
        Assert.Contains($"(Executive {org.Slug})", approved, StringComparison.Ordinal);
        Assert.Contains("3 × 4 = 12", approved, StringComparison.Ordinal);

        var text = await DownloadedForm.PdfTextAsync(anonymous, $"{page}?handler=pdf");
        Assert.Contains(ReportAssert.WithoutWhitespace(Permits), text, StringComparison.Ordinal);

        // The PDF has one address, so the page cache renders it once: any other is sent there, never rendered again.
        foreach (var other in new[] { $"{page}?handler=pdf&x=1", $"/{org.Slug}/risks?handler=pdf", $"{page}?HANDLER=pdf" })
        {
            using var redirected = await anonymous.GetAsync(other);
            Assert.True(redirected.StatusCode == HttpStatusCode.Redirect, $"{other}: {(int)redirected.StatusCode}");
            Assert.Equal($"{page}?handler=pdf", redirected.Headers.Location?.OriginalString);
        }

        // The Auditor prints the approved year too.
        using var staffPdf = await auditor.GetAsync($"{staffList}&handler=Pdf");
        Assert.Equal(HttpStatusCode.OK, staffPdf.StatusCode);
        Assert.Equal("%PDF"u8.ToArray(), (await staffPdf.Content.ReadAsByteArrayAsync())[..4]);
    }
}
