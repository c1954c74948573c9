using Prongsai.Core.Ita.Catalog.Json;

namespace Prongsai.Core.Ita.Catalog;

/// <summary>
/// What the next revision of a catalog would change, in numbers an operator can weigh before taking it: the items
/// (<see cref="CatalogChanges"/>), the kept items whose wording changed, the evidence links (one source → one item)
/// the checklist suggests from, and whether anything else changed (label, names, grouping, scoring). Pure.
/// </summary>
/// <param name="Reworded">Kept items whose title, details, data year, frequency or status changed.</param>
/// <param name="LinksAdded">Source → item pairs of the mapping that only the next revision has.</param>
/// <param name="LinksRemoved">Source → item pairs that only the current revision has.</param>
/// <param name="OtherDetails">The label, note, tool/indicator names, the placing of items or the scoring changed.</param>
public sealed record CatalogDifference(
    CatalogChanges Items,
    IReadOnlyList<string> Reworded,
    int LinksAdded,
    int LinksRemoved,
    bool OtherDetails)
{
    /// <summary>
    /// Compares the current revision with the next one (as <see cref="CatalogRevision.Next"/> made it). Null when the
    /// next would be the same catalog: both written as JSON, with the same revision number, are equal.
    /// </summary>
    public static CatalogDifference? Between(CatalogVersion current, CatalogRevisionResult next)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(next);
        var candidate = next.Catalog with { Revision = current.Revision };
        if (CatalogJson.Write(candidate) == CatalogJson.Write(current))
        {
            return null;
        }

        var oldItems = current.AllItems.ToDictionary(i => i.Key, StringComparer.Ordinal);
        // Items retired or revived by this revision change status by that alone; they are counted as such, not here.
        var retiredOrRevived = next.Changes.Retired.Concat(next.Changes.Revived).ToHashSet(StringComparer.Ordinal);
        var reworded = candidate.AllItems
            .Where(n => !retiredOrRevived.Contains(n.Key) && oldItems.TryGetValue(n.Key, out var o) && o with { Code = n.Code } != n)
            .Select(n => n.Key)
            .ToList();

        var oldLinks = Links(current);
        var newLinks = Links(candidate);
        // Placing is compared over the items current in both, so that an added or retired item (retired ones move to
        // the end of their sub-indicator) is not also reported as a regrouping.
        var inBoth = candidate.CurrentItems.Select(i => i.Key).Intersect(current.CurrentItems.Select(i => i.Key), StringComparer.Ordinal)
            .ToHashSet(StringComparer.Ordinal);
        var other = CatalogJson.Write(Skeleton(candidate)) != CatalogJson.Write(Skeleton(current))
            || !Placing(candidate, inBoth).SequenceEqual(Placing(current, inBoth));
        return new CatalogDifference(next.Changes, reworded, newLinks.Except(oldLinks).Count(), oldLinks.Except(newLinks).Count(), other);
    }

    private static HashSet<(EvidenceSource, string)> Links(CatalogVersion catalog) =>
        catalog.Mapping.SelectMany(m => m.Items.Select(key => (m.Source, key))).ToHashSet();

    /// <summary>The catalog without items and mapping: what is left to compare is its label, names and scoring.</summary>
    private static CatalogVersion Skeleton(CatalogVersion catalog) => catalog with
    {
        Mapping = [],
        Tools = catalog.Tools.Select(t => t with
        {
            Indicators = t.Indicators.Select(i => i with
            {
                SubIndicators = i.SubIndicators.Select(s => s with { Items = [] }).ToList(),
            }).ToList(),
        }).ToList(),
    };

    /// <summary>Where each item sits, in order: a move to another sub-indicator or a new order is a change too.</summary>
    private static IEnumerable<(string SubIndicator, string Key)> Placing(CatalogVersion catalog, HashSet<string> keys) =>
        from tool in catalog.Tools
        from indicator in tool.Indicators
        from sub in indicator.SubIndicators
        from item in sub.Items
        where keys.Contains(item.Key)
        select (sub.Code, item.Key);
}
