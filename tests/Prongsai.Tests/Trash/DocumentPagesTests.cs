using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Cli;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Trash;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Trash;

/// <summary>
/// No one-click loss for documents: the edit page links to confirmation pages (publish, unpublish, delete) and a
/// draft preview; each confirmation names the document and changes nothing until confirmed; a deleted document
/// comes back from the trash page at its old public address.
/// </summary>
public sealed class DocumentPagesTests
{
    private const string Title = "ประกาศผลการซ่อมแซมถนนลูกรัง";

    private static async Task<bool> FoundAsync(HttpClient client, TestOrg org) =>
        (await client.GetStringAsync($"/{org.Slug}/search?q={Uri.EscapeDataString("ลูกรัง")}")).Contains(Title, StringComparison.Ordinal);

    private static async Task<(int Code, string Out)> VerifyLedgerAsync(ProngsaiApp app, TestOrg org)
    {
        var output = new StringWriter();
        var code = await CliApp.RunAsync(["verify-ledger", "--org", org.Slug], output, new StringWriter(), app.Settings);
        return (code, output.ToString());
    }

    [Theory, Providers]
    public async Task Publishing_and_deleting_a_document_ask_first_and_the_trash_brings_it_back_at_its_address(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var document = await PublishingFixture.SaveAsync(app, org, Title, ("ประกาศ.pdf", PublishingFixture.MinimalPdf));
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var citizen = app.Client();
        var basePath = $"/staff/{org.Slug}/documents/{document.Id}";
        var publicPath = $"/{org.Slug}/documents/{document.Id}";

        // The edit page links to the confirmations and the preview; it posts none of them.
        var edit = await admin.GetStringAsync($"/staff/{org.Slug}/documents/edit/{document.Id}");
        foreach (var link in new[] { "/publish", "/delete", "/preview" })
        {
            Assert.Contains($"href=\"{basePath}{link}\"", edit, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("handler=Publish", edit, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Unpublish", edit, StringComparison.Ordinal);

        // The draft preview: the public page's markup, marked as a draft, its attachment downloadable by staff.
        var preview = await admin.GetStringAsync(basePath + "/preview");
        Assert.Contains("ร่าง — ยังไม่เผยแพร่", preview, StringComparison.Ordinal);
        Assert.Contains($"<h1>{Title}</h1>", preview, StringComparison.Ordinal);
        Assert.Contains("<ul class=\"files\">", preview, StringComparison.Ordinal);
        var attachmentId = await PublishingFixture.AsOrgAsync(app, org, sp =>
            sp.GetRequiredService<ProngsaiDbContext>().Attachments.Where(a => a.DocumentId == document.Id).Select(a => a.Id).SingleAsync());
        var file = await admin.GetAsync($"{basePath}/preview?handler=File&attachmentId={attachmentId}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal(PublishingFixture.MinimalPdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(publicPath)).StatusCode);

        // Publish: the question names the document, says it is the first publication, and changes nothing.
        var ask = await admin.GetStringAsync(basePath + "/publish");
        Assert.Contains(Title, ask, StringComparison.Ordinal);
        Assert.Contains("เผยแพร่ครั้งแรก", ask, StringComparison.Ordinal);
        Assert.Contains($"href=\"{basePath}/preview\"", ask, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(publicPath)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(basePath + "/publish", basePath + "/publish?handler=Now", [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(publicPath)).StatusCode);
        Assert.True(await FoundAsync(citizen, org));

        // Delete: named, what happens said, nothing changed by asking.
        var confirm = await admin.GetStringAsync(basePath + "/delete");
        Assert.Contains(Title, confirm, StringComparison.Ordinal);
        Assert.Contains("ถังขยะ", confirm, StringComparison.Ordinal);
        Assert.Contains("30 วัน", confirm, StringComparison.Ordinal);
        Assert.Contains("หายจากเว็บไซต์และจากผลการค้นหาทันที", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(publicPath)).StatusCode);

        var deleted = await admin.PostFormAsync(basePath + "/delete", basePath + "/delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal($"/staff/{org.Slug}/documents", deleted.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync(publicPath)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"{publicPath}/files/{attachmentId}")).StatusCode);
        Assert.False(await FoundAsync(citizen, org));
        Assert.Contains("ไปที่ถังขยะแล้ว", await admin.GetStringAsync($"/staff/{org.Slug}/documents"), StringComparison.Ordinal);
        Assert.DoesNotContain(Title, await admin.GetStringAsync($"/staff/{org.Slug}/documents"), StringComparison.Ordinal);
        Assert.Equal(0, (await VerifyLedgerAsync(app, org)).Code);

        var trashUrl = $"/staff/{org.Slug}/trash";
        Assert.Contains(Title, await admin.GetStringAsync(trashUrl), StringComparison.Ordinal);
        var item = await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().SingleAsync(t => t.OrganizationId == org.Id));
        var restored = await admin.PostFormAsync(trashUrl, $"{trashUrl}?id={item.Id}", []);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync(publicPath)).StatusCode);
        Assert.Equal(PublishingFixture.MinimalPdf, await citizen.GetByteArrayAsync($"{publicPath}/files/{attachmentId}"));
        Assert.True(await FoundAsync(citizen, org));
        var verified = await VerifyLedgerAsync(app, org);
        Assert.True(verified.Code == 0, verified.Out);
    }

    [Theory, Providers]
    public async Task The_publish_confirmation_shows_what_changed_since_the_published_version(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var document = await PublishingFixture.SaveAsync(app, org, "คู่มือการให้บริการ", ("คู่มือเดิม.pdf", PublishingFixture.MinimalPdf));
        await PublishingFixture.PublishAsync(app, org, document.Id);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var basePath = $"/staff/{org.Slug}/documents/{document.Id}";

        // Unpublishing asks first too.
        var ask = await admin.GetStringAsync(basePath + "/unpublish");
        Assert.Contains("คู่มือการให้บริการ", ask, StringComparison.Ordinal);
        Assert.Contains("ทะเบียนการเผยแพร่บันทึกการยกเลิกการเผยแพร่", ask, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(basePath + "/unpublish", basePath + "/unpublish", [])).StatusCode);

        // Edited while unpublished: a new title, a changed body line, one file replaced by another.
        var oldFile = await PublishingFixture.AsOrgAsync(app, org, sp =>
            sp.GetRequiredService<ProngsaiDbContext>().Attachments.Where(a => a.DocumentId == document.Id).Select(a => a.Id).SingleAsync());
        var saved = await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<SaveDocument>().RunAsync(document.Id,
            new DocumentInput("คู่มือการให้บริการ ฉบับปรับปรุง", document.Summary, "<p>เนื้อหา คู่มือการให้บริการ</p><p>เพิ่มช่องทางออนไลน์</p>",
                document.CategoryId, document.DepartmentId, document.FiscalYear),
            [new UploadedFile("คู่มือใหม่.docx", new MemoryStream(PublishingFixture.Docx("คู่มือใหม่")))], [oldFile], PublishingFixture.Admin));
        Assert.True(saved.Succeeded, saved.Errors.FirstOrDefault()?.Message);

        var html = WebUtility.HtmlDecode(await admin.GetStringAsync(basePath + "/publish"));
        Assert.Contains("เปลี่ยนแปลงจากที่เคยเผยแพร่", html, StringComparison.Ordinal);
        Assert.Contains("<del>คู่มือการให้บริการ</del> → <ins>คู่มือการให้บริการ ฉบับปรับปรุง</ins>", html, StringComparison.Ordinal);
        Assert.Contains("เนื้อหา: เพิ่ม 1 บรรทัด นำออก 0 บรรทัด", html, StringComparison.Ordinal);
        Assert.Contains("<li>เพิ่มช่องทางออนไลน์</li>", html, StringComparison.Ordinal);
        Assert.Contains("ไฟล์แนบที่เพิ่ม: คู่มือใหม่.docx", html, StringComparison.Ordinal);
        Assert.Contains("ไฟล์แนบที่นำออก: คู่มือเดิม.pdf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("เผยแพร่ครั้งแรก", html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Confirmations_refuse_other_departments_other_organizations_and_the_auditor(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var elsewhere = await TestOrg.CreateAsync(app);
        var theirs = await PublishingFixture.SaveAsync(app, org, "เอกสารกองคลัง");
        await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<ProngsaiDbContext>().Documents
            .Where(d => d.Id == theirs.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.DepartmentId, org.Departments[1].Id)));
        var foreign = await PublishingFixture.SaveAsync(app, elsewhere, "เอกสารของหน่วยงานอื่น");
        await PublishingFixture.PublishAsync(app, elsewhere, foreign.Id);

        // A clerk of สำนักปลัด: กองคลัง's document is out of reach, by page and by post.
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var theirsPath = $"/staff/{org.Slug}/documents/{theirs.Id}";
        foreach (var page in new[] { "/delete", "/publish", "/preview" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync(theirsPath + page)).StatusCode);
        }

        var token = await clerk.AntiforgeryTokenAsync($"/staff/{org.Slug}/documents/edit");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync(theirsPath + "/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsync(theirsPath + "/publish?handler=Now", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]))).StatusCode);

        // Another organization's id in this organization's address: not found, and nothing happens to it.
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var forged = $"/staff/{org.Slug}/documents/{foreign.Id}";
        foreach (var page in new[] { "/delete", "/publish", "/unpublish", "/preview" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(forged + page)).StatusCode);
        }

        var adminToken = await admin.AntiforgeryTokenAsync($"/staff/{org.Slug}/documents/edit");
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(forged + "/delete", new FormUrlEncodedContent([new("__RequestVerificationToken", adminToken)]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync(forged + "/unpublish", new FormUrlEncodedContent([new("__RequestVerificationToken", adminToken)]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Client().GetAsync($"/{elsewhere.Slug}/documents/{foreign.Id}")).StatusCode);

        // The Auditor reads the preview but is refused every confirmation page.
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(theirsPath + "/preview")).StatusCode);
        foreach (var page in new[] { "/delete", "/publish", "/unpublish" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync(theirsPath + page)).StatusCode);
        }

        Assert.True(await app.QueryAsync(db => db.Documents.IgnoreQueryFilters().AnyAsync(d => d.Id == theirs.Id)));
        Assert.True(await app.QueryAsync(db => db.Documents.IgnoreQueryFilters().AnyAsync(d => d.Id == foreign.Id && d.Status == DocumentStatus.Published)));
    }
}
