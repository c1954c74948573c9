using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Organizations;

/// <summary>A message to one staff member, shown on their dashboard until read.</summary>
public sealed class StaffNotification : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public required string Text { get; set; }

    /// <summary>Where the message leads, relative to the organization's back office (e.g. "circulars/12"); null: nowhere.</summary>
    public string? Path { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}
