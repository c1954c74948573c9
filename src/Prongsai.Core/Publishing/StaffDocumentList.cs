using Prongsai.Core.Organizations;

namespace Prongsai.Core.Publishing;

/// <summary>
/// Which documents the back office lists to a member. A department role (DepartmentHead, DepartmentStaff without an
/// organization-wide role) sees its own departments' documents in every state, and other documents only once they
/// are published (the website shows them anyway): never another department's or the whole office's drafts,
/// scheduled or withdrawn documents. Everyone else with back-office access (OrgAdmin, Executive, the Auditor) sees
/// them all. The same rule as opening a document (its edit page), applied in the query.
/// </summary>
public static class StaffDocumentList
{
    public static bool IsDepartmentScoped(StaffActor actor) =>
        !actor.IsOrganizationWide && actor.Roles.Any(r => r is OrgRole.DepartmentHead or OrgRole.DepartmentStaff);

    public static IQueryable<Document> VisibleTo(this IQueryable<Document> documents, StaffActor actor)
    {
        if (!IsDepartmentScoped(actor))
        {
            return documents;
        }

        var departments = actor.DepartmentIds.ToList();
        return documents.Where(d => d.Status == DocumentStatus.Published
            || (d.DepartmentId != null && departments.Contains(d.DepartmentId.Value)));
    }
}
