using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;
using Prongsai.Web.Portal.PageCache;

namespace Prongsai.Web.Pages.Public;

[PublicPage]
public sealed class LedgerModel(ProngsaiDbContext db) : PageModel
{
    public const int PageSize = 100;

    public string Slug { get; private set; } = "";
    public IReadOnlyList<LedgerEntry> Entries { get; private set; } = [];
    public long Count { get; private set; }
    public LedgerEntry? Head { get; private set; }
    public long? Before { get; private set; }

    public async Task<IActionResult> OnGetAsync(long? before)
    {
        var organization = HttpContext.Organization();
        if (organization is null)
        {
            return NotFound();
        }

        Slug = organization.Slug;
        Head = await db.LedgerEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync();
        Count = Head?.Sequence ?? 0;
        var query = db.LedgerEntries.AsNoTracking().Include(e => e.Files).AsQueryable();
        if (before is { } b)
        {
            query = query.Where(e => e.Sequence < b);
        }

        Entries = await query.OrderByDescending(e => e.Sequence).Take(PageSize).ToListAsync();
        Before = Entries.Count == PageSize ? Entries[^1].Sequence : null;
        return Page();
    }
}
