namespace Prongsai.Core.Tenancy;

/// <summary>
/// A row that belongs to exactly one organization. The DbContext filters every query on it
/// by the current organization, and refuses to save one that points at another organization.
/// </summary>
public interface ITenantOwned
{
    int OrganizationId { get; set; }
}
