using Prongsai.Core.Features;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Budget;

/// <summary>The budget-spending plan: lines and months, imports, reports and their publication (ITA O18–O20).</summary>
public sealed class BudgetFeature : IFeature
{
    public void Register(FeatureBuilder feature) => feature
        .MenuEntry(StaffMenuGroup.Work, 40, "budget", "งบประมาณ", "Budget", OrganizationPermissions.ViewBackOffice)
        .MenuEntry(StaffMenuGroup.Administration, 15, "budget/finance-departments", "ส่วนราชการที่ดูแลงบประมาณ", "Finance departments",
            FinancePermissions.ManageFinanceDepartments)
        .UseCase<BudgetReports>()
        .UseCase<EditBudgetPlan>()
        .UseCase<ImportBudget>()
        .UseCase<PublishBudgetReport>()
        .SearchIndexer<BudgetSearchIndexer>()
        .EvidenceSource<BudgetEvidenceSource>()
        .DashboardCard<BudgetCard>()
        .TrashKind<BudgetPlanTrash>()
        .TrashKind<BudgetLineTrash>()
        .DemoContent<BudgetDemoContent>();
}
