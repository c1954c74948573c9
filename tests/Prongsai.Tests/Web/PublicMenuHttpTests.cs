using System.Net;
using System.Text.RegularExpressions;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Web;

/// <summary>
/// The website's menu marks the page being shown (<c>aria-current="page"</c>), as the staff menu does: one entry at
/// most, the longest whose address starts the page's; the home page only on its own address; news by its category.
/// </summary>
public sealed partial class PublicMenuHttpTests
{
    [GeneratedRegex("<nav class=\"public-nav\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Menu();

    [GeneratedRegex("<a href=\"(?<href>[^\"]+)\" aria-current=\"page\">")]
    private static partial Regex Current();

    [Theory, Providers]
    public async Task The_menu_marks_the_page_being_shown(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        var s = org.Slug;

        foreach (var (page, current) in new (string Page, string? Current)[]
        {
            ($"/{s}/", $"/{s}/"),
            ($"/{s}/qa", $"/{s}/qa"),
            ($"/{s}/documents", $"/{s}/documents"),
            ($"/{s}/documents?category=news", $"/{s}/documents?category=news"),
            ($"/{s}/about", $"/{s}/about"),
            ($"/{s}/about/contact", $"/{s}/about/contact"),
            ($"/{s}/about/executives", $"/{s}/about"),
            ($"/{s}/policies/privacy", null),
        })
        {
            // Read whatever the answer (a test organization has no news category: the list answers 400, menu and all).
            using var response = await client.GetAsync(page);
            var menu = Menu().Match(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
            Assert.True(menu.Success, $"{page}: {(int)response.StatusCode}, no menu");
            var marked = Current().Matches(menu.Value).Select(m => m.Groups["href"].Value).ToList();
            Assert.True(marked.SequenceEqual(current is null ? [] : [current]), $"{page}: marked {string.Join(", ", marked)}, expected {current ?? "none"}");
        }
    }
}
