using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Forms;

/// <summary>
/// The forms that used to write their messages by hand — sign-in, imports, confirmations with a reason, the shared date
/// field, groups of radio buttons — now tell them with &lt;field-error&gt;, the same way as every other form.
/// </summary>
public sealed partial class FieldErrorsHttpTests
{
    [Theory, Providers]
    public async Task The_sign_in_form_tells_a_missing_password_beside_it_and_keeps_the_email(DbProvider provider)
    {
        var app = Apps.For(provider);
        var response = await app.Client().PostFormAsync("/staff/signin", "/staff/signin", [new("Email", "clerk@bangkha.test"), new("Password", "")]);

        var html = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity);
        var (message, field) = Single(html);
        Assert.Equal("กรุณากรอกรหัสผ่าน", message);
        Assert.Contains("name=\"Password\"", field, StringComparison.Ordinal);
        Assert.Contains("value=\"clerk@bangkha.test\"", InputNamed(html, "Email"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_budget_file_that_is_not_a_plan_is_told_beside_the_file_box_and_the_year_is_kept(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var import = $"/staff/{org.Slug}/budget/import";

        using var form = new MultipartFormDataContent
        {
            { new StringContent(await admin.AntiforgeryTokenAsync(import)), "__RequestVerificationToken" },
            { new StringContent("2568"), "FiscalYear" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("ชื่อ,จำนวน\nกระดาษ,1\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", "แผน.csv");

        // The use case calls the file "file"; the form posts it as "Upload", and the message stands there.
        var html = await RefusedAsync(await admin.PostAsync(import + "?handler=Preview", form), HttpStatusCode.UnprocessableEntity);
        var (message, field) = Single(html);
        Assert.Contains("ไม่พบแถวหัวตาราง", message, StringComparison.Ordinal);
        Assert.Contains("name=\"Upload\"", field, StringComparison.Ordinal);
        Assert.Contains("value=\"2568\"", InputNamed(html, "FiscalYear"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_reason_too_long_to_close_an_account_comes_back_as_typed_beside_its_box(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var closeUrl = $"/staff/{org.Slug}/staff/{org[OrgRole.DepartmentStaff].Id}/close";
        var reason = "ย้ายไปสังกัดอื่น" + new string('ก', 500);

        var html = await RefusedAsync(await admin.PostFormAsync(closeUrl, closeUrl, [new("Reason", reason)]), HttpStatusCode.UnprocessableEntity);
        var (message, field) = Single(html);
        Assert.Equal("เหตุผลยาวได้ไม่เกิน 500 ตัวอักษร", message);
        Assert.Contains("id=\"reason\"", field, StringComparison.Ordinal);
        Assert.Contains($"value=\"{reason}\"", field, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_mistyped_date_is_told_beside_the_date_after_its_hint_and_stays_as_typed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var budget = $"/staff/{org.Slug}/budget";

        // The use case calls the date "allocatedOn"; the form posts it as "AllocatedOn", and the message stands there.
        var html = await RefusedAsync(
            await admin.PostFormAsync(budget, budget, [new("FiscalYear", "2568"), new("AllocatedOn", "31/02/2568"), new("PlanningPeriod", "Month")]),
            HttpStatusCode.UnprocessableEntity);
        var (message, field) = Single(html);
        Assert.Contains("วันที่ 31 ไม่มีในเดือนกุมภาพันธ์ 2568", message, StringComparison.Ordinal);
        Assert.Contains("id=\"allocatedOn\"", field, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"allocatedOn-hint AllocatedOn-error\"", field, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2568\"", field, StringComparison.Ordinal);
        Assert.Contains("value=\"2568\"", InputNamed(html, "FiscalYear"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_score_left_out_marks_every_radio_button_of_its_group_and_no_other(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var page = $"/{org.Slug}/satisfaction";

        var response = await app.Client().PostFormAsync(page, page,
            [new("Form.Process", "4"), new("Form.Facilities", "3"), new("Form.Quality", "5"), new("Form.Suggestion", "ขอบคุณครับ")]);
        var html = await RefusedAsync(response, HttpStatusCode.UnprocessableEntity);

        var message = Assert.Single(Regex.Matches(html, "<span id=\"Form_Staff-error\" class=\"field-error\">([^<]*)</span>\\s*<label><input type=\"radio\" name=\"Form.Staff\""));
        Assert.Contains("กรุณาให้คะแนน", message.Groups[1].Value, StringComparison.Ordinal);
        var marked = Regex.Matches(html, "<input [^>]*aria-invalid=\"true\"[^>]*>").Select(m => m.Value).ToList();
        Assert.Equal(5, marked.Count);
        Assert.All(marked, radio =>
        {
            Assert.Contains("name=\"Form.Staff\"", radio, StringComparison.Ordinal);
            Assert.Contains("aria-describedby=\"Form_Staff-error\"", radio, StringComparison.Ordinal);
        });
        Assert.Contains("name=\"Form.Process\" value=\"4\" checked=\"checked\"", html, StringComparison.Ordinal);
        Assert.Contains("ขอบคุณครับ</textarea>", html, StringComparison.Ordinal);
    }

    /// <summary>The tag of the input named <paramref name="name"/>.</summary>
    private static string InputNamed(string html, string name) =>
        Assert.Single(Regex.Matches(html, $"<input [^>]*name=\"{Regex.Escape(name)}\"[^>]*>")).Value;
}
