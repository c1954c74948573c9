using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Text;
using Prongsai.Tests.Infrastructure;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Prongsai.Tests.Ita.Http;

/// <summary>The ITA workspace through the real app: staff fill and approve, the public page, exports and API show it.</summary>
public sealed class ItaHttpTests
{
    private static async Task<int> PublishServiceManualAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var db = sp.GetRequiredService<ProngsaiDbContext>();
        await DefaultCategories.EnsureAsync(db, org.Id);
        var categoryId = await db.DocumentCategories.Where(c => c.Slug == "service-manuals").Select(c => c.Id).FirstAsync();
        var actor = StaffActor.System("ผู้ทดสอบ", org.Id);
        var saved = await sp.GetRequiredService<SaveDocument>().RunAsync(
            null, new DocumentInput("คู่มือการให้บริการประชาชน", "สรุป", "เนื้อหา", categoryId, org.Departments[0].Id, 2567), [], [], actor);
        Assert.True(saved.Succeeded);
        Assert.True((await sp.GetRequiredService<PublishDocument>().PublishNowAsync(saved.Value!.Id, actor)).Succeeded);
        return saved.Value.Id;
    }

    private static async Task<int> ItemIdAsync(ProngsaiApp app, TestOrg org, string key)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        return await db.Set<ItaChecklistItem>().IgnoreQueryFilters().Where(i => i.OrganizationId == org.Id && i.ItemKey == key).Select(i => i.Id).SingleAsync();
    }

    [Theory, Providers]
    public async Task The_submission_sheet_links_to_the_public_address_whatever_address_the_clerk_opened(DbProvider provider)
    {
        const string address = "https://prongsai.example.go.th";
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?> { ["Prongsai:PublicAddress"] = address });
        var org = await TestOrg.CreateAsync(app);
        var documentId = await PublishServiceManualAsync(app, org);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var index = $"/staff/{org.Slug}/ita";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(index, index + "?handler=Open", [new("catalog", "2567/lao")])).StatusCode);
        var itemId = await ItemIdAsync(app, org, "service-manual");
        var itemUrl = $"/staff/{org.Slug}/ita/2567/items/{itemId}";
        var suggestionId = (await SuggestionAsync(app, org, itemId)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Decide", [new("evidenceId", suggestionId), new("confirm", "true")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Status", [new("status", "Ready"), new("note", "")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Approve", [])).StatusCode);

        // The clerk downloads the sheet from the back office inside the office; the assessors get the public links.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{org.Slug}/ita/2567/submission.csv");
        request.Headers.Host = "192.168.1.20";
        using var response = await admin.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains($"{address}/{org.Slug}/documents/{documentId}", CsvFiles.ReadAll(text).Single(r => r[0] == "O14")[3], StringComparison.Ordinal);
        Assert.DoesNotContain("192.168.1.20", text, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Staff_confirm_link_and_approve_then_the_public_page_exports_and_api_show_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        Assert.Equal(HttpStatusCode.OK, (await citizen.GetAsync($"/{org.Slug}/ita")).StatusCode);
        var documentId = await PublishServiceManualAsync(app, org);

        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var index = $"/staff/{org.Slug}/ita";
        var open = await admin.PostFormAsync(index, index + "?handler=Open", [new("catalog", "2567/lao")]);
        Assert.Equal(HttpStatusCode.Redirect, open.StatusCode);
        Assert.Equal($"/staff/{org.Slug}/ita/2567", open.Headers.Location?.OriginalString);
        Assert.Contains("0 / 43", await admin.GetStringAsync($"/staff/{org.Slug}/ita/2567"), StringComparison.Ordinal);

        var itemId = await ItemIdAsync(app, org, "service-manual");
        var itemUrl = $"/staff/{org.Slug}/ita/2567/items/{itemId}";
        var suggestionId = await SuggestionAsync(app, org, itemId);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Decide", [new("evidenceId", suggestionId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("confirm", "true")])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Link", [new("url", "https://www.example.go.th/service"), new("title", "ศูนย์บริการ")])).StatusCode);
        var badLink = await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Link", [new("url", "file:///etc/passwd")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, badLink.StatusCode);
        Assert.Contains("http://", await badLink.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Status", [new("status", "Ready"), new("note", "ดูหัวข้อคู่มือ")])).StatusCode);

        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        Assert.Contains("คู่มือการให้บริการประชาชน", await auditor.GetStringAsync(itemUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(itemUrl, itemUrl + "?handler=Approve", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Approve", [])).StatusCode);

        // The public: /ita goes to the latest year; the item shows its links, others are listed as missing.
        var latest = await citizen.GetAsync($"/{org.Slug}/ita");
        Assert.Equal(HttpStatusCode.Redirect, latest.StatusCode);
        Assert.Equal($"/{org.Slug}/ita/2567", latest.Headers.Location?.OriginalString);
        var page = await citizen.GetStringAsync($"/{org.Slug}/ita/2567");
        Assert.Contains("O14", page, StringComparison.Ordinal);
        Assert.Contains($"/{org.Slug}/documents/{documentId}", page, StringComparison.Ordinal);
        Assert.Contains("https://www.example.go.th/service", page, StringComparison.Ordinal);
        Assert.Contains("ยังไม่มีข้อมูล", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/about/structure", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await citizen.GetAsync($"/{org.Slug}/ita/2566")).StatusCode);

        // The ITAS sheet in three formats: every item of the catalog version, O14 answered with both URLs.
        var csv = CsvFiles.ReadAll(await citizen.GetStringAsync($"/{org.Slug}/ita/2567/submission.csv"));
        Assert.Equal(44, csv.Count);
        var o14 = csv.Single(r => r[0] == "O14");
        Assert.Equal("มี", o14[2]);
        Assert.Contains($"http://localhost/{org.Slug}/documents/{documentId}", o14[3], StringComparison.Ordinal);
        Assert.Contains("https://www.example.go.th/service", o14[3], StringComparison.Ordinal);
        Assert.Equal("ดูหัวข้อคู่มือ", o14[4]);
        Assert.Equal("ไม่มี", csv.Single(r => r[0] == "O1")[2]);

        using (var xlsx = SpreadsheetDocument.Open(new MemoryStream(await citizen.GetByteArrayAsync($"/{org.Slug}/ita/2567/submission.xlsx")), false))
        {
            Documents.OfficeAssert.Valid(xlsx);
            var sheet = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet;
            var rows = sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
            Assert.Equal(44, rows.Count);
            Assert.Equal(["O14", "มี"], rows.Single(r => r[0] == "O14").Where((_, i) => i is 0 or 2));
            var o14Row = sheet.Descendants<Row>().Single(r => r.Elements<Cell>().First().InnerText == "O14").RowIndex!.Value;
            var urls = new Documents.ReadSheet(xlsx);
            var o14Urls = "D" + o14Row.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Contains("\nhttps://www.example.go.th/service", urls.Text(o14Urls), StringComparison.Ordinal);
            Assert.True(urls.Wraps(o14Urls));
        }

        using (var docx = WordprocessingDocument.Open(new MemoryStream(await citizen.GetByteArrayAsync($"/{org.Slug}/ita/2567/submission.docx")), false))
        {
            Documents.OfficeAssert.Valid(docx);
            var rows = docx.MainDocumentPart!.Document!.Descendants<Word.TableRow>().ToList();
            Assert.Equal(44, rows.Count);
            Assert.Contains(rows, r => r.InnerText.StartsWith("O14", StringComparison.Ordinal) && r.InnerText.Contains("มี", StringComparison.Ordinal));
            Assert.All(rows.SelectMany(r => r.Descendants<Word.RunProperties>()), p => Assert.Equal("th-TH", p.Languages?.Bidi?.Value));
        }

        using var json = JsonDocument.Parse(await citizen.GetStringAsync($"/api/v1/orgs/{org.Slug}/ita/2567"));
        var items = json.RootElement.GetProperty("indicators").EnumerateArray()
            .SelectMany(i => i.GetProperty("subIndicators").EnumerateArray()).SelectMany(s => s.GetProperty("items").EnumerateArray()).ToList();
        Assert.Equal(43, items.Count);
        var item = items.Single(i => i.GetProperty("code").GetString() == "O14");
        Assert.True(item.GetProperty("answered").GetBoolean());
        Assert.Equal(2, item.GetProperty("links").GetArrayLength());
        Assert.Equal(1, json.RootElement.GetProperty("answered").GetInt32());
    }

    private static async Task<int> SuggestionAsync(ProngsaiApp app, TestOrg org, int itemId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        return await db.Set<ItaEvidence>().IgnoreQueryFilters().Where(e => e.ChecklistItemId == itemId && e.State == ItaEvidenceState.Suggested && e.Kind == ItaEvidenceKind.Document).Select(e => e.Id).SingleAsync();
    }
}
