using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Data;
using Prongsai.Web.Portal;

namespace Prongsai.Web.Pages;

/// <summary>
/// The platform's home: the installation-wide search, and the organizations. A small installation lists them all;
/// a large one (thousands of อปท.) lists the provinces first, each a link to its organizations, plus a name filter —
/// a villager on a phone finds their อบต. in two taps instead of scrolling through 8,000 names.
/// </summary>
public sealed class IndexModel(ProngsaiDbContext db, OrganizationCatalog catalog, IConfiguration configuration) : PageModel
{
    public const string ListAllUpToKey = "Prongsai:Home:ListAllUpTo";

    /// <summary>The most names one page shows for a name filter.</summary>
    public const int MaxMatches = 100;

    public IReadOnlyList<OrganizationCatalog.Entry> Organizations { get; private set; } = [];

    public IReadOnlyList<OrganizationCatalog.Province> Provinces { get; private set; } = [];

    public string? Province { get; private set; }

    public string? Name { get; private set; }

    public int Total { get; private set; }

    public bool MoreThanShown { get; private set; }

    public async Task OnGetAsync(string? province, string? name)
    {
        var all = await catalog.AllAsync(db, HttpContext.RequestAborted);
        Total = all.Count;
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim()[..Math.Min(name.Trim().Length, 100)];
        Province = province is null ? null : province.Trim();
        if (Name is not null)
        {
            var matches = all.Where(o => OrganizationFinder.Matches(o, Name)).ToList();
            MoreThanShown = matches.Count > MaxMatches;
            Organizations = matches.Take(MaxMatches).ToList();
        }
        else if (Province is not null)
        {
            Organizations = all.Where(o => o.Province == Province).ToList();
        }
        else if (all.Count <= configuration.GetValue(ListAllUpToKey, 60))
        {
            Organizations = all;
        }
        else
        {
            Provinces = OrganizationCatalog.Provinces(all);
        }
    }

    public static string ProvinceUrl(string province) => "/?province=" + Uri.EscapeDataString(province);
}
