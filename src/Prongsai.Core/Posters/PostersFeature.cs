using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Posters;

/// <summary>
/// Posters with a QR code for the office's counters and notice boards (<see cref="PosterCatalog"/>). They print public
/// addresses only and change nothing, so every member of the back office may print them.
/// </summary>
public sealed class PostersFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .MenuEntry(StaffMenuGroup.Website, 50, "posters", "ป้ายคิวอาร์โค้ด", "QR posters", OrganizationPermissions.ViewBackOffice);
}
