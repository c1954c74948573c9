using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;
using Prongsai.Documents.Spreadsheets;
using Prongsai.Tests.Infrastructure;
using static Prongsai.Tests.Assets.AssetImportTestData;

namespace Prongsai.Tests.Assets;

/// <summary>
/// The register's import and download through the real app on both databases: the keeper previews and confirms, a bad
/// file is answered on the page with every row's errors, nobody else may send it, and the register downloaded as CSV or
/// Excel imports unchanged into another organization.
/// </summary>
public sealed partial class AssetImportHttpTests
{
    private static readonly string[] Columns = ["รหัสครุภัณฑ์", "ชื่อครุภัณฑ์", "จำนวน", "ส่วนราชการ", "วันที่ได้มา", "ให้ยืมได้"];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [Theory, Providers]
    public async Task The_keeper_previews_then_confirms_on_the_page_and_nobody_else_may(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var keeper = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        var register = $"/staff/{org.Slug}/assets";
        var import = register + "/import";

        // The register leads keepers to the import; the others may read the page, not send it.
        Assert.Contains($"href=\"{import}\"", await Html(keeper, register), StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{import}\"", await Html(clerk, register), StringComparison.Ordinal);
        var page = await Html(keeper, import);
        Assert.Contains("การนำเข้าไม่เปิดแสดงทรัพย์สินบนเว็บไซต์ให้ประชาชนขอยืม", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ผู้ที่นำเข้าได้คือผู้ดูแลทะเบียนทรัพย์สิน", page, StringComparison.Ordinal);
        Assert.Contains("ผู้ที่นำเข้าได้คือผู้ดูแลทะเบียนทรัพย์สิน", await Html(auditor, import), StringComparison.Ordinal);

        var file = Csv(Columns, ["416-66-0001", "เต็นท์ผ้าใบ", "10", "กองคลัง", "1/3/2566", "ได้"], ["416-66-0002", "เก้าอี้พลาสติก", "200", "", "", "ได้"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(clerk, org.Slug, file)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(auditor, org.Slug, file)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await UploadAsync(keeper, org.Slug, file, token: false)).StatusCode);

        // Upload → preview (nothing saved) → confirm.
        var preview = await UploadAsync(keeper, org.Slug, file);
        var previewHtml = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("เพิ่มใหม่", previewHtml, StringComparison.Ordinal);
        Assert.Contains("ยืนยันบันทึก (เพิ่ม 2 ปรับปรุง 0 รายการ)", previewHtml, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org));
        Assert.Equal(HttpStatusCode.Forbidden, (await ConfirmAsync(auditor, import, await auditor.AntiforgeryTokenAsync(import))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ConfirmAsync(clerk, import, await clerk.AntiforgeryTokenAsync(import))).StatusCode);
        var confirmed = await ConfirmAsync(keeper, import, Token(previewHtml));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(register, confirmed.Headers.Location?.OriginalString);
        Assert.Equal(2, await CountAsync(app, org));
        Assert.Contains("นำเข้าทะเบียนแล้ว เพิ่มใหม่ 2 รายการ ปรับปรุง 0 รายการ", await Html(keeper, register), StringComparison.Ordinal);

        // The same confirmation again: the file is gone, and the page says to upload it again.
        var again = await ConfirmAsync(keeper, import, await keeper.AntiforgeryTokenAsync(import));
        Assert.Equal((HttpStatusCode)422, again.StatusCode);
        Assert.Contains("ไม่พบไฟล์ที่อัปโหลดไว้", WebUtility.HtmlDecode(await again.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // A bad row: every error with its row and column, and nothing saved.
        var bad = await UploadAsync(keeper, org.Slug, Csv(Columns, ["416-66-0003", "โต๊ะพับ", "5", "", "", ""], ["416-66-0009", "", "0", "", "31/2/2566", "อาจจะ"]));
        Assert.Equal((HttpStatusCode)422, bad.StatusCode);
        var badHtml = WebUtility.HtmlDecode(await bad.Content.ReadAsStringAsync());
        foreach (var expected in new[] { "แถวที่ 3 คอลัมน์ \"ชื่อครุภัณฑ์\"", "แถวที่ 3 คอลัมน์ \"จำนวน\"", "แถวที่ 3 คอลัมน์ \"วันที่ได้มา\"", "แถวที่ 3 คอลัมน์ \"ให้ยืมได้\"", ImportAssetRegister.NothingSaved })
        {
            Assert.Contains(expected, badHtml, StringComparison.Ordinal);
        }

        // An old .xls, a PDF: refused with what to do, never a server error.
        var xls = await UploadAsync(keeper, org.Slug, Storage.CompoundFiles.Xls(), "ทะเบียน.xls");
        Assert.Equal((HttpStatusCode)422, xls.StatusCode);
        Assert.Contains("บันทึกเป็น Excel (.xlsx) หรือ CSV", WebUtility.HtmlDecode(await xls.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var pdf = await UploadAsync(keeper, org.Slug, "%PDF-1.7\n1 0 obj\n"u8.ToArray(), "ทะเบียน.pdf");
        Assert.Equal((HttpStatusCode)422, pdf.StatusCode);
        Assert.Contains("ไม่ใช่ CSV หรือ Excel", WebUtility.HtmlDecode(await pdf.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var none = await UploadAsync(keeper, org.Slug, [], "ว่าง.csv");
        Assert.Equal((HttpStatusCode)422, none.StatusCode);
        Assert.Equal(2, await CountAsync(app, org));
    }

    [Theory, Providers]
    public async Task The_register_downloads_as_csv_and_excel_and_imports_unchanged_into_another_organization(DbProvider provider)
    {
        var app = Apps.For(provider);
        var source = await TestOrg.CreateAsync(app);
        var finance = source.Departments.Single(d => d.Name == "กองคลัง").Id;
        var office = source.Departments.Single(d => d.Name == "สำนักปลัด").Id;
        await AddAsync(app, source, new AssetInput("416-60-0001", "เต็นท์ผ้าใบ ขนาด 4x8 เมตร", "ครุภัณฑ์งานบ้านงานครัว", 10, finance, "โรงเก็บพัสดุ",
            new DateOnly(2023, 3, 1), 12_500m, true, AssetCondition.Good, null, ShownToPublic: true));
        await AddAsync(app, source, new AssetInput("416-60-0002", "เก้าอี้พลาสติก", null, 200, null, null, null, 1_250.75m, true,
            AssetCondition.Damaged, "- ขาหัก 3 ตัว\nรอซ่อม"));
        await AddAsync(app, source, new AssetInput("0007/2565", "เครื่องคอมพิวเตอร์โน้ตบุ๊ก", "ครุภัณฑ์คอมพิวเตอร์", 1, office, "ห้องกองคลัง",
            new DateOnly(2022, 11, 30), 25_900.50m, false, AssetCondition.Lost, "=สูญหายระหว่างขนย้าย"));
        var retired = await AddAsync(app, source, new AssetInput("416-50-0001", "เต็นท์เก่า", null, 1, null, null, null, null, false, AssetCondition.Good, null));
        await RunAsync(app, source, sp => sp.GetRequiredService<ManageAssetRegister>().RetireAsync(StaffActor.System(organizationId: source.Id), retired.Id, "ชำรุดเกินกว่าจะซ่อม"));

        // Everyone in the back office downloads the register: the articles not written off, in the import's columns.
        var clerk = await app.SignedInAsync(source[OrgRole.DepartmentStaff]);
        var register = $"/staff/{source.Slug}/assets";
        Assert.Contains($"href=\"{register}?handler=Xlsx\"", await Html(clerk, register), StringComparison.Ordinal);
        var csv = await DownloadAsync(clerk, register + "?handler=Csv", "text/csv");
        var csvRows = CsvFiles.ReadAll(Encoding.UTF8.GetString(csv).TrimStart('\uFEFF'));
        Assert.Equal(AssetRegisterTable.Header, csvRows[0]);
        Assert.Equal(["0007/2565", "416-60-0001", "416-60-0002"], csvRows.Skip(1).Select(r => r[0]));
        var xlsx = await DownloadAsync(clerk, register + "?handler=Xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var (sheet, _) = SimpleSheets.ReadFirstSheet(new MemoryStream(xlsx));
        Assert.StartsWith("ทะเบียนครุภัณฑ์ ", sheet![0][0], StringComparison.Ordinal);
        Assert.Equal(AssetRegisterTable.Header, sheet[2]);

        var expected = await RegisterAsync(app, source);
        foreach (var (file, name) in new[] { (csv, "ทะเบียน.csv"), (xlsx, "ทะเบียน.xlsx") })
        {
            var target = await TestOrg.CreateAsync(app);
            var keeper = await app.SignedInAsync(target[OrgRole.OrgAdmin]);
            var preview = await UploadAsync(keeper, target.Slug, file, name);
            var previewHtml = WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
            Assert.Contains("ไม่มีคำเตือน", previewHtml, StringComparison.Ordinal);
            var confirmed = await ConfirmAsync(keeper, $"/staff/{target.Slug}/assets/import", Token(previewHtml));
            Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
            Assert.Equal(expected, await RegisterAsync(app, target));
            Assert.Equal(0, await CountAsync(app, target, listed: true));

            // The same file again, updating: every article is as the file says, so there is nothing to save.
            var again = WebUtility.HtmlDecode(await (await UploadAsync(keeper, target.Slug, file, name, update: true)).Content.ReadAsStringAsync());
            Assert.Contains("ไม่มีรายการที่จะเพิ่มหรือปรับปรุง", again, StringComparison.Ordinal);
            Assert.DoesNotContain("ยืนยันบันทึก", again, StringComparison.Ordinal);
        }

        // The template in both forms: the columns and one example row, which previews as one article to add.
        var auditor = await app.SignedInAsync(source[OrgRole.Auditor]);
        var import = register + "/import";
        var templateCsv = await DownloadAsync(auditor, import + "?handler=Template&format=csv", "text/csv");
        var templateRows = CsvFiles.ReadAll(Encoding.UTF8.GetString(templateCsv).TrimStart('\uFEFF'));
        Assert.Equal(2, templateRows.Count);
        Assert.Equal(AssetRegisterTable.Header, templateRows[0]);
        Assert.Equal(AssetRegisterTable.Example, templateRows[1]);
        var templateXlsx = await DownloadAsync(auditor, import + "?handler=Template", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var sourceKeeper = await app.SignedInAsync(source[OrgRole.OrgAdmin]);
        foreach (var (template, name) in new[] { (templateCsv, "แบบฟอร์ม.csv"), (templateXlsx, "แบบฟอร์ม.xlsx") })
        {
            var preview = WebUtility.HtmlDecode(await (await UploadAsync(sourceKeeper, source.Slug, template, name)).Content.ReadAsStringAsync());
            Assert.Contains("ยืนยันบันทึก (เพิ่ม 1 ปรับปรุง 0 รายการ)", preview, StringComparison.Ordinal);
            Assert.Contains("ไม่มีคำเตือน", preview, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task A_preview_keeps_one_file_in_the_organizations_pending_folder_until_it_is_confirmed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var keeper = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var pending = Path.Combine(app.DataDirectory, "files", "pending", "assets", org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        int Kept() => Directory.Exists(pending) ? Directory.GetFiles(pending).Length : 0;

        await UploadAsync(keeper, org.Slug, Csv(Columns, ["416-66-0001", "เต็นท์ผ้าใบ", "10", "", "", "ได้"]));
        Assert.Equal(1, Kept());

        // A second preview replaces the first file; a file that cannot be read forgets it, keeping nothing.
        var preview = await UploadAsync(keeper, org.Slug, Csv(Columns, ["416-66-0002", "เก้าอี้พลาสติก", "200", "", "", "ได้"]));
        Assert.Equal(1, Kept());
        Assert.Equal((HttpStatusCode)422, (await UploadAsync(keeper, org.Slug, "%PDF-1.7\n"u8.ToArray(), "ทะเบียน.pdf")).StatusCode);
        Assert.Equal(0, Kept());
        Assert.Equal((HttpStatusCode)422, (await ConfirmAsync(keeper, $"/staff/{org.Slug}/assets/import", Token(WebUtility.HtmlDecode(await preview.Content.ReadAsStringAsync())))).StatusCode);

        // Preview again and confirm: what the last preview showed is saved, and its file is gone.
        var last = WebUtility.HtmlDecode(await (await UploadAsync(keeper, org.Slug, Csv(Columns, ["416-66-0003", "โต๊ะพับ", "5", "", "", "ได้"]))).Content.ReadAsStringAsync());
        Assert.Equal(1, Kept());
        Assert.Equal(HttpStatusCode.Redirect, (await ConfirmAsync(keeper, $"/staff/{org.Slug}/assets/import", Token(last))).StatusCode);
        Assert.Equal(["416-66-0003"], (await RegisterAsync(app, org)).Select(line => line.Split(" | ")[0]));
        Assert.Equal(0, Kept());
    }

    [Theory, Providers]
    public async Task Coming_back_shows_the_kept_preview_to_keepers_only_and_confirming_it_saves_what_it_showed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var browser = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var import = $"/staff/{org.Slug}/assets/import";
        await UploadAsync(browser, org.Slug, Csv(Columns, ["416-66-0001", "เต็นท์ผ้าใบ", "10", "", "", "ได้"], ["416-66-0002", "เก้าอี้พลาสติก", "200", "", "", "ได้"]));

        // The keeper leaves and comes back: the same preview, with the choice made on upload, its confirmation and a notice.
        var again = await browser.PageAsync(import);
        Assert.Contains(PendingImportSteps.Resumed, again, StringComparison.Ordinal);
        Assert.Contains("ยืนยันบันทึก (เพิ่ม 2 ปรับปรุง 0 รายการ)", again, StringComparison.Ordinal);
        Assert.Contains("ข้ามรายการที่มีในทะเบียนแล้ว", again, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org));

        // A clerk who does not keep the register signs in on the same browser: the page as always, the file left alone.
        await browser.SignInAsAsync(org[OrgRole.DepartmentStaff]);
        var clerkPage = await browser.PageAsync(import);
        Assert.DoesNotContain(PendingImportSteps.Resumed, clerkPage, StringComparison.Ordinal);
        Assert.DoesNotContain("ยืนยันบันทึก", clerkPage, StringComparison.Ordinal);
        Assert.Contains("ผู้ที่นำเข้าได้คือผู้ดูแลทะเบียนทรัพย์สิน", clerkPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.DiscardAsync(import)).StatusCode);
        Assert.Equal(1, app.KeptFiles("assets", org.Id));

        // The keeper again: the preview is there, and its confirmation saves what it showed.
        await browser.SignInAsAsync(org[OrgRole.OrgAdmin]);
        var resumed = await browser.PageAsync(import);
        Assert.Contains(PendingImportSteps.Resumed, resumed, StringComparison.Ordinal);
        var confirmed = await ConfirmAsync(browser, import, Token(resumed));
        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal(["416-66-0001", "416-66-0002"], (await RegisterAsync(app, org)).Select(line => line.Split(" | ")[0]));
        Assert.Equal(0, app.KeptFiles("assets", org.Id));
        Assert.DoesNotContain(PendingImportSteps.Resumed, await browser.PageAsync(import), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Cancel_deletes_the_kept_file_and_a_file_gone_meanwhile_leaves_the_page_empty(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var keeper = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var import = $"/staff/{org.Slug}/assets/import";
        var file = Csv(Columns, ["416-66-0001", "เต็นท์ผ้าใบ", "10", "", "", "ได้"]);
        await UploadAsync(keeper, org.Slug, file, update: true);
        var resumed = await keeper.PageAsync(import);
        Assert.Contains(PendingImportSteps.Resumed, resumed, StringComparison.Ordinal);
        Assert.DoesNotContain("ข้ามรายการที่มีในทะเบียนแล้ว", resumed, StringComparison.Ordinal);

        // Cancel: a form with its token, which deletes the file and leads back to the empty page.
        Assert.Equal(HttpStatusCode.BadRequest, (await keeper.PostAsync(import + "?handler=Discard", new FormUrlEncodedContent([]))).StatusCode);
        var page = await keeper.CancelAndSeeTheEmptyPageAsync(app, import, "assets", org.Id,
            emptyForm: "ไฟล์ทะเบียนครุภัณฑ์ (.xlsx หรือ .csv)", confirmButton: "ยืนยันบันทึก");
        Assert.Equal((HttpStatusCode)422, (await ConfirmAsync(keeper, import, Token(page))).StatusCode);

        // A kept file swept meanwhile: the page is empty, not an error, and nothing is kept any more.
        await UploadAsync(keeper, org.Slug, file);
        var folder = Path.Combine(app.DataDirectory, "files", "pending", "assets", org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var kept in Directory.GetFiles(folder))
        {
            File.Delete(kept);
        }

        var swept = await keeper.PageAsync(import);
        Assert.DoesNotContain(PendingImportSteps.Resumed, swept, StringComparison.Ordinal);
        Assert.Contains("ไฟล์ทะเบียนครุภัณฑ์ (.xlsx หรือ .csv)", swept, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org));
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, string slug, byte[] content, string fileName = "ทะเบียน.csv", bool update = false, bool token = true)
    {
        var url = $"/staff/{slug}/assets/import";
        using var form = new MultipartFormDataContent();
        if (token)
        {
            form.Add(new StringContent(await client.AntiforgeryTokenAsync(url)), "__RequestVerificationToken");
        }

        form.Add(new StringContent(update ? "true" : "false"), "UpdateExisting");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "Upload", fileName);
        return await client.PostAsync(url + "?handler=Preview", form);
    }

    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, string import, string token) =>
        client.PostAsync(import + "?handler=Confirm", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));

    private static string Token(string html) => WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value);

    private static async Task<byte[]> DownloadAsync(HttpClient client, string url, string mediaType)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static async Task<string> Html(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static Task<Asset> AddAsync(ProngsaiApp app, TestOrg org, AssetInput input) => RunAsync(app, org, async sp =>
    {
        var added = await sp.GetRequiredService<ManageAssetRegister>().AddAsync(StaffActor.System(organizationId: org.Id), input);
        Assert.True(added.Succeeded, string.Join(" ", added.Errors.Select(e => e.Message)));
        return added.Value!;
    });

    private static async Task<T> RunAsync<T>(ProngsaiApp app, TestOrg org, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<Prongsai.Core.Tenancy.CurrentOrganization>().Set(org.Id, org.Slug);
        return await work(scope.ServiceProvider);
    }

    private static Task<int> CountAsync(ProngsaiApp app, TestOrg org, bool listed = false) => RunAsync(app, org, sp =>
        sp.GetRequiredService<ProngsaiDbContext>().Set<Asset>().CountAsync(a => !listed || a.ShownToPublic));

    /// <summary>The organization's register as a person reads it: every field but ids, dates of the record, and the website listing.</summary>
    private static Task<List<string>> RegisterAsync(ProngsaiApp app, TestOrg org) => RunAsync(app, org, async sp =>
    {
        var db = sp.GetRequiredService<ProngsaiDbContext>();
        var departments = await db.Departments.ToDictionaryAsync(d => d.Id, d => d.Name);
        var assets = await db.Set<Asset>().AsNoTracking().Where(a => a.RetiredAt == null).OrderBy(a => a.Code).ToListAsync();
        return assets.Select(a => string.Join(" | ", a.Code, a.Name, a.Category, a.Quantity, a.DepartmentId is { } d ? departments[d] : "-", a.Location,
            a.AcquiredOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            a.Value?.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), a.Lendable, a.Condition, a.Notes)).ToList();
    });
}
