using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Ita;

/// <summary>
/// The ITA workspace: the saved catalogs and their import, each fiscal year's OIT checklist filled from the evidence
/// sources, readiness with reminders, approval, the public ITA page and the ITAS submission sheet.
/// </summary>
public sealed class ItaFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature
            .Permission(ItaPermissions.ManageItaChecklist, "จัดการรายการตรวจสอบ ITA", "Open a year's ITA checklist, assign items to departments, set the due date",
                OrgRole.OrgAdmin, OrgRole.Executive)
            .DepartmentScopedPermission(ItaPermissions.EditItaEvidence, "บันทึกหลักฐาน ITA",
                "Confirm or reject suggested evidence, add links, mark items ready (department roles: own departments' items only)",
                OrgRole.OrgAdmin, OrgRole.Executive, OrgRole.DepartmentHead, OrgRole.DepartmentStaff)
            .Permission(ItaPermissions.ApproveItaItems, "อนุมัติข้อ ITA", "Approve ITA checklist items", OrgRole.OrgAdmin, OrgRole.Executive);

        feature.MenuEntry(StaffMenuGroup.Work, 15, "ita", "การประเมิน ITA", "ITA checklist", OrganizationPermissions.ViewBackOffice);

        feature.Services.AddOptions<Links.LinkCheckerOptions>().BindConfiguration(Links.LinkCheckerOptions.Section)
            .Checked(Links.LinkCheckerOptions.Section, rules => rules
                .Whole(nameof(Links.LinkCheckerOptions.TimeoutSeconds), o => o.TimeoutSeconds, 1, 600)
                .Whole(nameof(Links.LinkCheckerOptions.MaxRedirects), o => o.MaxRedirects, 0, 20)
                .Whole(nameof(Links.LinkCheckerOptions.RecheckHours), o => o.RecheckHours, 1, 24 * 366));
        feature.Services.AddSingleton<Links.ExternalLinkChecker>();
        feature.UseCase<ItaCatalogs>()
            .UseCase<ImportItaCatalog>()
            .UseCase<ShippedCatalogUpdates>()
            .UseCase<TakeShippedItaCatalog>()
            .UseCase<ManageChecklist>()
            .UseCase<EditEvidence>()
            .UseCase<ApproveItems>()
            .UseCase<ChecklistReader>()
            .Job<ItaRemindersJob>()
            .Job<Links.ItaLinkCheckJob>()
            .DashboardCard<ItaCard>()
            .TrashKind<ItaEvidenceTrash>()
            .DemoContent<ItaDemoContent>();
    }
}
