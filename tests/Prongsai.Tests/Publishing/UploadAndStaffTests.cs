using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>Staff publishing over HTTP: uploads checked by content, sanitized names, nothing stored half-way, department scope.</summary>
public sealed class UploadAndStaffTests
{
    private static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00, .. new byte[512]];

    private static async Task<HttpResponseMessage> SaveAsync(HttpClient client, TestOrg org, int category, int? department, string title,
        params (string Name, byte[] Bytes)[] files)
    {
        var token = await client.AntiforgeryTokenAsync($"/staff/{org.Slug}/documents/edit");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "Input.Title" },
            { new StringContent(category.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Input.CategoryId" },
            { new StringContent("2568"), "Input.FiscalYear" },
            { new StringContent("<p>เนื้อหา<script>alert(1)</script></p>"), "Input.Body" },
        };
        if (department is { } d)
        {
            form.Add(new StringContent(d.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Input.DepartmentId");
        }

        foreach (var (name, bytes) in files)
        {
            form.Add(new ByteArrayContent(bytes), "files", name);
        }

        return await client.PostAsync($"/staff/{org.Slug}/documents/edit?handler=Save", form);
    }

    private static async Task<int> DocumentCountAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Documents.IgnoreQueryFilters().CountAsync(d => d.OrganizationId == org.Id);
    }

    [Theory, Providers]
    public async Task The_new_document_form_posts_to_the_save_handler(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var html = await client.GetStringAsync($"/staff/{org.Slug}/documents/edit");
        // Where a browser sends the form: SaveAsync above posts to the same address.
        Assert.Contains($"action=\"/staff/{org.Slug}/documents/edit?handler=Save\"", html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_pdf_that_is_an_executable_is_refused_and_nothing_is_stored(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var category = await PublishingFixture.CategoryAsync(app, org);
        var client = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);

        // A good file beside the bad one: the good one must not be stored either.
        var response = await SaveAsync(client, org, category, org.Departments[0].Id, "คู่มือ", ("ok.pdf", PublishingFixture.MinimalPdf), ("setup.pdf", Executable));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("setup.pdf", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("ไม่ใช่ PDF, Word, Excel หรือรูปภาพ", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await DocumentCountAsync(app, org));
        Assert.Equal(0, PublishingFixture.StoredFileCount(app, org));
    }

    [Theory, Providers]
    public async Task A_climbing_file_name_is_sanitized_and_the_body_is_made_safe(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var category = await PublishingFixture.CategoryAsync(app, org);
        var client = await app.SignedInAsync(org[OrgRole.OrgAdmin]);

        var response = await SaveAsync(client, org, category, null, "แผน", ("../../x.pdf", PublishingFixture.MinimalPdf), ("..\\..\\รายงาน.docx", PublishingFixture.Docx("ทดสอบ")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var document = await db.Documents.IgnoreQueryFilters().Include(d => d.Attachments).SingleAsync(d => d.OrganizationId == org.Id);
        Assert.Equal(["x.pdf", "รายงาน.docx"], document.Attachments.OrderBy(a => a.SortOrder).Select(a => a.FileName));
        Assert.All(document.Attachments, a => Assert.Matches("^documents/[0-9]+/[0-9a-f]{32}\\.(pdf|docx)$", a.FileKey));
        Assert.Equal("<p>เนื้อหา</p>", document.BodyHtml);
        Assert.Equal(2, PublishingFixture.StoredFileCount(app, org));
        Assert.False(File.Exists(Path.Combine(app.DataDirectory, "x.pdf")));
    }

    [Theory, Providers]
    public async Task An_oversize_file_is_refused_with_a_clear_error_and_nothing_is_stored(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?> { ["Prongsai:Uploads:MaxBytes"] = "4096", ["Prongsai:Jobs:Enabled"] = "false" });
        var org = await TestOrg.CreateAsync(app);
        var category = await PublishingFixture.CategoryAsync(app, org);
        var client = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var big = PublishingFixture.MinimalPdf.Concat(new byte[10_000]).ToArray();

        var response = await SaveAsync(client, org, category, null, "ใหญ่", ("big.pdf", big));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("มีขนาดเกิน", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await DocumentCountAsync(app, org));
        Assert.Equal(0, PublishingFixture.StoredFileCount(app, org));

        // Beyond the server's own request limit (MaxBytes + 1 MB): a 4xx, never a 5xx.
        var huge = await SaveAsync(client, org, category, null, "ใหญ่มาก", ("huge.pdf", PublishingFixture.MinimalPdf.Concat(new byte[2 * 1024 * 1024]).ToArray()));
        Assert.InRange((int)huge.StatusCode, 400, 499);
        Assert.Equal(0, PublishingFixture.StoredFileCount(app, org));
    }

    [Theory, Providers]
    public async Task Department_staff_publish_only_for_their_own_department(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var category = await PublishingFixture.CategoryAsync(app, org);
        var staff = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);

        var elsewhere = await SaveAsync(staff, org, category, org.Departments[1].Id, "ของกองคลัง");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, elsewhere.StatusCode);

        var other = await PublishingFixture.SaveAsync(app, org, "เอกสารกองอื่น");
        await PublishingFixture.AsOrgAsync(app, org, async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            await db.Documents.Where(d => d.Id == other.Id).ExecuteUpdateAsync(s => s.SetProperty(d => d.DepartmentId, org.Departments[1].Id));
            return 0;
        });
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/staff/{org.Slug}/documents/edit/{other.Id}")).StatusCode);
        var token = await staff.AntiforgeryTokenAsync($"/staff/{org.Slug}/documents/edit");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/staff/{org.Slug}/documents/{other.Id}/publish")).StatusCode);
        var publish = await staff.PostAsync($"/staff/{org.Slug}/documents/{other.Id}/publish?handler=Now",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Forbidden, publish.StatusCode);

        var own = await SaveAsync(staff, org, category, org.Departments[0].Id, "ของสำนักปลัด");
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        var id = own.Headers.Location!.OriginalString.Split('/')[^1];
        var published = await staff.PostAsync($"/staff/{org.Slug}/documents/{id}/publish?handler=Now",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        // Complaint officers and auditors do not publish at all (auditors read the list, docs/permissions.md).
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync($"/staff/{org.Slug}/documents")).StatusCode);
        var auditorToken = await auditor.AntiforgeryTokenAsync($"/staff/{org.Slug}/documents/edit");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostAsync($"/staff/{org.Slug}/documents/{id}/publish?handler=Now",
            new FormUrlEncodedContent([new("__RequestVerificationToken", auditorToken)]))).StatusCode);

        await using var scope = app.Scope();
        var audit = await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().AuditEntries
            .Where(e => e.OrganizationId == org.Id && e.Entity == "Document" && e.Action == "publish").CountAsync();
        Assert.Equal(1, audit);
    }
}
