using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Web.Pages;

public sealed class IndexModel(ProngsaiDbContext db) : PageModel
{
    public sealed record Row(string Slug, string Name, string? Province);

    public IReadOnlyList<Row> Organizations { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var rows = await db.Organizations.AsNoTracking().Select(o => new Row(o.Slug, o.Name, o.Province)).ToListAsync();
        Organizations = rows.OrderBy(r => r.Name, Prongsai.Core.Calendar.ThaiCollation.Comparer).ToList();
    }
}
