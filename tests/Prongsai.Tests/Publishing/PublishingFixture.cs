using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Publishing;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;
using Prongsai.Core.Organizations;

namespace Prongsai.Tests.Publishing;

/// <summary>Builders for publishing tests: documents saved and published through the real use cases.</summary>
public static class PublishingFixture
{
    public static readonly byte[] MinimalPdf = System.Text.Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
        "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj\n" +
        "4 0 obj<</Length 84>>stream\nBT /F1 18 Tf 20 80 Td (Procurement plan fiscal year 2568 summary) Tj ET\nendstream endobj\n" +
        "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n");

    public static byte[] Docx(params string[] paragraphs) => MiniDocx.Create(paragraphs);

    public static StaffActor Admin => StaffActor.System("test");

    /// <summary>Runs work as the organization, in its own scope.</summary>
    public static async Task<T> AsOrgAsync<T>(ProngsaiApp app, TestOrg org, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await work(scope.ServiceProvider);
    }

    public static async Task<int> CategoryAsync(ProngsaiApp app, TestOrg org, string slug = "work-manuals") =>
        await AsOrgAsync(app, org, async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            await DefaultCategories.EnsureAsync(db, org.Id);
            return await db.DocumentCategories.Where(c => c.Slug == slug).Select(c => c.Id).SingleAsync();
        });

    public static Task<Document> SaveAsync(ProngsaiApp app, TestOrg org, string title, params (string Name, byte[] Bytes)[] files) =>
        SaveInAsync(app, org, "work-manuals", title, files);

    public static async Task<Document> SaveInAsync(ProngsaiApp app, TestOrg org, string categorySlug, string title, params (string Name, byte[] Bytes)[] files)
    {
        var category = await CategoryAsync(app, org, categorySlug);
        return await AsOrgAsync(app, org, async sp =>
        {
            var result = await sp.GetRequiredService<SaveDocument>().RunAsync(null,
                new DocumentInput(title, "สรุป " + title, "<p>เนื้อหา " + title + "</p>", category, org.Departments[0].Id, 2568),
                files.Select(f => new UploadedFile(f.Name, new MemoryStream(f.Bytes))).ToList(), [], Admin);
            return result.Value ?? throw new InvalidOperationException(result.Errors[0].Message);
        });
    }

    public static async Task PublishAsync(ProngsaiApp app, TestOrg org, int id) =>
        await AsOrgAsync(app, org, async sp =>
        {
            var result = await sp.GetRequiredService<PublishDocument>().PublishNowAsync(id, Admin);
            return result.Succeeded ? 0 : throw new InvalidOperationException(result.Errors[0].Message);
        });

    public static async Task UnpublishAsync(ProngsaiApp app, TestOrg org, int id) =>
        await AsOrgAsync(app, org, async sp =>
        {
            var result = await sp.GetRequiredService<PublishDocument>().UnpublishAsync(id, Admin);
            return result.Succeeded ? 0 : throw new InvalidOperationException(result.Errors[0].Message);
        });

    public static async Task<Document> EditTitleAsync(ProngsaiApp app, TestOrg org, int id, string title) =>
        await AsOrgAsync(app, org, async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            var d = await db.Documents.AsNoTracking().SingleAsync(x => x.Id == id);
            var result = await sp.GetRequiredService<SaveDocument>().RunAsync(id,
                new DocumentInput(title, d.Summary, d.BodyHtml, d.CategoryId, d.DepartmentId, d.FiscalYear), [], [], Admin);
            return result.Value ?? throw new InvalidOperationException(result.Errors[0].Message);
        });

    /// <summary>Files stored for the organization's documents (to prove nothing was stored half-way).</summary>
    public static int StoredFileCount(ProngsaiApp app, TestOrg org)
    {
        var folder = Path.Combine(app.DataDirectory, "files", "documents", org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length : 0;
    }
}
