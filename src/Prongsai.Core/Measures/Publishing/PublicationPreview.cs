using System.Text.Json;
using Prongsai.Core.Common;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures.Publishing;

/// <summary>What publishing the draft now would change, for the Executive's confirmation page.</summary>
public sealed record PublicationChanges(
    int FiscalYear,
    int NextVersion,
    int? PublishedVersion,
    int MeasureCount,
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    IReadOnlyList<string> Changed)
{
    public bool IsFirst => PublishedVersion is null;
    public bool HasChanges => Added.Count + Removed.Count + Changed.Count > 0;
}

/// <summary>
/// Compares the draft with the latest published version: measures added, removed and changed (any column,
/// progress included). A measure is the same one when its number and title are; a retitled measure shows as
/// one removed and one added, which is what a reader of the two versions sees too.
/// </summary>
public sealed class PublicationPreview(BuildMeasuresReport builder, MeasureReportVersions versions)
{
    public async Task<Result<PublicationChanges>> RunAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(MeasurePermissions.ApproveAndPublish) is { } forbidden)
        {
            return forbidden;
        }

        var draft = await builder.DraftAsync(fiscalYear, cancellationToken);
        if (draft is null)
        {
            return Error.NotFound("ไม่พบแผนมาตรการของปีงบประมาณนี้");
        }

        var latest = await versions.GetAsync(fiscalYear, null, cancellationToken);
        var published = latest is null ? null : MeasureReportVersions.Snapshot(latest.SnapshotJson);
        var before = Index(published?.Measures ?? []);
        var after = Index(draft.Measures);

        var added = after.Keys.Where(k => !before.ContainsKey(k)).Select(Name).ToList();
        var removed = before.Keys.Where(k => !after.ContainsKey(k)).Select(Name).ToList();
        var changed = after.Where(a => before.TryGetValue(a.Key, out var old) && old != a.Value).Select(a => Name(a.Key)).ToList();
        return new PublicationChanges(fiscalYear, (latest?.Version ?? 0) + 1, latest?.Version, draft.Measures.Count, added, removed, changed);
    }

    /// <summary>Each measure's content as JSON, by (number, title); repeated keys get a running suffix.</summary>
    private static Dictionary<(string Number, string Title, int Repeat), string> Index(IReadOnlyList<MeasureReportItem> items)
    {
        var index = new Dictionary<(string, string, int), string>();
        foreach (var item in items)
        {
            var repeat = 0;
            while (index.ContainsKey((item.Number, item.Title, repeat)))
            {
                repeat++;
            }

            index[(item.Number, item.Title, repeat)] = JsonSerializer.Serialize(item);
        }

        return index;
    }

    private static string Name((string Number, string Title, int Repeat) key) => $"{key.Number}. {key.Title}";
}
