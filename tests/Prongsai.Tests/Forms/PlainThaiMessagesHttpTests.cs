using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Consultations;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Forms;

/// <summary>
/// What people read when something is refused is plain Thai on a Thai page (Identity's password rules, the API's
/// problems), each form error stands beside its field and the field names it, and a choice sent altered is refused
/// rather than saved as none.
/// </summary>
public sealed partial class PlainThaiMessagesHttpTests
{
    /// <summary>An English word: three Latin letters in a row ("Passwords must", "Invalid input", "Needs a digit").</summary>
    [GeneratedRegex("[A-Za-z]{3,}")]
    private static partial Regex EnglishWord();

    [GeneratedRegex("<span id=\"([A-Za-z0-9_-]+)-error\" class=\"field-error\">([^<]+)</span>")]
    private static partial Regex FieldError();

    [Fact]
    public void Every_Identity_message_is_Thai_only()
    {
        var describer = new ThaiIdentityErrors();
        var methods = typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError)).ToList();
        Assert.NotEmpty(methods);
        foreach (var method in methods)
        {
            Assert.True(describer.GetType().GetMethod(method.Name, method.GetParameters().Select(p => p.ParameterType).ToArray())!.DeclaringType == typeof(ThaiIdentityErrors),
                $"{method.Name} is Identity's English");
            var arguments = method.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)12 : "someone@example.go.th").ToArray();
            var error = (IdentityError)method.Invoke(describer, arguments)!;
            Assert.Matches("[ก-๙]", error.Description);
            Assert.DoesNotMatch(EnglishWord(), error.Description);
        }
    }

    [Theory, Providers]
    public async Task A_weak_new_password_is_refused_with_Thai_rules_beside_the_field(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var member = org[OrgRole.DepartmentStaff];
        var client = await app.SignedInAsync(member);

        var response = await client.PostFormAsync("/staff/account/password", "/staff/account/password",
            [new("Current", member.Password), new("New", "abc"), new("Repeat", "abc")]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var beside = Errors(html)["New"];
        Assert.Contains("รหัสผ่านต้องยาวอย่างน้อย 12 ตัวอักษร", beside, StringComparison.Ordinal);
        Assert.Contains("รหัสผ่านต้องมีตัวเลขอย่างน้อย 1 ตัว", beside, StringComparison.Ordinal);
        Assert.DoesNotMatch(EnglishWord(), beside);
        Assert.DoesNotContain("Passwords must", html, StringComparison.Ordinal);
        Assert.Matches("<input id=\"new\"[^>]*aria-describedby=\"new-hint New-error\"[^>]*aria-invalid=\"true\"", html);

        // Nothing changed: the old password still signs in.
        await app.SignedInAsync(member);

        // Typed differently the second time: said beside the second field, and nothing changes either.
        var differing = await client.PostFormAsync("/staff/account/password", "/staff/account/password",
            [new("Current", member.Password), new("New", "Strong-Pass-2569xy"), new("Repeat", "Strong-Pass-2569yx")]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, differing.StatusCode);
        Assert.Contains("ไม่ตรงกัน", Errors(WebUtility.HtmlDecode(await differing.Content.ReadAsStringAsync()))["Repeat"], StringComparison.Ordinal);
        await app.SignedInAsync(member);
    }

    [Theory, Providers]
    public async Task The_document_form_shows_a_title_error_beside_the_title(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var category = await PublishingFixture.CategoryAsync(app, org);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var page = $"/staff/{org.Slug}/documents/edit";

        var response = await clerk.PostFormAsync(page, page + "?handler=Save",
        [
            new("Input.Title", ""), new("Input.CategoryId", category.ToString(CultureInfo.InvariantCulture)),
            new("Input.DepartmentId", org.Departments[0].Id.ToString(CultureInfo.InvariantCulture)), new("Input.Body", "เนื้อหา"),
        ]);

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("กรุณาระบุชื่อเอกสาร", Errors(html)["Input_Title"], StringComparison.Ordinal);
        Assert.Matches("<input id=\"title\"[^>]*aria-invalid=\"true\" aria-describedby=\"Input_Title-error\"", html);
        Assert.DoesNotMatch("<select id=\"category\"[^>]*aria-invalid", html);
    }

    [Theory, Providers]
    public async Task A_tampered_department_id_is_refused_and_nothing_is_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/consultations/new";
        KeyValuePair<string, string>[] Fields(string department) =>
        [
            new("Input.Title", "ร่างแผนพัฒนาท้องถิ่น"), new("Input.Description", "ขอความเห็นต่อร่างแผน"), new("Input.DepartmentId", department),
            new("Input.OpensOn", "1/12/2569"), new("Input.ClosesOn", "31/12/2569"),
        ];

        var tampered = await admin.PostFormAsync(page, page, Fields("abc"));

        var html = WebUtility.HtmlDecode(await tampered.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Contains("ตัวเลือกที่ส่งมาใช้ไม่ได้", html, StringComparison.Ordinal);
        Assert.Equal(0, await ConsultationsAsync(app, org));

        // The same form with the department as the page offers it is saved.
        var saved = await admin.PostFormAsync(page, page, Fields(org.Departments[0].Id.ToString(CultureInfo.InvariantCulture)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(1, await ConsultationsAsync(app, org));
    }

    [Theory, Providers]
    public async Task An_API_validation_problem_is_in_Thai(DbProvider provider)
    {
        var client = Apps.For(provider).Client();

        var response = await client.GetAsync("/api/v1/search?q=ถนน&page=x");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var title = problem.RootElement.GetProperty("title").GetString()!;
        var message = problem.RootElement.GetProperty("errors").GetProperty("page")[0].GetString()!;
        Assert.Equal("ข้อมูลไม่ถูกต้อง", title);
        Assert.Equal("เลขหน้าต้องเป็นตัวเลข 1 ถึง 1000", message);

        // English only when asked for.
        var inEnglish = await client.GetAsync("/api/v1/search?q=road&page=x&lang=en-GB");
        using var english = JsonDocument.Parse(await inEnglish.Content.ReadAsStringAsync());
        Assert.Equal("Invalid input", english.RootElement.GetProperty("title").GetString());
    }

    /// <summary>The errors shown beside fields, by the id of the message ("new", "Input_Title", …).</summary>
    private static Dictionary<string, string> Errors(string html) =>
        FieldError().Matches(html).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    private static async Task<int> ConsultationsAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<Prongsai.Core.Tenancy.CurrentOrganization>().Set(org.Id, org.Slug);
        return await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<Consultation>().CountAsync();
    }
}
