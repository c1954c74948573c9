using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;

namespace Prongsai.Tests.Measures.Http;

/// <summary>The Executive reads the draft as the public will see it, marked as a draft, before approving.</summary>
public sealed class DraftPreviewTests
{
    [Theory, Providers]
    public async Task The_draft_preview_shows_the_public_table_marked_as_a_draft_and_stays_private(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await using (var scope = app.Scope())
        {
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
            var imported = await scope.ServiceProvider.GetRequiredService<ImportReport>().RunAsync(
                new ImportReportRequest(StaffActor.System(organizationId: org.Id), new MemoryStream(SeedFixture.Bytes()), 2567, CreateDepartments: true));
            Assert.True(imported.Succeeded);
        }

        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var preview = await executive.GetAsync($"/staff/{org.Slug}/measures/2567/preview");
        var html = await preview.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("ร่าง — ยังไม่เผยแพร่", html, StringComparison.Ordinal);
        Assert.Contains("report-table", html, StringComparison.Ordinal);
        Assert.Contains("ประชาชนในพื้นที่", html, StringComparison.Ordinal);

        // The draft downloads as the files publishing will freeze, to see its pages before approving.
        var pdf = await executive.GetAsync($"/staff/{org.Slug}/measures/2567/preview?handler=Pdf");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", pdf.Headers.CacheControl?.ToString());
        var pdfPath = Path.Combine(Path.GetTempPath(), $"draft-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(pdfPath, await pdf.Content.ReadAsByteArrayAsync());
        try
        {
            // Table cells break across lines in the text layer: the title is read whole.
            Assert.Contains("รายงานผลการดำเนินการ", Documents.ReportAssert.WithoutWhitespace(Documents.ReportAssert.Run("pdftotext", pdfPath, "-")), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pdfPath);
        }

        var docx = await executive.GetAsync($"/staff/{org.Slug}/measures/2567/preview?handler=Docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false))
        {
            Assert.Contains("ประชาชนในพื้นที่", word.MainDocumentPart!.Document!.InnerText, StringComparison.Ordinal);
        }

        Assert.NotEqual(HttpStatusCode.OK, (await app.Client().GetAsync($"/staff/{org.Slug}/measures/2567/preview?handler=Pdf")).StatusCode);

        // Nothing is public yet, and the preview is not a public address.
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client().GetAsync($"/{org.Slug}/measures/2567")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await app.Client().GetAsync($"/staff/{org.Slug}/measures/2567/preview")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await executive.GetAsync($"/staff/{org.Slug}/measures/2599/preview")).StatusCode);
    }
}
