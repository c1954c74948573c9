using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Consultations;
using Prongsai.Core.Search;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Consultations.ConsultationsTestData;

namespace Prongsai.Tests.Consultations;

/// <summary>
/// A published consultation is in the Thai search index with its details and, later, its summary — never an opinion —
/// and leaves it when withdrawn; a draft is never in it.
/// </summary>
public sealed class ConsultationSearchTests
{
    [Theory, Providers]
    public async Task Published_consultations_are_found_by_their_words_until_withdrawn(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 12, 10));
        var team = await TeamAsync(host);
        var draft = await AddAsync(host, team.Admin.Actor, Hearing(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15)));
        Assert.Null(await EntryAsync(host, draft.Id));

        Succeeded(await PublishAsync(host, team.Admin.Actor, draft.Id));
        var entry = await EntryAsync(host, draft.Id);
        Assert.NotNull(entry);
        Assert.Equal(($"/{host.Slug}/consultations/{draft.Id}", Title, 2570), (entry.Url, entry.Title, entry.FiscalYear));
        Assert.Contains("ขุดลอกคลอง", entry.Text, StringComparison.Ordinal);

        var opinion = "ความเห็นส่วนตัวของผู้ใช้ไม่ควรอยู่ในดัชนี";
        await SubmittedAsync(host, draft.Id, Says(text: opinion));
        Today(host, new DateOnly(2026, 12, 20));
        Succeeded(await SummarizeAsync(host, team.Admin.Actor, draft.Id, "ผู้แสดงความคิดเห็นเห็นด้วยกับการขุดลอกคลอง"));
        entry = await EntryAsync(host, draft.Id);
        Assert.Contains("ผู้แสดงความคิดเห็นเห็นด้วย", entry!.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(opinion, entry.Text, StringComparison.Ordinal);

        var found = await host.UseAsync<SearchIndex, SearchResults>(index => index.QueryAsync(host.OrganizationId, new SearchQuery("ขุดลอก")));
        Assert.Contains(found.Hits, h => h.Url == entry.Url);

        Succeeded(await WithdrawAsync(host, team.Admin.Actor, draft.Id, "สภามีมติให้ทบทวนร่าง"));
        Assert.Null(await EntryAsync(host, draft.Id));
    }

    private static Task<SearchEntry?> EntryAsync(MeasuresTestHost host, int id) =>
        host.QueryAsync(db => db.SearchEntries.AsNoTracking()
            .FirstOrDefaultAsync(e => e.ItemType == ConsultationIndexer.ItemType && e.ItemId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
