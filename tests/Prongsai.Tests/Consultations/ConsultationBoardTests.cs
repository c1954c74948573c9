using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Consultations;
using Prongsai.Core.Features;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Consultations.ConsultationsTestData;

namespace Prongsai.Tests.Consultations;

/// <summary>
/// The reads of consultations on both databases: the back office's list with its counts (what was left out not
/// counted), the website's list, the counts by stance, what waits for a summary and for whom, the dashboard card, and
/// nothing of another organization.
/// </summary>
public sealed class ConsultationBoardTests
{
    [Theory, Providers]
    public async Task The_lists_count_opinions_left_out_apart_and_the_website_sees_published_ones_only(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 12, 5));
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;
        var over = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 15), title: "ร่างข้อบัญญัติงบประมาณ"));
        var open = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 20), team.Office, "ถนนสายบ้านนา–บ้านดอน"));
        var draft = await AddAsync(host, admin, Hearing(new DateOnly(2027, 1, 10), new DateOnly(2027, 1, 20), title: "ร่างแผนอัตรากำลัง"));
        var withdrawn = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 5), title: "เรื่องที่ยกเลิก"));

        // The open one: three opinions in the order they came, one of them left out.
        var agree = await SubmittedAsync(host, open.Id, Says(OpinionStance.Agree, "เห็นด้วย"));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var spam = await SubmittedAsync(host, open.Id, Says(OpinionStance.Agree, "โฆษณา"));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var suggestion = await SubmittedAsync(host, open.Id, Says(OpinionStance.Suggestion, "ขอให้ทำช่วงปิดภาคเรียน"));
        Succeeded(await ExcludeAsync(host, admin, spam.Id, "โฆษณา"));
        Succeeded(await WithdrawAsync(host, admin, withdrawn.Id, "ซ้ำกับเรื่องเดิม"));

        // The back office: every consultation, the latest first day first, counted and received apart.
        var all = await host.UseAsync<ConsultationBoard, IReadOnlyList<ConsultationRow>>(b => b.AllAsync());
        Assert.Equal([draft.Id, open.Id, withdrawn.Id, over.Id], all.Select(r => r.Id));
        var openRow = all.Single(r => r.Id == open.Id);
        Assert.Equal(("ถนนสายบ้านนา–บ้านดอน", (int?)team.Office, 2, 3, false), (openRow.Title, openRow.DepartmentId, openRow.Counted, openRow.Received, openRow.Summarized));
        Assert.Equal(ConsultationPhase.Open, openRow.PhaseOn(new DateOnly(2026, 12, 5)));
        Assert.Equal(
            [ConsultationPhase.Draft, ConsultationPhase.Open, ConsultationPhase.Withdrawn, ConsultationPhase.AwaitingSummary],
            all.Select(r => r.PhaseOn(new DateOnly(2026, 12, 5))));
        Assert.All(all.Where(r => r.Id != open.Id), r => Assert.Equal((0, 0), (r.Counted, r.Received)));

        var counts = await host.UseAsync<ConsultationBoard, OpinionCounts>(b => b.CountsAsync(open.Id));
        Assert.Equal(new OpinionCounts(1, 0, 1, 1), counts);
        Assert.Equal((2, 1, 0, 1), (counts.Counted, counts.Of(OpinionStance.Agree), counts.Of(OpinionStance.Disagree), counts.Of(OpinionStance.Suggestion)));
        Assert.Equal([agree.Id, spam.Id, suggestion.Id],
            (await host.UseAsync<ConsultationBoard, IReadOnlyList<Opinion>>(b => b.OpinionsAsync(open.Id))).Select(o => o.Id));
        Assert.Equal(new OpinionCounts(0, 0, 0, 0), await host.UseAsync<ConsultationBoard, OpinionCounts>(b => b.CountsAsync(over.Id)));

        // The website: published ones only, a draft or a withdrawn one not even by its id.
        Assert.Equal([open.Id, over.Id], (await host.UseAsync<ConsultationBoard, IReadOnlyList<ConsultationRow>>(b => b.PublishedAsync())).Select(r => r.Id));
        Assert.Equal(open.Id, (await host.UseAsync<ConsultationBoard, Consultation?>(b => b.PublishedAsync(open.Id)))!.Id);
        Assert.Null(await host.UseAsync<ConsultationBoard, Consultation?>(b => b.PublishedAsync(draft.Id)));
        Assert.Null(await host.UseAsync<ConsultationBoard, Consultation?>(b => b.PublishedAsync(withdrawn.Id)));
        Assert.Equal(draft.Id, (await host.UseAsync<ConsultationBoard, Consultation?>(b => b.FindAsync(draft.Id)))!.Id);

        // Another organization sees none of them.
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        Assert.Empty(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp => sp.GetRequiredService<ConsultationBoard>().AllAsync()));
        Assert.Null(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp => sp.GetRequiredService<ConsultationBoard>().FindAsync(open.Id)));
        Assert.Equal(new OpinionCounts(0, 0, 0, 0),
            await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp => sp.GetRequiredService<ConsultationBoard>().CountsAsync(open.Id)));
    }

    [Theory, Providers]
    public async Task What_waits_for_a_summary_and_the_drafts_are_each_members_own_and_the_card_shows_them(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 12, 5));
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;

        Task<DashboardCardView?> CardAsync(Member member) => host.RunAsync(sp =>
            sp.GetServices<IDashboardCard>().OfType<ConsultationsCard>().Single().BuildAsync(member.Actor, CancellationToken.None));
        async Task<IReadOnlyList<(string, int, string)>> ToDosAsync(Member member) =>
            (await CardAsync(member))!.ToDos.Select(t => (t.Thai, t.Count, t.Path)).ToList();
        async Task<IReadOnlyList<int>> AwaitingAsync(Member member, DateOnly today) =>
            (await host.UseAsync<ConsultationBoard, IReadOnlyList<int>>(b => b.AwaitingSummaryAsync(member.Actor, today))).ToList();

        // Nothing yet: the card is there for those who run consultations, empty; nobody else has one.
        var card = (await CardAsync(team.Head))!;
        Assert.Equal(("consultations", "การรับฟังความคิดเห็น"), (card.Path, card.Thai));
        Assert.Empty(card.ToDos);
        Assert.Null(await CardAsync(team.Clerk));
        Assert.Null(await CardAsync(team.Auditor));

        // Over and waiting: an office one and a whole-office one (the older); over and summarized; still open; a
        // withdrawn one whose period is over; and drafts of the office and of finance.
        var officeOver = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 10), team.Office));
        var wholeOver = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 10, 1), new DateOnly(2026, 10, 10)));
        var summarized = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 12), team.Office));
        Succeeded(await SummarizeAsync(host, admin, summarized.Id, "เห็นด้วยทั้งหมด"));
        var open = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 20), team.Office));
        var withdrawn = await PublishedAsync(host, admin, Hearing(new DateOnly(2026, 11, 3), new DateOnly(2026, 11, 4), team.Office));
        Succeeded(await WithdrawAsync(host, admin, withdrawn.Id, "ซ้ำ"));
        await AddAsync(host, admin, Hearing(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 10), team.Office));
        await AddAsync(host, admin, Hearing(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 10), team.Finance));
        await AddAsync(host, admin, Hearing(new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 10)));

        var today = new DateOnly(2026, 12, 5);
        Assert.Equal([officeOver.Id, wholeOver.Id], await AwaitingAsync(team.Admin, today));
        Assert.Equal([officeOver.Id], await AwaitingAsync(team.Head, today));
        Assert.Empty(await AwaitingAsync(team.FinanceHead, today));
        Assert.Empty(await AwaitingAsync(team.Clerk, today));

        // Its last day is not over until the day after.
        Assert.Equal([open.Id, officeOver.Id, wholeOver.Id], await AwaitingAsync(team.Admin, new DateOnly(2026, 12, 21)));
        Assert.Equal([officeOver.Id, wholeOver.Id], await AwaitingAsync(team.Admin, new DateOnly(2026, 12, 20)));

        Assert.Equal(3, await host.UseAsync<ConsultationBoard, int>(b => b.DraftsAsync(admin)));
        Assert.Equal(1, await host.UseAsync<ConsultationBoard, int>(b => b.DraftsAsync(team.Head.Actor)));
        Assert.Equal(1, await host.UseAsync<ConsultationBoard, int>(b => b.DraftsAsync(team.FinanceHead.Actor)));
        Assert.Equal(0, await host.UseAsync<ConsultationBoard, int>(b => b.DraftsAsync(team.Clerk.Actor)));

        // The card: the summaries waiting, linked to the one waiting longest; the drafts, linked to the list.
        const string Waiting = "การรับฟังความคิดเห็นที่ปิดแล้ว รอสรุปผลและเผยแพร่";
        const string Drafts = "การรับฟังความคิดเห็นฉบับร่าง ยังไม่เผยแพร่";
        Assert.Equal([(Waiting, 2, $"consultations/{wholeOver.Id}"), (Drafts, 3, "consultations")], await ToDosAsync(team.Admin));
        Assert.Equal([(Waiting, 2, $"consultations/{wholeOver.Id}"), (Drafts, 3, "consultations")], await ToDosAsync(team.Executive));
        Assert.Equal([(Waiting, 1, $"consultations/{officeOver.Id}"), (Drafts, 1, "consultations")], await ToDosAsync(team.Head));
        Assert.Equal([(Drafts, 1, "consultations")], await ToDosAsync(team.FinanceHead));

        // Summarized: no longer waiting.
        Succeeded(await SummarizeAsync(host, team.Head.Actor, officeOver.Id, "ไม่มีผู้แสดงความคิดเห็น"));
        Assert.Equal([(Drafts, 1, "consultations")], await ToDosAsync(team.Head));
        Assert.Equal([(Waiting, 1, $"consultations/{wholeOver.Id}"), (Drafts, 3, "consultations")], await ToDosAsync(team.Admin));
    }
}
