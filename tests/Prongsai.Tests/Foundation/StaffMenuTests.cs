using System.Text.RegularExpressions;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// The back office's menu marks the page being shown (aria-current, for screen readers and in bold): the longest entry
/// whose address starts the page's, and the dashboard on its own address only.
/// </summary>
public sealed partial class StaffMenuTests
{
    [Theory, Providers]
    public async Task The_menu_marks_the_entry_of_the_page_being_shown(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        foreach (var (path, entry) in new[]
        {
            ("", "ภาพรวม"),
            ("/requests", "ถาม-ตอบและเรื่องร้องเรียน"),
            ("/requests/settings", "ตั้งค่าเรื่องร้องเรียน"),
            ("/posters", "ป้ายคิวอาร์โค้ด"),
            ("/satisfaction/2568", "ความพึงพอใจ"),
            ("/measures", "มาตรการ"),
        })
        {
            var page = await admin.GetStringAsync($"/staff/{org.Slug}{path}");
            var menu = Menu().Match(page).Value;
            Assert.False(string.IsNullOrEmpty(menu), path);
            var marked = Current().Matches(menu).Select(m => m.Groups[1].Value).ToList();
            Assert.Equal([entry], marked);
        }
    }

    [GeneratedRegex("<nav class=\"site-nav staff-nav\".*?</nav>", RegexOptions.Singleline)]
    private static partial Regex Menu();

    [GeneratedRegex("aria-current=\"page\">([^<]+)</a>")]
    private static partial Regex Current();
}
