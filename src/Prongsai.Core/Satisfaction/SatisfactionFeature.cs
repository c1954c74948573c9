using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Satisfaction;

/// <summary>The satisfaction survey: people score the office's service on the website; the office publishes each year's report.</summary>
public sealed class SatisfactionFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .Permission(SatisfactionPermissions.PublishSatisfactionReport, "เผยแพร่รายงานผลการสำรวจความพึงพอใจการให้บริการ",
            "Publish the yearly report of the satisfaction survey", OrgRole.OrgAdmin, OrgRole.Executive)
        .MenuEntry(StaffMenuGroup.Work, 27, "satisfaction", "ความพึงพอใจ", "Satisfaction", OrganizationPermissions.ViewBackOffice)
        .UseCase<SubmitSatisfactionResponse>()
        .UseCase<PublishSatisfactionReport>()
        .UseCase<SatisfactionBoard>()
        .DashboardCard<SatisfactionCard>()
        .EvidenceSource<SatisfactionEvidenceSource>()
        .DemoContent<SatisfactionDemoContent>();
}
