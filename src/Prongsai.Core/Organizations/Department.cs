using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Organizations;

/// <summary>ส่วนราชการ / กอง: a unit inside one organization.</summary>
public sealed class Department : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }

    /// <summary>
    /// When the office stopped using it (เลิกใช้), after a reorganization: a department that published records name is
    /// retired instead of deleted, so last year's reports keep their responsible department, and no new entry can choose it.
    /// </summary>
    public DateTimeOffset? RetiredAt { get; set; }

    public bool IsRetired => RetiredAt is not null;
}
