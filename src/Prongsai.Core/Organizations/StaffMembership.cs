using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Organizations;

/// <summary>A role a staff member holds in their organization.</summary>
public sealed class StaffRoleAssignment : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string UserId { get; set; }
    public OrgRole Role { get; set; }
}

/// <summary>A department a staff member works in (scopes DepartmentHead/DepartmentStaff).</summary>
public sealed class StaffDepartment : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string UserId { get; set; }
    public int DepartmentId { get; set; }
}
