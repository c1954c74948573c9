using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Publishing;

/// <summary>
/// The contact page as the office's Social Network item (classic O9): offered only once the profile names one of the
/// office's own pages (Facebook, LINE, YouTube), which the page then links — never for an office that has none.
/// </summary>
public sealed class SocialNetworkEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public const string SourceKey = "social-network";

    public string Key => SourceKey;

    public EvidenceHint Hint { get; } = new("ใส่ช่องทางออนไลน์ (เช่น Facebook, LINE) ในข้อมูลหน่วยงาน",
        "Add the office's online channels (Facebook, LINE…) to its profile", "profile");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var office = organization.OrganizationId is { } id
            ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
            : null;
        if (office is null || OnlineChannels.Of(office) is not { Count: > 0 } channels)
        {
            return [];
        }

        return
        [
            new EvidenceCandidate(Key, "page", "contact", "ช่องทางออนไลน์ของหน่วยงาน: " + string.Join(", ", channels.Select(c => c.Thai)),
                $"/{office.Slug}/about/contact", null, null, [SourceKey]),
        ];
    }
}
