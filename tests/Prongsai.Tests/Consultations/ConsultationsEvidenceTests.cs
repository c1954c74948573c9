using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Features;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Consultations.ConsultationsTestData;

namespace Prongsai.Tests.Consultations;

/// <summary>
/// Published consultations as ITA evidence on both databases: the list page as the opinion channel of each fiscal year a
/// consultation opened in, each consultation as participation (its title saying whether the summary is out), in the
/// Thai fiscal year (October to September, Buddhist era) its first day falls in; drafts and withdrawn ones never.
/// </summary>
public sealed class ConsultationsEvidenceTests
{
    private static Task<IReadOnlyList<EvidenceCandidate>> FindAsync(IServiceProvider sp, int? fiscalYear) =>
        sp.GetServices<IEvidenceSource>().Single(s => s.Key == "consultations").FindAsync(fiscalYear, CancellationToken.None);

    [Theory, Providers]
    public async Task The_list_page_of_each_year_and_each_published_consultation_are_offered_in_the_year_it_opens(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;

        // The last day of fiscal year 2569 and the first of 2570, either side of the new year.
        var september = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 9, 30), new DateOnly(2026, 10, 20), title: "ร่างแผนการดำเนินงาน"));
        host.Clock.Now = host.Clock.Now.AddHours(1);
        var october = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 15), title: "ร่างข้อบัญญัติงบประมาณ"));
        host.Clock.Now = host.Clock.Now.AddHours(1);
        var summary = Succeeded(await SummarizeAsync(host, admin, october.Id, "เห็นด้วยทั้งหมด"));
        host.Clock.Now = host.Clock.Now.AddHours(1);
        var open = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 11, 15), new DateOnly(2026, 12, 15), title: "ถนนสายบ้านนา–บ้านดอน"));

        // Never offered: a draft, and one withdrawn after it was published (later than any of the others).
        await AddAsync(host, admin, Hearing(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), title: "ร่างที่ยังไม่เผยแพร่"));
        host.Clock.Now = host.Clock.Now.AddHours(1);
        var withdrawn = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 30), title: "เรื่องที่ยกเลิก"));
        Succeeded(await WithdrawAsync(host, admin, withdrawn.Id, "ซ้ำ"));

        var all = await host.RunAsync(sp => FindAsync(sp, null));
        Assert.Equal(
            [("channel", "2569"), ("consultation", $"{september.Id}"), ("channel", "2570"), ("consultation", $"{october.Id}"), ("consultation", $"{open.Id}")],
            all.Select(c => (c.ItemType, c.ItemId)));
        Assert.All(all, c => Assert.Equal("consultations", c.SourceKey));

        var channel = all[2];
        Assert.Equal(("ช่องทางการรับฟังความคิดเห็น ปีงบประมาณ พ.ศ. 2570", $"/{host.Slug}/consultations", (int?)2570),
            (channel.Title, channel.PublicPath, channel.FiscalYear));
        Assert.Equal(["opinion-channel"], channel.Tags);
        Assert.Equal(open.PublishedAt, channel.PublishedAt); // the latest of the year's, the withdrawn one not among them
        Assert.Equal((2569, september.PublishedAt), (all[0].FiscalYear, all[0].PublishedAt));

        // Each consultation: its own page; with the summary out, the results, dated by the summary.
        var first = all[1];
        Assert.Equal(("การรับฟังความคิดเห็น: ร่างแผนการดำเนินงาน", $"/{host.Slug}/consultations/{september.Id}", (int?)2569),
            (first.Title, first.PublicPath, first.FiscalYear));
        Assert.Equal(["participation"], first.Tags);
        Assert.Equal(september.PublishedAt, first.PublishedAt);
        var results = all[3];
        Assert.Equal(("ผลการรับฟังความคิดเห็น: ร่างข้อบัญญัติงบประมาณ", summary.SummaryPublishedAt, 2570),
            (results.Title, results.PublishedAt, results.FiscalYear!.Value));

        // One year asked for: that year's only; a year with none: nothing.
        Assert.Equal([("channel", "2569"), ("consultation", $"{september.Id}")], (await host.RunAsync(sp => FindAsync(sp, 2569))).Select(c => (c.ItemType, c.ItemId)));
        Assert.Equal(3, (await host.RunAsync(sp => FindAsync(sp, 2570))).Count);
        Assert.Empty(await host.RunAsync(sp => FindAsync(sp, 2571)));
        Assert.Empty(await host.RunAsync(sp => FindAsync(sp, 2026)));

        // Another organization: none of ours.
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        Assert.Empty(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp => FindAsync(sp, null)));
    }

    [Theory, Providers]
    public async Task Nothing_is_offered_while_nothing_is_published(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var team = await TeamAsync(host);
        var draft = await AddAsync(host, team.Admin.Actor, Hearing(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 15)));

        Assert.Empty(await host.RunAsync(sp => FindAsync(sp, null)));
        Assert.Empty(await host.RunAsync(sp => FindAsync(sp, 2570)));

        Succeeded(await PublishAsync(host, team.Admin.Actor, draft.Id));
        Assert.Equal(2, (await host.RunAsync(sp => FindAsync(sp, 2570))).Count);
    }
}
