using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Cli;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>The hash-chained publication ledger and `verify-ledger`, with tampering of each kind.</summary>
public sealed class LedgerTests
{
    /// <summary>
    /// 1 publish A (DOCX) · 2 publish B · 3 update A · 4 unpublish B · 5 publish C (PDF).
    /// </summary>
    private static async Task<(TestOrg Org, int A, int B, int C)> HistoryAsync(ProngsaiApp app)
    {
        var org = await TestOrg.CreateAsync(app);
        var a = await PublishingFixture.SaveAsync(app, org, "คู่มือการปฏิบัติงาน", ("คู่มือ.docx", PublishingFixture.Docx("คู่มือการปฏิบัติงานด้านพัสดุ")));
        var b = await PublishingFixture.SaveAsync(app, org, "ประกาศรับสมัคร");
        var c = await PublishingFixture.SaveAsync(app, org, "แผนการจัดซื้อจัดจ้าง", ("แผน.pdf", PublishingFixture.MinimalPdf));
        await PublishingFixture.PublishAsync(app, org, a.Id);
        await PublishingFixture.PublishAsync(app, org, b.Id);
        await PublishingFixture.EditTitleAsync(app, org, a.Id, "คู่มือการปฏิบัติงาน ฉบับปรับปรุง");
        await PublishingFixture.UnpublishAsync(app, org, b.Id);
        await PublishingFixture.PublishAsync(app, org, c.Id);
        return (org, a.Id, b.Id, c.Id);
    }

    private static async Task<(int Code, string Out, string Error)> VerifyAsync(ProngsaiApp app, TestOrg org)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(["verify-ledger", "--org", org.Slug], output, error, app.Settings);
        return (code, output.ToString(), error.ToString());
    }

    private static async Task SqlAsync(ProngsaiApp app, string sql, params object[] parameters)
    {
        await using var scope = app.Scope();
        await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Database.ExecuteSqlRawAsync(sql, parameters);
    }

    [Theory, Providers]
    public async Task An_untouched_ledger_verifies_and_every_hash_can_be_recomputed_from_the_documented_bytes(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (org, _, _, _) = await HistoryAsync(app);

        var result = await VerifyAsync(app, org);
        Assert.True(result.Code == 0, result.Error);
        Assert.Contains("5 entries", result.Out, StringComparison.Ordinal);

        await using var scope = app.Scope();
        var entries = await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().LedgerEntries.IgnoreQueryFilters()
            .Include(e => e.Files).Where(e => e.OrganizationId == org.Id).OrderBy(e => e.Sequence).ToListAsync();
        Assert.Equal(["publish", "publish", "update", "unpublish", "publish"], entries.Select(e => e.Action));
        Assert.Contains(result.Out.Trim().Split(' ')[^1], entries[^1].Hash, StringComparison.Ordinal);

        // Rebuilt here from docs/ledger.md, independently of the app's code.
        var previous = new string('0', 64);
        foreach (var e in entries)
        {
            var fields = new List<(string, string)>
            {
                ("ledger", "prongsai-ledger-v1"), ("org", org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("seq", e.Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("at", e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)),
                ("type", e.ItemType), ("item", e.ItemId), ("action", e.Action), ("content", e.ContentSha256),
            };
            fields.AddRange(e.Files.OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => ("file", f.Name + " " + f.Sha256)));
            fields.Add(("prev", previous));
            var bytes = new List<byte>();
            foreach (var (name, value) in fields)
            {
                var v = Encoding.UTF8.GetBytes(value);
                bytes.AddRange(Encoding.ASCII.GetBytes($"{name}:{v.Length}:"));
                bytes.AddRange(v);
                bytes.Add((byte)'\n');
            }

            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes.ToArray())), e.Hash);
            previous = e.Hash;
        }
    }

    [Theory, Providers]
    public async Task Altering_a_document_row_is_found_at_that_documents_latest_entry(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (org, a, _, _) = await HistoryAsync(app);
        await SqlAsync(app, "UPDATE \"Documents\" SET \"Summary\" = {0} WHERE \"Id\" = {1}", "แก้ไขโดยตรงในฐานข้อมูล", a);

        var result = await VerifyAsync(app, org);
        Assert.Equal(1, result.Code);
        Assert.Contains("first bad entry: #3", result.Error, StringComparison.Ordinal);
        Assert.Contains("content differs", result.Error, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Altering_one_byte_of_a_stored_attachment_is_found(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (org, _, _, c) = await HistoryAsync(app);
        string key;
        await using (var scope = app.Scope())
        {
            key = await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Attachments.IgnoreQueryFilters()
                .Where(x => x.DocumentId == c).Select(x => x.FileKey).SingleAsync();
        }

        var path = Path.Combine(app.DataDirectory, "files", key);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^5] ^= 0x01;
        await File.WriteAllBytesAsync(path, bytes);

        var result = await VerifyAsync(app, org);
        Assert.Equal(1, result.Code);
        Assert.Contains("first bad entry: #5", result.Error, StringComparison.Ordinal);
        Assert.Contains("bytes differ", result.Error, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_stored_attachment_that_is_gone_is_called_missing_not_changed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (org, _, _, c) = await HistoryAsync(app);
        string key;
        await using (var scope = app.Scope())
        {
            key = await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Attachments.IgnoreQueryFilters()
                .Where(x => x.DocumentId == c).Select(x => x.FileKey).SingleAsync();
        }

        File.Delete(Path.Combine(app.DataDirectory, "files", key));

        var result = await VerifyAsync(app, org);
        Assert.Equal(1, result.Code);
        Assert.Contains("first bad entry: #5", result.Error, StringComparison.Ordinal);
        Assert.Contains("ไม่พบไฟล์แนบ", result.Error, StringComparison.Ordinal);
        Assert.Contains("is missing from the file store", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("ถูกเปลี่ยน", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("bytes differ", result.Error, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Altering_a_ledger_row_is_found_at_that_entry(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (org, _, _, _) = await HistoryAsync(app);
        await SqlAsync(app, "UPDATE \"LedgerEntries\" SET \"Action\" = 'update' WHERE \"OrganizationId\" = {0} AND \"Sequence\" = 2", org.Id);

        var result = await VerifyAsync(app, org);
        Assert.Equal(1, result.Code);
        Assert.Contains("first bad entry: #2", result.Error, StringComparison.Ordinal);
        Assert.Contains("do not match its hash", result.Error, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Deleting_an_entry_is_found_where_the_chain_breaks(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (org, _, _, _) = await HistoryAsync(app);
        await SqlAsync(app, "DELETE FROM \"LedgerEntries\" WHERE \"OrganizationId\" = {0} AND \"Sequence\" = 2", org.Id);

        var result = await VerifyAsync(app, org);
        Assert.Equal(1, result.Code);
        Assert.Contains("first bad entry: #2", result.Error, StringComparison.Ordinal);
        Assert.Contains("entry 2 is missing", result.Error, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_public_ledger_API_page_feed_and_verify_page_show_the_same_head(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (org, a, _, c) = await HistoryAsync(app);
        var client = app.Client();
        var json = await client.GetStringAsync($"/api/v1/orgs/{org.Slug}/ledger");
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var head = parsed.RootElement.GetProperty("headHash").GetString()!;
        Assert.Equal(5, parsed.RootElement.GetProperty("entries").GetArrayLength());

        var ledgerPage = System.Net.WebUtility.HtmlDecode(await client.GetStringAsync($"/{org.Slug}/ledger"));
        Assert.Contains(head, ledgerPage, StringComparison.Ordinal);
        // Said to people: Thai time with the Buddhist-era year and Thai words; the ISO instant only in the machine attribute.
        ThaiNotIso(ledgerPage);
        Assert.Contains("<td>เผยแพร่</td>", ledgerPage, StringComparison.Ordinal);
        Assert.Contains("เอกสาร ", ledgerPage, StringComparison.Ordinal);
        Assert.DoesNotContain("UTC", ledgerPage, StringComparison.Ordinal);
        Assert.DoesNotContain(">publish<", ledgerPage, StringComparison.Ordinal);
        // A citizen's document page speaks plainly: no hash, but a working link to its ledger entry.
        var documentPage = await client.GetStringAsync($"/{org.Slug}/documents/{a}");
        Assert.DoesNotContain(head, documentPage, StringComparison.Ordinal);
        Assert.Matches($"href=\"/{org.Slug}/ledger#e[0-9]+\"", documentPage);
        Assert.Contains(head, await client.GetStringAsync($"/{org.Slug}/feed"), StringComparison.Ordinal);

        // "Verify this file": the published PDF is found as document C; a changed copy is not.
        var token = await client.AntiforgeryTokenAsync($"/{org.Slug}/verify");
        async Task<string> CheckAsync(byte[] file)
        {
            using var form = new MultipartFormDataContent
            {
                { new StringContent(token), "__RequestVerificationToken" },
                { new ByteArrayContent(file), "file", "what.pdf" },
            };
            var response = await client.PostAsync($"/{org.Slug}/verify", form);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            return await response.Content.ReadAsStringAsync();
        }

        var found = System.Net.WebUtility.HtmlDecode(await CheckAsync(PublishingFixture.MinimalPdf));
        Assert.Contains($"/{org.Slug}/documents/{c}", found, StringComparison.Ordinal);
        ThaiNotIso(found);
        Assert.Contains(" · เผยแพร่ · เอกสาร ·", found, StringComparison.Ordinal);
        var changed = (byte[])PublishingFixture.MinimalPdf.Clone();
        changed[20] ^= 1;
        Assert.Contains("ไม่พบไฟล์นี้ในทะเบียน", await CheckAsync(changed), StringComparison.Ordinal);
    }

    /// <summary>Every ledger instant shown as text is a Thai date and time ("5 ธันวาคม 2569 07:54 น."), never "2026-12-05T00:54:11Z".</summary>
    private static void ThaiNotIso(string html)
    {
        var shown = System.Text.RegularExpressions.Regex.Replace(html, "datetime=\"[^\"]*\"", "");
        Assert.DoesNotMatch("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}", shown);
        Assert.Matches("[0-9]{1,2} [ก-๙]+ 25[0-9]{2} [0-9]{2}:[0-9]{2} น\\.", shown);
    }
}
