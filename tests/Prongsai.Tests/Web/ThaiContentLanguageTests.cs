using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Tests.Web;

/// <summary>
/// An English page is <c>&lt;html lang="en"&gt;</c>, but what people typed is Thai: every Thai text of its body is
/// inside an element marked <c>lang="th"</c> (so a screen reader reads it with a Thai voice), and the English labels
/// around it are not.
/// </summary>
public sealed class ThaiContentLanguageTests
{
    private const string Name = "องค์การบริหารส่วนตำบลบางขาทดสอบภาษา";

    [Theory]
    [InlineData("<td>สำนักปลัด</td>", "<td lang=\"th\">สำนักปลัด</td>")]
    [InlineData("<a href=\"/x\" lang=\"th\">ภาษาไทย</a>", "<a href=\"/x\" lang=\"th\">ภาษาไทย</a>")]
    [InlineData("<p>Approved the domain for อบต. บางขา.</p>", "<p>Approved the domain for <span lang=\"th\">อบต. บางขา</span>.</p>")]
    [InlineData("<p>Delete <span class=\"v\">กองคลัง</span></p>", "<p>Delete <span class=\"v\" lang=\"th\">กองคลัง</span></p>")]
    [InlineData("<select><option value=\"1\">กองช่าง</option><option value=\"2\">None</option></select>",
        "<select><option value=\"1\" lang=\"th\">กองช่าง</option><option value=\"2\">None</option></select>")]
    [InlineData("<input name=\"n\" value=\"กองช่าง\"><br>", "<input name=\"n\" value=\"กองช่าง\" lang=\"th\"><br>")]
    [InlineData("<input name=\"n\" value=\"ไทย\" />", "<input name=\"n\" value=\"ไทย\" lang=\"th\" />")]
    [InlineData("<input name=\"n\" value=\"English\" />", "<input name=\"n\" value=\"English\" />")]
    [InlineData("<script>var a = \"ไทย\";</script><p>Only English</p>", "<script>var a = \"ไทย\";</script><p>Only English</p>")]
    [InlineData("<h2 title=\"x > y\">ITA ข้อ O1 &amp; ข้อ O2</h2>", "<h2 title=\"x > y\">ITA <span lang=\"th\">ข้อ</span> O1 &amp; <span lang=\"th\">ข้อ</span> O2</h2>")]
    [InlineData("<!-- ไทย --><p>English</p>", "<!-- ไทย --><p>English</p>")]
    public void Thai_text_is_marked_and_English_is_left_alone(string html, string expected) =>
        Assert.Equal(expected, ThaiContentMarks.Mark(html));

    [Theory, Providers]
    public async Task Public_pages_in_English_mark_the_organizations_Thai_content(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app, Name);
        var client = app.Client();

        foreach (var page in new[] { $"/{org.Slug}/", $"/{org.Slug}/about", $"/{org.Slug}/about/contact", $"/{org.Slug}/qa" })
        {
            var document = await EnglishPageAsync(client, page);
            AssertThaiMarked(document, page);
            Assert.Contains(document.QuerySelectorAll(".brand .place"), e => e.TextContent.Contains("บางขาทดสอบภาษา", StringComparison.Ordinal) && LangOf(e) == "th");
            foreach (var label in new[] { "Documents", "Privacy notice", "Skip to main content" })
            {
                var element = document.Body!.Descendants<IElement>().First(e => e.ChildNodes.Any(n => n.NodeType == NodeType.Text && n.TextContent.Trim() == label));
                Assert.Equal("en", LangOf(element));
            }
        }

        // In Thai, the page is Thai as a whole and nothing is marked again.
        var thai = await client.GetStringAsync($"/{org.Slug}/?lang=th-TH");
        Assert.Contains("<html lang=\"th\">", thai, StringComparison.Ordinal);
        Assert.DoesNotContain("<span lang=\"th\">", thai, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_staff_page_in_English_marks_the_departments_names_and_not_its_labels(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app, Name);
        var page = $"/staff/{org.Slug}/departments";

        foreach (var role in new[] { OrgRole.OrgAdmin, OrgRole.Executive })
        {
            var document = await EnglishPageAsync(await app.SignedInAsync(org[role]), page);
            AssertThaiMarked(document, page);
            Assert.Equal("Departments", document.QuerySelector("main h1")!.TextContent);
            Assert.Equal("en", LangOf(document.QuerySelector("main h1")!));
            Assert.All(document.QuerySelectorAll("main thead th"), th => Assert.Equal("en", LangOf(th)));
            if (role == OrgRole.OrgAdmin)
            {
                // The name is in the box where it can be changed.
                var box = document.QuerySelector($"#rename-{org.Departments[0].Id}")!;
                Assert.Equal("สำนักปลัด", box.GetAttribute("value"));
                Assert.Equal("th", LangOf(box));
                Assert.Equal("en", LangOf(document.QuerySelector($"label[for=rename-{org.Departments[0].Id}]")!));
            }
            else
            {
                Assert.Contains(document.QuerySelectorAll("main td"), td => td.TextContent == "สำนักปลัด" && LangOf(td) == "th");
            }
        }
    }

    private static async Task<IDocument> EnglishPageAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(page + "?lang=en-GB");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        return document;
    }

    /// <summary>Every text of the body that holds Thai letters is inside an element marked Thai.</summary>
    private static void AssertThaiMarked(IDocument document, string page)
    {
        var thai = document.Body!.Descendants<IText>()
            .Where(t => t.Data.Any(c => c is >= '\u0E00' and <= '\u0E7F'))
            .Where(t => t.ParentElement is { } parent && parent.Closest("script, style, svg") is null)
            .ToList();
        Assert.NotEmpty(thai);
        Assert.All(thai, t => Assert.True(LangOf(t.ParentElement!) == "th", $"{page}: \"{t.Data.Trim()}\" is read as {LangOf(t.ParentElement!)}"));
    }

    private static string? LangOf(IElement element) => element.Closest("[lang]")?.GetAttribute("lang");
}
