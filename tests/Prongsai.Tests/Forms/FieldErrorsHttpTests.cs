using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Data;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Forms;

/// <summary>
/// A refused back-office form, sent through the real app: the answer is 4xx, each message stands beside its field
/// (written just before it), the field says it is invalid and names the message for a screen reader, what was typed
/// comes back, and on a page with one form per row only the form that was sent is marked.
/// </summary>
public sealed partial class FieldErrorsHttpTests
{
    [GeneratedRegex("<span id=\"(?<id>[^\"]+)\" class=\"field-error\">(?<message>[^<]*)</span>\\s*(?<field><(?:input|textarea|select)\\b[^>]*>)")]
    private static partial Regex MessageThenField();

    [Theory, Providers]
    public async Task A_department_name_refused_comes_back_in_the_form_that_sent_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/departments";
        var taken = org.Departments[0].Name;

        var added = await admin.PostFormAsync(page, page + "?handler=Add", [new("name", taken)]);
        var html = await RefusedAsync(added, HttpStatusCode.Conflict);
        var (message, field) = Single(html);
        Assert.Equal("มีส่วนราชการชื่อนี้อยู่แล้ว", message);
        Assert.Contains("id=\"new-name\"", field, StringComparison.Ordinal);
        Assert.Contains($"value=\"{taken}\"", field, StringComparison.Ordinal);

        // Renaming the second department to the first's name: the message and the typed name are on the second row.
        var second = org.Departments[1];
        var renamed = await admin.PostFormAsync(page, page + $"?handler=Rename&id={Id(second.Id)}", [new("name", taken)]);
        var (_, renameField) = Single(await RefusedAsync(renamed, HttpStatusCode.Conflict));
        Assert.Contains($"id=\"rename-{Id(second.Id)}\"", renameField, StringComparison.Ordinal);
        Assert.Contains($"value=\"{taken}\"", renameField, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task An_executive_refused_keeps_what_was_typed_and_leaves_the_other_executives_forms_alone(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/executives";
        KeyValuePair<string, string>[] Fields(string name, string title, string order) =>
            [new("Name", name), new("Title", title), new("Side", "Elected"), new("Phone", "0 2000 0000"), new("SortOrder", order)];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, page + "?handler=Save", Fields("นายหนึ่ง", "นายก", "1"))).StatusCode);

        var html = await RefusedAsync(await admin.PostFormAsync(page, page + "?handler=Save", Fields("", "รองนายก", "2")), HttpStatusCode.UnprocessableEntity);
        var (message, field) = Single(html);
        Assert.Equal("กรุณาระบุชื่อ-นามสกุล (ไม่เกิน 200 ตัวอักษร)", message);
        Assert.Contains("id=\"name-new\"", field, StringComparison.Ordinal);
        Assert.Contains("id=\"title-new\" name=\"Title\" type=\"text\" value=\"รองนายก\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"นายหนึ่ง\"", html, StringComparison.Ordinal); // the saved executive's own form, as saved

        // A mistyped order on the saved executive: beside that executive's order, as typed.
        var id = await ExecutiveIdAsync(app, org);
        var order = await RefusedAsync(await admin.PostFormAsync(page, page + $"?handler=Save&id={Id(id)}", Fields("นายหนึ่ง", "นายก", "หนึ่ง")), HttpStatusCode.UnprocessableEntity);
        var (orderMessage, orderField) = Single(order);
        Assert.Contains("ลำดับ", orderMessage, StringComparison.Ordinal);
        Assert.Contains($"id=\"order-{Id(id)}\"", orderField, StringComparison.Ordinal);
        Assert.Contains("value=\"หนึ่ง\"", orderField, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_page_title_too_long_is_told_beside_the_title_and_the_text_is_kept(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/pages/history";

        var html = await RefusedAsync(await admin.PostFormAsync(page, page, [new("title", new string('ก', 201)), new("body", "ประวัติของตำบล")]), HttpStatusCode.UnprocessableEntity);
        var (message, field) = Single(html);
        Assert.Equal("ชื่อหน้ายาวเกิน 200 ตัวอักษร", message);
        Assert.Contains("name=\"title\"", field, StringComparison.Ordinal);
        Assert.Contains("ประวัติของตำบล</textarea>", html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task An_ITA_link_refused_comes_back_as_typed_beside_its_address(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var index = $"/staff/{org.Slug}/ita";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(index, index + "?handler=Open", [new("catalog", "2567/lao")])).StatusCode);
        var itemUrl = $"/staff/{org.Slug}/ita/2567/items/{Id(await ItemIdAsync(app, org))}";

        var html = await RefusedAsync(
            await admin.PostFormAsync(itemUrl, itemUrl + "?handler=Link", [new("url", "www.bangkha.go.th/manual"), new("title", "คู่มือประชาชน")]),
            HttpStatusCode.UnprocessableEntity);
        var (message, field) = Single(html);
        Assert.Contains("http://", message, StringComparison.Ordinal);
        Assert.Contains("id=\"url\"", field, StringComparison.Ordinal);
        Assert.Contains("value=\"www.bangkha.go.th/manual\"", field, StringComparison.Ordinal);
        Assert.Contains("value=\"คู่มือประชาชน\"", html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_refused_answer_to_a_request_keeps_the_text_in_its_own_box(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        await citizen.PostFormAsync($"/{org.Slug}/qa", $"/{org.Slug}/qa",
        [
            new("Form.Subject", "ถามเรื่องถนน"), new("Form.Details", "ถนนหมู่ 3 ชำรุด"), new("Form.Anonymous", "true"),
            new("Form.AcceptsPrivacyNotice", "true"), new("Form.ConsentToPublish", "true"),
        ]);
        var id = await RequestIdAsync(app, org);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/requests/{Id(id)}";
        var tooLong = "ก" + new string(' ', 10) + new string('ข', RequestLimits.Message);

        var response = await admin.PostFormAsync(page, page + "/Message", [new("text", tooLong)]);
        var html = await RefusedAsync(response, null);
        var (_, field) = Single(html);
        Assert.Contains("id=\"message-text\"", field, StringComparison.Ordinal);
        Assert.Contains(tooLong + "</textarea>", html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_request_deadline_out_of_range_stays_as_typed_in_its_own_types_form(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/requests/settings";

        var html = await RefusedAsync(
            await admin.PostFormAsync(page, page + "?handler=Type", [new("kind", "Grievance"), new("handlingDepartmentId", ""), new("deadlineWorkingDays", "๒๐๐")]),
            HttpStatusCode.UnprocessableEntity);
        var (message, field) = Single(html);
        Assert.Equal("กำหนดเวลาต้องอยู่ระหว่าง 1 ถึง 120 วันทำการ", message);
        Assert.Contains("id=\"days-Grievance\"", field, StringComparison.Ordinal);
        Assert.Contains("value=\"๒๐๐\"", field, StringComparison.Ordinal);

        var rules = await RefusedAsync(await admin.PostFormAsync(page, page + "?handler=Rules", [new("title", "แนวปฏิบัติ"), new("body", " ")]), HttpStatusCode.UnprocessableEntity);
        var (rulesMessage, rulesField) = Single(rules);
        Assert.Equal("กรุณากรอกเนื้อหาแนวปฏิบัติ", rulesMessage);
        Assert.Contains("id=\"rules-body\"", rulesField, StringComparison.Ordinal);
        Assert.Contains("value=\"แนวปฏิบัติ\"", rules, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_complaint_refused_marks_the_field_and_keeps_the_rest_as_typed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var page = $"/{org.Slug}/complaints";

        var response = await app.Client().PostFormAsync(page, page,
            [new("Form.Subject", "ไฟถนนดับหน้าวัด"), new("Form.Details", " "), new("Form.Anonymous", "true"), new("Form.AcceptsPrivacyNotice", "true")]);
        var html = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity);
        var (message, field) = Single(html);
        Assert.Equal("กรุณากรอกรายละเอียด", message);
        Assert.Contains("aria-describedby=\"Details-hint Form_Details-error\"", field, StringComparison.Ordinal);
        Assert.Contains("value=\"ไฟถนนดับหน้าวัด\"", html, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_months_amount_that_is_not_money_is_told_beside_that_month(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var lineId = await BudgetLineAsync(app, org);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/budget/2567/line/{Id(lineId)}/months";
        var fields = Enumerable.Range(0, 12).SelectMany(i => new KeyValuePair<string, string>[] { new($"Planned[{Id(i)}]", ""), new($"Disbursed[{Id(i)}]", "") }).ToList();
        fields[2] = new("Planned[1]", "หนึ่งพัน");

        var html = await RefusedAsync(await admin.PostFormAsync(page, page, fields), HttpStatusCode.UnprocessableEntity);
        var (_, field) = Single(html);
        Assert.Contains("id=\"planned-1\"", field, StringComparison.Ordinal);
        Assert.Contains("value=\"หนึ่งพัน\"", field, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_operators_forms_tell_each_problem_beside_its_field(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (operatorClient, _) = await app.SignedInOperatorAsync();
        var organizations = "/staff/operator/organizations";

        var created = await operatorClient.PostFormAsync(organizations, organizations,
            [new("Slug", "Bad Slug!"), new("Name", "องค์การบริหารส่วนตำบลทดลอง"), new("Kind", "Sao"), new("Province", "ชลบุรี"), new("AdminEmail", ""), new("AdminName", "")]);
        var html = await RefusedAsync(created, HttpStatusCode.UnprocessableEntity);
        var beside = MessageThenField().Matches(html).ToDictionary(m => NameOf(m.Groups["field"].Value), m => m.Groups["message"].Value, StringComparer.Ordinal);
        Assert.Equal(["AdminEmail", "AdminName"], beside.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("value=\"องค์การบริหารส่วนตำบลทดลอง\"", html, StringComparison.Ordinal);

        var synonyms = "/staff/operator/synonyms";
        var refused = await RefusedAsync(await operatorClient.PostFormAsync(synonyms, synonyms + "?handler=Add", [new("Terms", "อบต.")]), HttpStatusCode.BadRequest);
        var (message, field) = Single(refused);
        Assert.Contains("อย่างน้อยสองคำ", message, StringComparison.Ordinal);
        Assert.Contains("id=\"new-terms\"", field, StringComparison.Ordinal);
        Assert.Contains("value=\"อบต.\"", field, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"new-terms-hint ", field, StringComparison.Ordinal); // after its hint
    }

    /// <summary>
    /// The answer to a refused form: the status expected (any 4xx when null), read as the person sees it, its summary's
    /// links checked to lead somewhere.
    /// </summary>
    private static async Task<string> RefusedAsync(HttpResponseMessage response, HttpStatusCode? expected)
    {
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        if (expected is { } status)
        {
            Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        }
        else
        {
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        }

        // The summary at the top links each field's message to the field; every link leads to a field that names its
        // message on the page.
        var summaries = Regex.Matches(html, "<div class=\"(?:validation-summary-errors|alert error)\"[^>]* role=\"alert\"[^>]*>(.*?)</div>", RegexOptions.Singleline);
        foreach (var target in summaries.SelectMany(s => Regex.Matches(s.Groups[1].Value, "<a href=\"#([^\"]+)\">")).Select(m => m.Groups[1].Value))
        {
            var message = ErrorSummaryHttpTests.MessageOfField(html, target);
            Assert.False(string.IsNullOrEmpty(message), $"the summary links to #{target}, which is no field naming a message");
            Assert.Contains($"<span id=\"{message}\" class=\"field-error\">", html, StringComparison.Ordinal);
        }

        return html;
    }

    /// <summary>
    /// The one message beside a field on the page, and that field's tag, checked to say it is invalid and to name the
    /// message; no other field on the page is marked.
    /// </summary>
    private static (string Message, string Field) Single(string html)
    {
        var match = Assert.Single(MessageThenField().Matches(html));
        var field = match.Groups["field"].Value;
        Assert.Contains("aria-invalid=\"true\"", field, StringComparison.Ordinal);
        var described = Regex.Match(field, "aria-describedby=\"([^\"]*)\"").Groups[1].Value.Split(' ');
        Assert.Contains(match.Groups["id"].Value, described);
        Assert.Equal(1, Regex.Count(html, "aria-invalid=\"true\""));
        return (match.Groups["message"].Value, field);
    }

    private static string NameOf(string field) => Regex.Match(field, "name=\"([^\"]*)\"").Groups[1].Value;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);


    private static async Task<int> BudgetLineAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var edit = scope.ServiceProvider.GetRequiredService<EditBudgetPlan>();
        var actor = StaffActor.System(organizationId: org.Id);
        Assert.True((await edit.CreatePlanAsync(actor, 2567, null)).Succeeded);
        var line = await edit.AddLineAsync(actor, 2567, new BudgetLineInput("ด้านบริหารทั่วไป", "แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุสำนักงาน", "สำนักปลัด", "50000"));
        return line.Value?.Id ?? throw new InvalidOperationException(line.Errors[0].Message);
    }

    private static async Task<int> ExecutiveIdAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        return await db.Executives.IgnoreQueryFilters().Where(e => e.OrganizationId == org.Id).Select(e => e.Id).SingleAsync();
    }

    private static async Task<int> ItemIdAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        return await db.Set<ItaChecklistItem>().IgnoreQueryFilters().Where(i => i.OrganizationId == org.Id && i.ItemKey == "service-manual").Select(i => i.Id).SingleAsync();
    }

    private static async Task<int> RequestIdAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        return await db.Set<TrackedRequest>().IgnoreQueryFilters().Where(r => r.OrganizationId == org.Id).Select(r => r.Id).SingleAsync();
    }
}
