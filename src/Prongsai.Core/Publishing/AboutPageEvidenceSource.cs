using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Publishing;

/// <summary>
/// The about pages (structure, executives, authority, contact, laws…) as evidence, tagged with their page key.
/// A page still showing its default template is not offered: it is not the organization's own content yet.
/// The executives page counts once executives are entered.
/// </summary>
public sealed class AboutPageEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public string Key => "pages";

    public EvidenceHint Hint { get; } = new("เขียนเนื้อหาหน้าเกี่ยวกับหน่วยงานเอง หน้าที่ยังเป็นข้อความตั้งต้นไม่นับ",
        "Write the about page in the office's own words: a page still showing the default text does not count", "pages");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var stored = await db.OrganizationPages.AsNoTracking()
            .Select(p => new { p.Key, p.Title, p.UpdatedAt })
            .ToListAsync(cancellationToken);
        var hasExecutives = await db.Executives.AnyAsync(cancellationToken);
        var candidates = new List<EvidenceCandidate>();
        foreach (var kind in OrganizationPages.Kinds.Where(k => k.Group == OrganizationPages.About))
        {
            var page = stored.FirstOrDefault(p => p.Key == kind.Key);
            if (page is null && !(kind.Key == "executives" && hasExecutives))
            {
                continue;
            }

            candidates.Add(new EvidenceCandidate(
                Key, "page", kind.Key, page?.Title ?? kind.Title, $"/{organization.Slug}/about/{kind.Key}", null, page?.UpdatedAt, [kind.Key]));
        }

        return candidates;
    }
}
