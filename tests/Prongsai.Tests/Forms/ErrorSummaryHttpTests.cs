using System.Net;
using System.Text.RegularExpressions;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Forms;

/// <summary>
/// The list at the top of a refused form (<c>&lt;error-summary&gt;</c>): each message the page also writes beside its
/// field links to that field — the input, select or textarea itself, so following it puts the focus there — in the
/// fields' order on the page; messages about the whole form stay plain text; every link leads to something on the page.
/// </summary>
public sealed partial class ErrorSummaryHttpTests
{
    [GeneratedRegex("<div class=\"(?:validation-summary-errors|alert error)\"[^>]* role=\"alert\"[^>]*>(?<body>.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    [GeneratedRegex("<li>(?:<a href=\"#(?<target>[^\"]+)\">)?(?<message>[^<]*)(?:</a>)?</li>")]
    private static partial Regex Line();

    [GeneratedRegex("<span id=\"(?<id>[^\"]+)\" class=\"field-error\">(?<message>[^<]*)</span>")]
    private static partial Regex FieldMessage();

    [GeneratedRegex("<(?:input|select|textarea)\\b(?<attributes>[^>]*)>")]
    private static partial Regex Field();

    /// <summary>The id of the message that the field of this id names (aria-describedby); null when no field has the id.</summary>
    internal static string? MessageOfField(string html, string fieldId) => Field().Matches(html)
        .Select(m => m.Groups["attributes"].Value)
        .Where(a => Regex.IsMatch(a, $"(?:^|\\s)id=\"{Regex.Escape(fieldId)}\""))
        .Select(a => Regex.Match(a, "aria-describedby=\"([^\"]*)\"").Groups[1].Value.Split(' ').LastOrDefault(id => id.EndsWith("-error", StringComparison.Ordinal)) ?? "")
        .FirstOrDefault();

    [Theory, Providers]
    public async Task A_satisfaction_form_sent_empty_lists_every_question_as_a_link_in_the_forms_order(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var page = $"/{org.Slug}/satisfaction";

        var response = await app.Client().PostFormAsync(page, page, []);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var summary = Assert.Single(Summary().Matches(html)).Groups["body"].Value;
        Assert.StartsWith("<p>กรุณาแก้ไขข้อมูลต่อไปนี้ แล้วกดส่งอีกครั้ง</p><ul>", summary, StringComparison.Ordinal);
        Assert.Contains("<title>ข้อผิดพลาด: ", html, StringComparison.Ordinal); // read first on arrival

        var lines = Lines(summary);
        var beside = FieldMessage().Matches(html).Select(m => (Target: m.Groups["id"].Value, Message: m.Groups["message"].Value)).ToList();
        Assert.True(beside.Count >= 3, $"only {beside.Count} messages beside fields");
        Assert.Equal(beside, lines.Select(l => (Target: MessageOfField(html, l.Target!) ?? $"(no field #{l.Target})", l.Message)));
    }

    [Theory, Providers]
    public async Task A_back_office_form_links_its_field_messages_and_leaves_the_others_plain(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/executives";

        var response = await admin.PostFormAsync(page, page + "?handler=Save",
            [new("Name", " "), new("Title", " "), new("Side", "Elected"), new("Phone", ""), new("SortOrder", "1")]);
        Assert.True((int)response.StatusCode is 409 or 422, $"{response.StatusCode}");
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var lines = Lines(Assert.Single(Summary().Matches(html)).Groups["body"].Value);
        Assert.True(lines.Count >= 2, string.Join(" | ", lines));
        Assert.All(lines, l => Assert.NotNull(l.Target));
        var beside = FieldMessage().Matches(html).Select(m => m.Groups["id"].Value).ToList();
        Assert.Equal(beside, lines.Select(l => MessageOfField(html, l.Target!) ?? $"(no field #{l.Target})"));

        // A message about the whole form has no field to go to: plain text, as the sign-in's wrong password.
        var signIn = await app.Client().PostFormAsync("/staff/signin", "/staff/signin",
            [new("Email", org[OrgRole.OrgAdmin].Email), new("Password", "not-the-password-1")]);
        var signInHtml = WebUtility.HtmlDecode(await signIn.Content.ReadAsStringAsync());
        var refusal = Assert.Single(Lines(Assert.Single(Summary().Matches(signInHtml)).Groups["body"].Value));
        Assert.Null(refusal.Target);
        Assert.NotEmpty(refusal.Message);
    }

    [Theory, Providers]
    public async Task A_form_that_was_not_refused_has_no_summary(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);

        foreach (var html in new[]
        {
            await app.Client().GetStringAsync($"/{org.Slug}/satisfaction"),
            await admin.GetStringAsync($"/staff/{org.Slug}/executives"),
            await app.Client().GetStringAsync("/staff/signin"),
        })
        {
            Assert.Empty(Summary().Matches(html));
            Assert.DoesNotContain("ข้อผิดพลาด", html, StringComparison.Ordinal);
            Assert.DoesNotContain("role=\"alert\"", html, StringComparison.Ordinal);
        }
    }

    [GeneratedRegex("^(?:<a href=\"#(?<target>[^\"]+)\">)?(?<message>[^<]*)(?:</a>)?$")]
    private static partial Regex LoneLine();

    /// <summary>The summary's lines: the items of its list, or its one message, written without a list.</summary>
    private static List<(string? Target, string Message)> Lines(string summary)
    {
        var matches = summary.Contains("<ul>", StringComparison.Ordinal) ? Line().Matches(summary).ToList() : [LoneLine().Match(summary)];
        Assert.All(matches, m => Assert.True(m.Success, summary));
        return matches.Select(m => (m.Groups["target"].Success ? m.Groups["target"].Value : null, m.Groups["message"].Value)).ToList();
    }
}
