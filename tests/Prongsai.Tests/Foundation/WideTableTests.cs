using System.Text.RegularExpressions;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// On a 360 px phone a data table scrolls inside its own labelled region (<c>.table-scroll</c>) instead of widening
/// the page.
/// </summary>
public sealed partial class WideTableTests
{
    [Theory, Providers]
    public async Task Back_office_tables_scroll_inside_their_own_region(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await IsolationSeed.FillAsync(app, org, "ตาราง" + Guid.NewGuid().ToString("N")[..6]);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);

        foreach (var path in new[] { "/staff", "/measures", "/departments" })
        {
            var html = await admin.GetStringAsync($"/staff/{org.Slug}{path}");
            var tables = Table().Matches(html);
            Assert.True(tables.Count > 0, path);
            Assert.All(tables, t => Assert.True(InsideScrollRegion(html, t.Index), $"{path}: a table outside .table-scroll"));
        }
    }

    [Fact]
    public void Every_data_table_of_the_back_office_is_inside_a_scroll_region()
    {
        var pages = Path.Combine(PermissionsDocumentTests.RepositoryRoot(), "src", "Prongsai.Web", "Pages", "Staff");
        var outside = new List<string>();
        foreach (var file in Directory.EnumerateFiles(pages, "*.cshtml", SearchOption.AllDirectories))
        {
            var source = File.ReadAllText(file);
            outside.AddRange(Table().Matches(source).Where(t => !InsideScrollRegion(source, t.Index))
                .Select(t => $"{Path.GetRelativePath(pages, file)}:{source[..t.Index].Count(c => c == '\n') + 1}"));
        }

        Assert.Empty(outside);
    }

    /// <summary>A scroll region opens before the table, and no other table ends between the two.</summary>
    private static bool InsideScrollRegion(string html, int table)
    {
        var region = html.LastIndexOf("<div class=\"table-scroll\"", table, StringComparison.Ordinal);
        return region >= 0
            && html.IndexOf("</table>", region, table - region, StringComparison.Ordinal) < 0
            && Regex.IsMatch(html[region..table], "role=\"region\" aria-label(ledby)?=\"[^\"]+\"");
    }

    [GeneratedRegex("<table class=\"data")]
    private static partial Regex Table();
}
