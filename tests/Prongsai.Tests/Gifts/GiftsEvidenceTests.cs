using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Gifts;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Ita;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Gifts.GiftsTestData;

namespace Prongsai.Tests.Gifts;

/// <summary>
/// The yearly gift report as ITA evidence on both databases: the years with a decided report, the year asked for even
/// with none (a nil report), never a year still to come, only the organization's own reports; and the checklist item.
/// </summary>
public sealed class GiftsEvidenceTests
{
    private static Task<IReadOnlyList<EvidenceCandidate>> FindAsync(IServiceProvider sp, int? fiscalYear) =>
        sp.GetServices<IEvidenceSource>().Single(s => s.Key == "gifts").FindAsync(fiscalYear, CancellationToken.None);

    [Theory, Providers]
    public async Task Decided_years_and_the_year_asked_are_offered_never_a_year_to_come_nor_another_organizations(DbProvider provider)
    {
        // 10 March 2025: fiscal year 2568.
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2025, 3, 10));
        var team = await TeamAsync(host);
        await DecidedAsync(host, team.Clerk, team.Executive, Basket(new DateOnly(2024, 8, 20)), GiftDecision.Keep);         // FY2567
        await DecidedAsync(host, team.Head, team.Executive, Basket(new DateOnly(2024, 12, 2)), GiftDecision.ReturnToGiver); // FY2568
        await ReportAsync(host, team.Clerk.Actor, Basket(new DateOnly(2023, 6, 1)));                                         // FY2566, waiting
        var other = await CircularsTestData.OtherOrganizationAsync(host);

        var all = await host.RunAsync(sp => FindAsync(sp, null));
        Assert.Equal([$"/{host.Slug}/gifts/2567", $"/{host.Slug}/gifts/2568"], all.Select(c => c.PublicPath));
        var fy2568 = all[1];
        Assert.Equal(("gifts", "2568", 2568), (fy2568.SourceKey, fy2568.ItemId, fy2568.FiscalYear));
        Assert.Equal("รายงานการรับทรัพย์สินหรือประโยชน์อื่นใด ปีงบประมาณ พ.ศ. 2568", fy2568.Title);
        Assert.NotNull(fy2568.PublishedAt); // when the last of its reports was decided

        // A year asked for: its own report, or the nil report of a year with nothing decided (a waiting report is not on the page).
        Assert.Equal([fy2568.PublicPath], (await host.RunAsync(sp => FindAsync(sp, 2568))).Select(c => c.PublicPath));
        var nil = Assert.Single(await host.RunAsync(sp => FindAsync(sp, 2566)));
        Assert.Equal(($"/{host.Slug}/gifts/2566", 2566, (DateTimeOffset?)null), (nil.PublicPath, nil.FiscalYear, nil.PublishedAt));
        Assert.Empty(await host.RunAsync(sp => FindAsync(sp, 2569)));
        Assert.Empty(await host.RunAsync(sp => FindAsync(sp, 2549)));

        // Another organization: none of our years, only the nil report of the year it asks for, at its own address.
        Assert.Empty(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp => FindAsync(sp, null)));
        var theirs = Assert.Single(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp => FindAsync(sp, 2568)));
        Assert.Equal(($"/{other.Slug}/gifts/2568", (DateTimeOffset?)null), (theirs.PublicPath, theirs.PublishedAt));
    }

    [Theory, Providers]
    public async Task The_checklist_suggests_the_gift_report_page_of_the_year_even_with_nothing_to_report(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2025, 3, 10));

        await ItaTestData.OpenAsync(host, 2568);

        var item = await ItaTestData.ItemAsync(host, 2568, "gift-report");
        var evidence = Assert.Single(item.Evidence);
        Assert.Equal((ItaEvidenceKind.FeaturePage, ItaEvidenceState.Suggested, $"/{host.Slug}/gifts/2568", "gifts", 2568),
            (evidence.Kind, evidence.State, evidence.Url, evidence.SourceKey, evidence.FiscalYear));

        // FY2569 is still to come: its No Gift Policy item gets no report page yet.
        await ItaTestData.OpenAsync(host, 2569);
        Assert.Empty((await ItaTestData.ItemAsync(host, 2569, "no-gift-policy")).Evidence);

        // A second refresh offers nothing twice.
        var again = await host.UseAsync<ManageChecklist, Result<SuggestionRun>>(m => m.SuggestAsync(ItaTestData.System(host), 2568));
        Assert.Equal(0, again.Value!.Suggested);
    }
}
