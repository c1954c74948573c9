namespace Prongsai.Core.Jobs;

/// <summary>
/// A named lease in the database: the node holding an unexpired lease runs the job; the others
/// skip it. Survives a crashed node because leases expire.
/// </summary>
public sealed class JobLease
{
    public required string Name { get; set; }
    public required string Holder { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
}
