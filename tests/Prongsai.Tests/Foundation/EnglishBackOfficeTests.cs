using System.Net;
using System.Text.RegularExpressions;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// A member reading the back office in English sees the app's own words in English: the dashboard (the first page a
/// member sees) with each card's heading, line of text and to-do and the member's roles, and the names of the document
/// categories the app gives every organization, and the kinds of things the trash keeps. In Thai they are Thai. Only
/// what members typed stays as typed.
/// </summary>
public sealed partial class EnglishBackOfficeTests
{
    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("[\u0E00-\u0E7F]+")]
    private static partial Regex ThaiLetters();

    [Theory, Providers]
    public async Task Every_card_speaks_the_pages_language(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);

        foreach (var role in new[] { OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead })
        {
            var client = await app.SignedInAsync(org[role]);

            var english = await TextAsync(client, $"/staff/{org.Slug}?lang=en-GB");
            var cards = CardsOf(english);
            Assert.True(cards.Length > 200, $"{role}: the dashboard shows its cards");
            Assert.DoesNotMatch(ThaiLetters(), cards);
            Assert.Contains(role.English(), english, StringComparison.Ordinal);
            Assert.DoesNotContain(role.ToString() + ",", english, StringComparison.Ordinal);

            var thai = await TextAsync(client, $"/staff/{org.Slug}?lang=th-TH");
            Assert.Contains(role.Thai(), thai, StringComparison.Ordinal);
            Assert.Matches(ThaiLetters(), CardsOf(thai));
        }

        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        Assert.Contains("Plan, record progress and evidence, and publish the report", await TextAsync(admin, $"/staff/{org.Slug}?lang=en-GB"), StringComparison.Ordinal);
        Assert.Contains("วางแผน บันทึกความก้าวหน้าและหลักฐาน และเผยแพร่รายงาน", await TextAsync(admin, $"/staff/{org.Slug}?lang=th-TH"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Document_categories_are_named_in_the_pages_language(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = await app.SignedInAsync(org[OrgRole.OrgAdmin]);

        foreach (var page in new[] { "documents", "documents/edit" })
        {
            var english = await TextAsync(client, $"/staff/{org.Slug}/{page}?lang=en-GB");
            Assert.Contains(">Annual operational plans<", english, StringComparison.Ordinal);
            Assert.DoesNotContain(">แผนดำเนินงานประจำปี<", english, StringComparison.Ordinal);

            var thai = await TextAsync(client, $"/staff/{org.Slug}/{page}?lang=th-TH");
            Assert.Contains(">แผนดำเนินงานประจำปี<", thai, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task The_trash_names_what_it_keeps_in_the_pages_language(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = await app.SignedInAsync(org[OrgRole.OrgAdmin]);

        var english = KeptLine(await TextAsync(client, $"/staff/{org.Slug}/trash?lang=en-GB"));
        Assert.StartsWith("The trash keeps: Measure · Step of a measure · ", english, StringComparison.Ordinal);
        Assert.Contains("Document", english, StringComparison.Ordinal);
        Assert.DoesNotMatch(ThaiLetters(), english.Replace("(สขร.1)", "", StringComparison.Ordinal));

        var thai = KeptLine(await TextAsync(client, $"/staff/{org.Slug}/trash?lang=th-TH"));
        Assert.StartsWith("ถังขยะเก็บ: มาตรการ · ขั้นตอนของมาตรการ · ", thai, StringComparison.Ordinal);
    }

    /// <summary>The line's text; on an English page its Thai words (สขร.1) are in spans marked Thai.</summary>
    private static string KeptLine(string html) =>
        Tag().Replace(Regex.Match(html, "<p>((?:The trash keeps|ถังขยะเก็บ):(?:[^<]|<span lang=\"th\">|</span>)*)</p>").Groups[1].Value, "");

    private static async Task<string> TextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static string CardsOf(string html)
    {
        var main = html[html.IndexOf("<ul class=\"cards\">", StringComparison.Ordinal)..];
        main = main[..main.IndexOf("</main>", StringComparison.Ordinal)];
        return Tag().Replace(main, " ");
    }
}
