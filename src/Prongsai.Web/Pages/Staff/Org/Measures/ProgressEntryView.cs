using Prongsai.Core.Measures;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>One entry of a step's history as <c>_ProgressEntry</c> shows it.</summary>
/// <param name="CorrectedBy">The correction that replaced this entry, when it was replaced.</param>
/// <param name="CanCorrect">Whether the member may correct it now (its author, before a publication counted it).</param>
public sealed record ProgressEntryView(string OrgSlug, int StepId, ProgressEntry Entry, ProgressEntry? CorrectedBy, bool CanCorrect);

/// <summary>A current entry with the entries it replaced, newest first (a correction of a correction has two).</summary>
public sealed record ProgressHistoryItem(ProgressEntry Entry, IReadOnlyList<ProgressEntry> Replaced)
{
    /// <summary>
    /// The step's entries as a history: each current entry with what it replaced below it. An entry replaced
    /// without a correction to show (it should not happen) is listed on its own, still struck through.
    /// </summary>
    public static IReadOnlyList<ProgressHistoryItem> Of(IEnumerable<ProgressEntry> entries)
    {
        var all = entries.ToList();
        var byId = all.ToDictionary(p => p.Id);
        var shown = new HashSet<int>();
        var history = new List<ProgressHistoryItem>();
        foreach (var entry in all.Where(p => p.IsCurrent).OrderByDescending(p => p.Date).ThenByDescending(p => p.Id))
        {
            var replaced = new List<ProgressEntry>();
            var at = entry;
            while (at.CorrectionOfId is { } previous && byId.TryGetValue(previous, out var earlier) && shown.Add(earlier.Id))
            {
                replaced.Add(earlier);
                at = earlier;
            }

            shown.Add(entry.Id);
            history.Add(new ProgressHistoryItem(entry, replaced));
        }

        history.AddRange(all.Where(p => !shown.Contains(p.Id)).OrderByDescending(p => p.Date).ThenByDescending(p => p.Id)
            .Select(p => new ProgressHistoryItem(p, [])));
        return history;
    }
}
