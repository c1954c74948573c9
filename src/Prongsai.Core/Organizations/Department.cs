using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Organizations;

/// <summary>ส่วนราชการ / กอง: a unit inside one organization.</summary>
public sealed class Department : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
}
