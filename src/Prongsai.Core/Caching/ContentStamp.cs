namespace Prongsai.Core.Caching;

/// <summary>
/// A counter per organization, bumped whenever its public content changes. Every node compares
/// it with the stamp its cached pages were built under, so one publish invalidates all nodes.
/// </summary>
public sealed class ContentStamp
{
    public int OrganizationId { get; set; }
    public long Version { get; set; }
}
