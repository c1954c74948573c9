namespace Prongsai.Core.Tenancy;

/// <summary>
/// The organization a request (or a command-line verb) works for. Null means "none chosen":
/// tenant-owned queries then return nothing (fail closed), never everything.
/// </summary>
public interface ICurrentOrganization
{
    int? OrganizationId { get; }
}

/// <summary>A settable holder, scoped per request or per command.</summary>
public sealed class CurrentOrganization : ICurrentOrganization
{
    public int? OrganizationId { get; private set; }
    public string? Slug { get; private set; }

    public void Set(int organizationId, string slug)
    {
        if (OrganizationId is not null && OrganizationId != organizationId)
        {
            throw new InvalidOperationException("The organization of a request cannot change once chosen.");
        }

        OrganizationId = organizationId;
        Slug = slug;
    }
}
