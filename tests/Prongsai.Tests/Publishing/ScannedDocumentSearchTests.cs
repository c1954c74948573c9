using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Publishing.Jobs;
using Prongsai.Documents.Pdf;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>
/// Most of what a local office publishes is scanned: signed, stamped, then put through the copier. Such a PDF has no
/// text layer, so its words come from Tesseract's Thai model, which writes a sara am as nikhahit + sara aa
/// ("ตําบล"). A citizen types "ตำบล". Real Chromium, poppler and Tesseract (test.sh installs them).
/// </summary>
public sealed class ScannedDocumentSearchTests : IDisposable
{
    private const string Notice = "ประกาศองค์การบริหารส่วนตำบลบางคา เรื่อง การรับชำระภาษีที่ดินและสิ่งปลูกสร้าง";
    private readonly string _dir = Directory.CreateTempSubdirectory("prongsai-scan-test-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory, Providers]
    public async Task A_scanned_pdf_and_a_photo_of_a_Thai_notice_are_found_by_the_words_a_citizen_types(DbProvider provider)
    {
        var (scan, photo) = await ScanAsync(Notice);
        Assert.Equal("", ReportAssert.Run("pdftotext", WriteFile("check.pdf", scan), "-").Trim());

        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var document = await PublishingFixture.SaveAsync(app, org, "ประกาศ", ("ประกาศ.pdf", scan), ("ประกาศ.png", photo));
        await PublishingFixture.PublishAsync(app, org, document.Id);
        await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<AttachmentTextJob>().ExtractPendingAsync(10));

        var attachments = await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<ProngsaiDbContext>().Attachments
            .Where(a => a.DocumentId == document.Id).OrderBy(a => a.Id).Select(a => new { a.TextState, a.TextNote, a.ExtractedText }).ToListAsync());
        Assert.All(attachments, a =>
        {
            Assert.Equal(TextState.Done, a.TextState);
            Assert.Equal("OCR (tesseract tha)", a.TextNote);
            Assert.Contains("ตำบล", a.ExtractedText, StringComparison.Ordinal);
            Assert.DoesNotContain("\u0E4D\u0E32", a.ExtractedText, StringComparison.Ordinal);
        });

        // The clerk sees what was read, before a citizen searches for it.
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var edit = await admin.GetStringAsync($"/staff/{org.Slug}/documents/edit/{document.Id}");
        var shown = Regex.Matches(edit, "<details class=\"read-text\">(.*?)</details>", RegexOptions.Singleline);
        Assert.Equal(2, shown.Count);
        Assert.All(shown, m => Assert.Contains("ตำบล", m.Groups[1].Value, StringComparison.Ordinal));

        foreach (var word in new[] { "ตำบล", "ชำระภาษี" })
        {
            var json = await app.Client().GetStringAsync($"/api/v1/orgs/{org.Slug}/search?q={Uri.EscapeDataString(word)}");
            using var result = JsonDocument.Parse(json);
            Assert.Equal(1, result.RootElement.GetProperty("total").GetInt32());
            Assert.Equal($"/{org.Slug}/documents/{document.Id}", result.RootElement.GetProperty("results")[0].GetProperty("url").GetString());
        }
    }

    [Theory, Providers]
    public async Task A_scan_published_before_the_Thai_OCR_was_installed_is_read_after_refresh_search(DbProvider provider)
    {
        var (scan, _) = await ScanAsync(Notice);
        // The app's own background worker is off: running between the steps below, it would read a scan this test has
        // just set back to how a machine without the Thai OCR left it. The test runs the reading job itself.
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?> { ["Prongsai:Jobs:Enabled"] = "false" });
        var org = await TestOrg.CreateAsync(app);
        var other = await TestOrg.CreateAsync(app);
        var document = await PublishingFixture.SaveAsync(app, org, "ประกาศ", ("ประกาศ.pdf", scan), ("คู่มือ.doc", LegacyWord));
        await PublishingFixture.SaveAsync(app, other, "ประกาศ", ("ประกาศ.pdf", scan));
        await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<AttachmentTextJob>().ExtractPendingAsync(10));
        await PublishingFixture.AsOrgAsync(app, other, sp => sp.GetRequiredService<AttachmentTextJob>().ExtractPendingAsync(10));
        // What a machine without tesseract-ocr-tha left: the scan not searchable, with the reason (the .doc is not
        // searchable whatever is installed, and is not queued again); then the document was published.
        await LeaveAsBeforeOcrAsync(app, org);
        await LeaveAsBeforeOcrAsync(app, other);
        await PublishingFixture.PublishAsync(app, org, document.Id);
        Assert.Equal(0, await TotalAsync(app, org, "ตำบล"));

        var (code, output) = await CliAsync(app, "refresh-search", "--org", org.Slug);
        Assert.Equal(0, code);
        Assert.Contains("1 attachments queued to be read again", output, StringComparison.Ordinal);
        await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<AttachmentTextJob>().ExtractPendingAsync(10));

        // The same query, cached with no hit before, answers from the new text: reading it bumped the content stamp.
        Assert.Equal(1, await TotalAsync(app, org, "ตำบล"));
        var states = await StatesAsync(app);
        Assert.Equal(TextState.Done, states[(org.Id, "ประกาศ.pdf")]);
        Assert.Equal(TextState.NotSearchable, states[(org.Id, "คู่มือ.doc")]);
        Assert.Equal(TextState.NotSearchable, states[(other.Id, "ประกาศ.pdf")]);
        Assert.Contains("0 attachments queued", (await CliAsync(app, "refresh-search", "--org", org.Slug)).Output, StringComparison.Ordinal);
    }

    /// <summary>A Word 97-2003 file: not read for search whatever is installed, so it is never queued again.</summary>
    private static readonly byte[] LegacyWord = Prongsai.Tests.Storage.CompoundFiles.Doc();

    private static Task LeaveAsBeforeOcrAsync(ProngsaiApp app, TestOrg org) =>
        PublishingFixture.AsOrgAsync(app, org, async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            foreach (var attachment in await db.Attachments.Where(a => a.FileName == "ประกาศ.pdf").ToListAsync())
            {
                (attachment.TextState, attachment.TextNote, attachment.ExtractedText) =
                    (TextState.NotSearchable, Prongsai.Documents.Extraction.AttachmentTextExtractor.ScanWithoutOcr, null);
            }

            return await db.SaveChangesAsync();
        });

    private static async Task<Dictionary<(int, string), TextState>> StatesAsync(ProngsaiApp app)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Attachments.IgnoreQueryFilters()
            .ToDictionaryAsync(a => (a.OrganizationId, a.FileName), a => a.TextState);
    }

    private static async Task<int> TotalAsync(ProngsaiApp app, TestOrg org, string word)
    {
        var json = await app.Client().GetStringAsync($"/api/v1/orgs/{org.Slug}/search?q={Uri.EscapeDataString(word)}");
        using var result = JsonDocument.Parse(json);
        return result.RootElement.GetProperty("total").GetInt32();
    }

    private static async Task<(int Code, string Output)> CliAsync(ProngsaiApp app, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await Prongsai.Cli.CliApp.RunAsync(args, output, error, app.Settings);
        return (code, output.ToString() + error);
    }

    /// <summary>
    /// The notice printed by Chromium, drawn as a photo by pdftoppm, and that photo printed again as the only content of
    /// a PDF page: a scan, with no text layer.
    /// </summary>
    private async Task<(byte[] Scan, byte[] Photo)> ScanAsync(string text)
    {
        using var chromium = new ChromiumPdfConverter();
        var printed = await chromium.HtmlToPdfAsync(
            $"<!doctype html><html lang=\"th\"><body style=\"font: 22pt Laksaman, sans-serif\"><p>{text}</p></body></html>", CancellationToken.None);
        Assert.True(printed.Succeeded, printed.Message);
        ReportAssert.Run("pdftoppm", "-r", "150", "-gray", "-png", "-singlefile", "-f", "1", WriteFile("printed.pdf", printed.Pdf!), Path.Combine(_dir, "photo"));
        var photo = await File.ReadAllBytesAsync(Path.Combine(_dir, "photo.png"));

        var scanned = await chromium.HtmlToPdfAsync(
            $"<!doctype html><html><body style=\"margin:0\"><img alt=\"\" style=\"width:100%\" src=\"data:image/png;base64,{Convert.ToBase64String(photo)}\"></body></html>",
            CancellationToken.None);
        Assert.True(scanned.Succeeded, scanned.Message);
        return (scanned.Pdf!, photo);
    }

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
