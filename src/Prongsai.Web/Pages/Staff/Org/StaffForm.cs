using Microsoft.AspNetCore.Mvc.ModelBinding;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>The fields of the staff account forms (create and edit), bound as "Form.*".</summary>
public sealed class StaffForm
{
    public string? DisplayName { get; set; }
    public string? Email { get; set; }
    public List<OrgRole> Roles { get; set; } = [];
    public List<int> DepartmentIds { get; set; } = [];

    [BindNever] public bool ForCreate { get; set; }
    [BindNever] public IReadOnlyList<Department> AllDepartments { get; set; } = [];
}
