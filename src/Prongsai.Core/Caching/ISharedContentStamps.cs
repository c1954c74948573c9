namespace Prongsai.Core.Caching;

/// <summary>
/// Content stamps kept in a store every node shares (Redis, Prongsai:Redis), beside the database stamp. The
/// database stamp stays the authority and is bumped in every case; the shared store only spares each node a
/// database read per stamp lifetime. Neither method throws: a store that is down answers null and misses a bump.
/// </summary>
public interface ISharedContentStamps
{
    /// <summary>The organization's shared stamp, or null when the store cannot answer (then the database is read).</summary>
    Task<long?> ReadAsync(int organizationId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Counts a change now and once more a little later, after the writer's transaction has committed and a read
    /// replica has replayed it: a node that rendered the page in between, from the old rows, cached it under the
    /// first bump's stamp, and the second bump retires that copy.
    /// </summary>
    Task BumpAsync(int organizationId);
}
