using Prongsai.Core.Budget;
using Prongsai.Core.Finance;
using Prongsai.Core.Ita;
using Prongsai.Core.Measures;
using Prongsai.Core.Notifications;
using Prongsai.Core.OpenData;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Requests;

namespace Prongsai.Core.Features;

/// <summary>Every feature of Prongsai, in menu order. A new feature adds its line here.</summary>
public static class ProngsaiFeatures
{
    public static IReadOnlyList<IFeature> All { get; } =
    [
        new OrganizationsFeature(),
        new NotificationsFeature(),
        new MeasuresFeature(),
        new PublishingFeature(),
        new ItaFeature(),
        new RequestsFeature(),
        new Consultations.ConsultationsFeature(),
        new Satisfaction.SatisfactionFeature(),
        new Circulars.CircularsFeature(),
        new Assets.AssetsFeature(),
        new Gifts.GiftsFeature(),
        new ServiceStatistics.ServiceStatisticsFeature(),
        new CorruptionRisks.CorruptionRisksFeature(),
        new AntiCorruption.AntiCorruptionFeature(),
        new FinanceFeature(),
        new BudgetFeature(),
        new OpenDataFeature(),
        new Procurement.ProcurementFeature(),
        new Posters.PostersFeature(),
    ];
}
