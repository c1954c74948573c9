using System.Net;
using System.Text.RegularExpressions;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Forms;

/// <summary>
/// A public form's answer lands where it can be read: the form posts to <c>#outcome</c>, and the answer — the refusal's
/// summary at the top of the form, or the receipt, the thanks, "ส่งข้อความแล้ว" — holds that id, so the browser brings it
/// into view even without JavaScript; it is focusable by script (<c>tabindex="-1"</c>) and marked for forms.js to focus.
/// The window's title starts with what happened, refused or sent.
/// </summary>
public sealed partial class FormAnswerHttpTests
{
    [GeneratedRegex("<(?<tag>[a-z]+)(?<attributes>[^>]*\\bid=\"outcome\"[^>]*)>")]
    private static partial Regex Outcome();

    [GeneratedRegex("<form\\b[^>]*method=\"post\"[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex PostForm();

    /// <summary>Forms of the website whose answer is another page, with why.</summary>
    private static readonly Dictionary<string, string> AnsweredElsewhere = new(StringComparer.Ordinal)
    {
        ["Pages/Public/Requests/_TrackForm.cshtml"] = "a right code goes on to its status page (303); a wrong one comes back with this form at the top",
    };

    [Fact]
    public void Every_public_form_posts_to_its_answer_and_keeps_its_antiforgery_token()
    {
        var web = Path.Combine(PermissionsDocumentTests.RepositoryRoot(), "src", "Prongsai.Web");
        var forms = Directory.EnumerateFiles(Path.Combine(web, "Pages", "Public"), "*.cshtml", SearchOption.AllDirectories)
            .SelectMany(path => PostForm().Matches(File.ReadAllText(path))
                .Select(m => (View: Path.GetRelativePath(web, path).Replace(Path.DirectorySeparatorChar, '/'), Tag: m.Value)))
            .Where(f => !AnsweredElsewhere.ContainsKey(f.View))
            .ToList();

        Assert.True(forms.Count >= 8, $"only {forms.Count} public POST forms found");
        Assert.All(forms, f => Assert.True(
            f.Tag.Contains("action=\"#outcome\" asp-antiforgery=\"true\"", StringComparison.Ordinal) || f.Tag.Contains("asp-fragment=\"outcome\"", StringComparison.Ordinal),
            $"{f.View}: {f.Tag} — post to action=\"#outcome\" asp-antiforgery=\"true\" (an action of its own drops the token otherwise), or asp-fragment=\"outcome\""));
    }

    [Theory, Providers]
    public async Task A_refused_or_sent_question_and_message_answer_at_the_outcome_with_the_title_saying_so(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var citizen = app.Client();
        var qa = $"/{org.Slug}/qa";

        Assert.Contains("<form method=\"post\" action=\"#outcome\" class=\"stacked\"", await citizen.GetStringAsync(qa), StringComparison.Ordinal);
        var refused = await Answer(await citizen.PostFormAsync(qa, qa, [new("Form.Subject", "")]), null);
        AssertOutcome(refused, "div", "role=\"alert\"");
        Assert.Contains("<title>ข้อผิดพลาด: ", refused, StringComparison.Ordinal);

        var sent = await Answer(await citizen.PostFormAsync(qa, qa,
            [new("Form.Subject", "ขอทราบวันเก็บขยะ"), new("Form.Details", "รถเก็บขยะมาวันไหน"), new("Form.Anonymous", "true"), new("Form.AcceptsPrivacyNotice", "true")]),
            HttpStatusCode.OK);
        AssertOutcome(sent, "section", "class=\"receipt\"");
        Assert.Contains("<title>ส่งคำถามแล้ว: ", sent, StringComparison.Ordinal);
        Assert.Contains("/js/forms.js", sent, StringComparison.Ordinal); // no form is left on the page, the focus still moves
        var status = $"/{org.Slug}/track/{ReceiptHtml.TrackingCodeOf(sent)}";

        var page = await citizen.GetStringAsync(status);
        Assert.DoesNotContain("id=\"outcome\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<title>ส่ง", page, StringComparison.Ordinal);
        var empty = await Answer(await citizen.PostFormAsync(status, status, [new("text", " ")]), null);
        AssertOutcome(empty, "div", "role=\"alert\"");
        Assert.Contains("<title>ข้อผิดพลาด: ", empty, StringComparison.Ordinal);

        var message = await Answer(await citizen.PostFormAsync(status, status, [new("text", "ขอบคุณครับ")]), HttpStatusCode.OK);
        AssertOutcome(message, "p", "role=\"status\"");
        Assert.Contains(">ส่งข้อความแล้ว</p>", message, StringComparison.Ordinal);
        Assert.Contains("<title>ส่งข้อความแล้ว: ", message, StringComparison.Ordinal);
    }

    private static async Task<string> Answer(HttpResponseMessage response, HttpStatusCode? expected)
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

        return html;
    }

    /// <summary>One element holds the id the form posts to: the expected one, focusable by script and marked for forms.js.</summary>
    private static void AssertOutcome(string html, string tag, string attribute)
    {
        var outcome = Assert.Single(Outcome().Matches(html));
        Assert.Equal(tag, outcome.Groups["tag"].Value);
        var attributes = outcome.Groups["attributes"].Value;
        Assert.Contains(attribute, attributes, StringComparison.Ordinal);
        Assert.Contains("tabindex=\"-1\"", attributes, StringComparison.Ordinal);
        Assert.Contains("data-focus-on-load", attributes, StringComparison.Ordinal);
    }
}
