using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public;

[PublicPage]
public sealed class OrganizationHomeModel(PortalData portal, OrganizationPages pages) : PageModel
{
    public sealed record Item(int Id, string Title, string Category, DateTimeOffset? PublishedAt);

    public Organization Organization { get; private set; } = null!;
    public string IntroHtml { get; private set; } = "";
    public IReadOnlyList<Item> News { get; private set; } = [];
    public IReadOnlyList<Item> Latest { get; private set; } = [];
    public IReadOnlyList<(DocumentCategory Category, int Count)> Categories { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        var organization = await portal.OrganizationOfAsync(HttpContext);
        if (organization is null)
        {
            return NotFound();
        }

        Organization = organization;
        IntroHtml = (await pages.GetAsync(organization, "intro")).BodyHtml;
        var categories = await portal.CategoriesAsync();
        var newsIds = categories.Where(c => c.IsNews).Select(c => c.Id).ToList();
        var names = categories.ToDictionary(c => c.Id, c => c.Name);
        // The newest few of each kind and the count per category, each answered by the database from an index: an
        // organization's documents grow every year, and the home page is the one every visitor opens.
        News = await Newest(portal.Published().Where(d => newsIds.Contains(d.CategoryId)), 5, names);
        Latest = await Newest(portal.Published().Where(d => !newsIds.Contains(d.CategoryId)), 6, names);
        var counts = await portal.Published().GroupBy(d => d.CategoryId)
            .Select(g => new { CategoryId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.CategoryId, g => g.Count);
        // Only categories that hold something: an office starts with twenty, and a villager on a phone should not
        // scroll past empty ones to reach the contact block. The documents page still lists every category.
        Categories = categories.Where(c => counts.ContainsKey(c.Id)).Select(c => (c, counts[c.Id])).ToList();
        return Page();
    }

    private static async Task<IReadOnlyList<Item>> Newest(IQueryable<Document> documents, int count, Dictionary<int, string> categoryNames) =>
        (await documents.OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id).Take(count)
            .Select(d => new { d.Id, d.Title, d.CategoryId, d.PublishedAt }).ToListAsync())
        .Select(d => new Item(d.Id, d.Title, categoryNames.GetValueOrDefault(d.CategoryId, ""), d.PublishedAt)).ToList();
}
