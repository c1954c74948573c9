using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Data;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Forms;

/// <summary>
/// Bad input on the back-office forms, sent through the real app as a signed-in clerk would type it: Thai digits are
/// read, a year in ค.ศ. is refused with the พ.ศ. it probably meant, anything else comes back 4xx with the Thai message
/// beside its field and the text as typed — every problem of the form at once — and nothing is saved. No English
/// model-binding text reaches a Thai page.
/// </summary>
public sealed partial class StaffFormInputHttpTests
{
    /// <summary>What ASP.NET Core (or an earlier gloss) writes when a message is not given in Thai.</summary>
    private static readonly string[] EnglishMessages =
        ["(invalid value)", "is not valid", "is invalid", "must be a number", "(required)", "not an accepted file type", "empty file", "file larger"];

    [GeneratedRegex("<span id=\"([A-Za-z0-9_-]+)-error\" class=\"field-error\">([^<]+)</span>")]
    private static partial Regex FieldError();

    [Theory, Providers]
    public async Task A_fiscal_year_in_Thai_digits_is_saved_as_that_year(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var category = await PublishingFixture.CategoryAsync(app, org);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);

        var saved = await SaveDocumentAsync(clerk, org, DocumentFields(org, category, "ประกาศปีงบ ๗๐", "๒๕๗๐"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(2570, (await DocumentsAsync(app, org)).Single().FiscalYear);
    }

    [Theory, Providers]
    public async Task A_fiscal_year_that_cannot_be_read_comes_back_as_typed_with_every_other_problem_and_nothing_is_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var category = await PublishingFixture.CategoryAsync(app, org);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);

        // No title and a year in words: both are told at once.
        var response = await SaveDocumentAsync(clerk, org, DocumentFields(org, category, "", "สองห้าเจ็ดศูนย์"));
        var html = await RefusedAsync(response);
        Assert.Contains("อ่านปีงบประมาณ \"สองห้าเจ็ดศูนย์\" ไม่ได้", Errors(html)["Input_FiscalYear"], StringComparison.Ordinal);
        Assert.Contains("value=\"สองห้าเจ็ดศูนย์\"", html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"fy\"[^>]*aria-describedby=\"fy-hint Input_FiscalYear-error\" aria-invalid=\"true\"", html);
        Assert.Contains("กรุณาระบุชื่อเอกสาร", html, StringComparison.Ordinal);

        // A year in ค.ศ. is refused, naming the พ.ศ. it probably was.
        var ce = await RefusedAsync(await SaveDocumentAsync(clerk, org, DocumentFields(org, category, "ประกาศ", "2026")));
        Assert.Contains("ปี 2026 ดูเหมือนเป็น ค.ศ. กรุณากรอกปีงบประมาณเป็น พ.ศ. (เช่น 2569)", Errors(ce)["Input_FiscalYear"], StringComparison.Ordinal);
        Assert.Contains("value=\"2026\"", ce, StringComparison.Ordinal);
        Assert.Empty(await DocumentsAsync(app, org));

        // Editing: a mistyped year leaves the stored one as it was.
        var created = await SaveDocumentAsync(clerk, org, DocumentFields(org, category, "ประกาศ", "2568"));
        var id = (await DocumentsAsync(app, org)).Single().Id;
        var editUrl = created.Headers.Location!.OriginalString;
        var edited = await clerk.PostFormAsync(editUrl, editUrl + "?handler=Save", DocumentFields(org, category, "ประกาศ (แก้ไข)", "25๖x"));
        Assert.Contains("value=\"25๖x\"", await RefusedAsync(edited), StringComparison.Ordinal);
        var kept = (await DocumentsAsync(app, org)).Single(d => d.Id == id);
        Assert.Equal(((int?)2568, "ประกาศ"), (kept.FiscalYear, kept.Title));
    }

    [Theory, Providers]
    public async Task The_asset_form_shows_every_field_error_at_once_as_typed_and_saves_nothing(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var keeper = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var url = $"/staff/{org.Slug}/assets/new";

        var html = await RefusedAsync(await keeper.PostFormAsync(url, url, AssetFields(
            ("Input.Code", ""), ("Input.Name", " "), ("Input.Quantity", "สิบ"), ("Input.Value", "หนึ่งหมื่น"),
            ("Input.AcquiredOn", "31/02/2569"), ("Input.DepartmentId", "abc"))));

        var errors = Errors(html);
        Assert.Contains("กรุณากรอกเลขรหัสครุภัณฑ์", errors["Input_Code"], StringComparison.Ordinal);
        Assert.Contains("กรุณากรอกชื่อทรัพย์สิน", errors["Input_Name"], StringComparison.Ordinal);
        Assert.Contains("กรุณากรอกจำนวนเป็นตัวเลข", errors["Input_Quantity"], StringComparison.Ordinal);
        Assert.Contains("อ่านจำนวนเงินไม่ได้", errors["Input_Value"], StringComparison.Ordinal);
        Assert.Contains("วันที่ 31 ไม่มีในเดือนกุมภาพันธ์ 2569", errors["Input_AcquiredOn"], StringComparison.Ordinal);
        Assert.Contains("\"abc\" ใช้ในช่องนี้ไม่ได้", errors["Input_DepartmentId"], StringComparison.Ordinal);
        foreach (var typed in new[] { "value=\"สิบ\"", "value=\"หนึ่งหมื่น\"", "value=\"31/02/2569\"" })
        {
            Assert.Contains(typed, html, StringComparison.Ordinal);
        }

        // A price that cannot be read, on an otherwise good form: refused, not saved without its price.
        Assert.Contains("value=\"12,5OO\"", await RefusedAsync(await keeper.PostFormAsync(url, url, AssetFields(("Input.Value", "12,5OO")))),
            StringComparison.Ordinal);
        Assert.Equal(0, await AsOrgAsync(app, org, db => db.Set<Asset>().CountAsync()));

        // Thai digits are numbers.
        Assert.Equal(HttpStatusCode.Redirect, (await keeper.PostFormAsync(url, url, AssetFields(("Input.Quantity", "๑๒"), ("Input.Value", "๑๒,๕๐๐.๕๐")))).StatusCode);
        var asset = await AsOrgAsync(app, org, db => db.Set<Asset>().SingleAsync());
        Assert.Equal((12, (decimal?)12_500.50m), (asset.Quantity, asset.Value));
    }

    [Theory, Providers]
    public async Task An_upload_refusal_on_a_Thai_page_is_in_Thai_only(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var category = await PublishingFixture.CategoryAsync(app, org);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var token = await clerk.AntiforgeryTokenAsync($"/staff/{org.Slug}/documents/edit");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("คู่มือ"), "Input.Title" },
            { new StringContent(category.ToString(CultureInfo.InvariantCulture)), "Input.CategoryId" },
            { new StringContent(org.Departments[0].Id.ToString(CultureInfo.InvariantCulture)), "Input.DepartmentId" },
            { new ByteArrayContent([0x4D, 0x5A, 0x90, 0x00, .. new byte[64]]), "files", "setup.pdf" },
            { new ByteArrayContent([]), "files", "empty.pdf" },
        };

        var html = await RefusedAsync(await clerk.PostAsync($"/staff/{org.Slug}/documents/edit?handler=Save", form));
        Assert.Contains("ไฟล์ \"setup.pdf\" ไม่ใช่ PDF, Word, Excel หรือรูปภาพ", html, StringComparison.Ordinal);
        Assert.Contains("ไฟล์ \"empty.pdf\" ว่างเปล่า", Errors(html)["files"], StringComparison.Ordinal);
        Assert.Matches("<input id=\"files\"[^>]*aria-describedby=\"files-hint files-error\" aria-invalid=\"true\"", html);
        Assert.Empty(await DocumentsAsync(app, org));
    }

    [Theory, Providers]
    public async Task Plan_years_take_Thai_digits_and_refuse_a_year_in_CE(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var budget = $"/staff/{org.Slug}/budget";

        var ce = await RefusedAsync(await admin.PostFormAsync(budget, budget, [new("FiscalYear", "2027"), new("AllocatedOn", "")]));
        Assert.Contains("ปี 2027 ดูเหมือนเป็น ค.ศ.", ce, StringComparison.Ordinal);
        Assert.Contains("value=\"2027\"", ce, StringComparison.Ordinal);

        var created = await admin.PostFormAsync(budget, budget, [new("FiscalYear", "๒๕๗๐"), new("AllocatedOn", "")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/staff/{org.Slug}/budget/2570", created.Headers.Location?.OriginalString);

        var measures = $"/staff/{org.Slug}/measures";
        var typo = await RefusedAsync(await admin.PostFormAsync(measures, measures + "?handler=Create", [new("FiscalYear", "๒๕๗o")]));
        Assert.Contains("value=\"๒๕๗o\"", typo, StringComparison.Ordinal);
        Assert.Contains("อ่านปีงบประมาณ", typo, StringComparison.Ordinal);
        var plan = await admin.PostFormAsync(measures, measures + "?handler=Create", [new("FiscalYear", "๒๕๗๐")]);
        Assert.Equal(HttpStatusCode.Redirect, plan.StatusCode);
        Assert.Equal($"/staff/{org.Slug}/measures/2570", plan.Headers.Location?.OriginalString);
    }

    [Theory, Providers]
    public async Task The_ITA_due_date_is_typed_in_BE_and_a_mistyped_one_keeps_the_date_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var index = $"/staff/{org.Slug}/ita";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(index, index + "?handler=Open", [new("catalog", "2567/lao")])).StatusCode);
        var checklist = $"{index}/2567";

        var saved = await admin.PostFormAsync(checklist, checklist + "?handler=DueDate", [new("dueOn", "๓๐/๙/๒๕๖๗")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(new DateOnly(2024, 9, 30), await DueOnAsync(app, org));
        Assert.Contains("value=\"30/09/2567\"", WebUtility.HtmlDecode(await admin.GetStringAsync(checklist)), StringComparison.Ordinal);

        var html = await RefusedAsync(await admin.PostFormAsync(checklist, checklist + "?handler=DueDate", [new("dueOn", "2024-10-31")]));
        Assert.Contains("value=\"2024-10-31\"", html, StringComparison.Ordinal);
        Assert.True(Errors(html).ContainsKey("dueOn"), "no error beside the due date");
        Assert.Equal(new DateOnly(2024, 9, 30), await DueOnAsync(app, org));
    }

    [Theory, Providers]
    public async Task An_executives_order_takes_Thai_digits_and_a_mistyped_one_is_not_saved_as_the_top(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/executives";
        KeyValuePair<string, string>[] Fields(string name, string order) =>
            [new("Name", name), new("Title", "รองนายก"), new("Side", "Elected"), new("Phone", ""), new("SortOrder", order)];

        var html = await RefusedAsync(await admin.PostFormAsync(page, page + "?handler=Save", Fields("นายสาม", "สาม")));
        Assert.Contains("กรุณากรอกลำดับเป็นตัวเลข", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, page + "?handler=Save", Fields("นายสาม", "๓"))).StatusCode);
        var orders = await AsOrgAsync(app, org, db => db.Executives.Select(e => e.SortOrder).ToListAsync());
        Assert.Equal([3], orders);
    }

    /// <summary>The answer to a refused form: 4xx (never 5xx), read as the person sees it, with no English binding text.</summary>
    private static async Task<string> RefusedAsync(HttpResponseMessage response)
    {
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        foreach (var english in EnglishMessages)
        {
            Assert.DoesNotContain(english, html, StringComparison.OrdinalIgnoreCase);
        }

        return html;
    }

    /// <summary>The errors shown beside fields, by the id of the message less "-error" ("Input_FiscalYear", "Input_AcquiredOn", …).</summary>
    private static Dictionary<string, string> Errors(string html) =>
        FieldError().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    private static KeyValuePair<string, string>[] DocumentFields(TestOrg org, int category, string title, string fiscalYear) =>
    [
        new("Input.Title", title), new("Input.CategoryId", category.ToString(CultureInfo.InvariantCulture)),
        new("Input.DepartmentId", org.Departments[0].Id.ToString(CultureInfo.InvariantCulture)), new("Input.FiscalYear", fiscalYear),
        new("Input.Body", "เนื้อหา"),
    ];

    private static Task<HttpResponseMessage> SaveDocumentAsync(HttpClient client, TestOrg org, KeyValuePair<string, string>[] fields) =>
        client.PostFormAsync($"/staff/{org.Slug}/documents/edit", $"/staff/{org.Slug}/documents/edit?handler=Save", fields);

    /// <summary>A good article, with <paramref name="changes"/> over its fields.</summary>
    private static IEnumerable<KeyValuePair<string, string>> AssetFields(params (string Key, string Value)[] changes)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Input.Code"] = "416-66-" + Guid.NewGuid().ToString("N")[..4], ["Input.Name"] = "เก้าอี้พลาสติก", ["Input.Quantity"] = "10",
            ["Input.AcquiredOn"] = "1/3/2566", ["Input.Value"] = "12500", ["Input.Condition"] = nameof(AssetCondition.Good),
        };
        foreach (var (key, value) in changes)
        {
            fields[key] = value;
        }

        return fields;
    }

    private static Task<List<Document>> DocumentsAsync(ProngsaiApp app, TestOrg org) =>
        AsOrgAsync(app, org, db => db.Documents.ToListAsync());

    private static Task<DateOnly?> DueOnAsync(ProngsaiApp app, TestOrg org) =>
        AsOrgAsync(app, org, db => db.Set<ItaChecklist>().Where(c => c.FiscalYear == 2567).Select(c => c.DueOn).SingleAsync());

    private static async Task<T> AsOrgAsync<T>(ProngsaiApp app, TestOrg org, Func<ProngsaiDbContext, Task<T>> read)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<Prongsai.Core.Tenancy.CurrentOrganization>().Set(org.Id, org.Slug);
        return await read(scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>());
    }
}
