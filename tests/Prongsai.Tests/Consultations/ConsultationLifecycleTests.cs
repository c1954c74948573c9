using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Consultations;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Consultations.ConsultationsTestData;

namespace Prongsai.Tests.Consultations;

/// <summary>
/// A consultation's life on both databases: published once from a draft, withdrawn with a reason (its opinions kept),
/// and its summary published only after the last day, corrected by publishing it again.
/// </summary>
public sealed class ConsultationLifecycleTests
{
    private static readonly DateOnly Opens = new(2026, 12, 1);
    private static readonly DateOnly Closes = new(2026, 12, 15);

    [Theory, Providers]
    public async Task A_draft_is_published_once_and_a_withdrawn_one_never(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var team = await TeamAsync(host);
        var draft = await AddAsync(host, team.Head.Actor, Hearing(Opens, Closes, team.Office));
        Task<long> StampAsync() => host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId));

        foreach (var member in new[] { team.Clerk, team.Auditor })
        {
            Refused<ForbiddenError>(await PublishAsync(host, member.Actor, draft.Id));
        }

        Refused<NotFoundError>(await PublishAsync(host, team.Admin.Actor, draft.Id + 1000));
        Assert.Equal(ConsultationStatus.Draft, (await StoredAsync(host, draft.Id)).Status);

        var stamp = await StampAsync();
        host.Clock.Now = host.Clock.Now.AddHours(1);
        Succeeded(await PublishAsync(host, team.Head.Actor, draft.Id));
        var published = await StoredAsync(host, draft.Id);
        Assert.Equal((ConsultationStatus.Published, host.Clock.GetUtcNow(), team.Head.Name),
            (published.Status, published.PublishedAt!.Value, published.PublishedBy));
        Assert.Equal(ConsultationPhase.Upcoming, published.PhaseOn(BangkokTime.Today(host.Clock)));
        Assert.True(await StampAsync() > stamp, "the website shows it");

        // Twice: a conflict, and the first publication stands.
        host.Clock.Now = host.Clock.Now.AddHours(1);
        Assert.Equal("การรับฟังความคิดเห็นนี้เผยแพร่แล้ว", Refused<ConflictError>(await PublishAsync(host, team.Admin.Actor, draft.Id)).Message);
        Assert.Equal((published.PublishedAt, team.Head.Name), ((await StoredAsync(host, draft.Id)).PublishedAt, (await StoredAsync(host, draft.Id)).PublishedBy));

        // A draft dropped with a reason is never published afterwards.
        var dropped = await AddAsync(host, team.Admin.Actor, Hearing(Opens, Closes));
        stamp = await StampAsync();
        Succeeded(await WithdrawAsync(host, team.Admin.Actor, dropped.Id, "ยังไม่ได้รับอนุมัติจากสภา"));
        Assert.Equal(stamp, await StampAsync()); // it was never on the website
        Assert.Equal("การรับฟังความคิดเห็นนี้ยกเลิกแล้ว เผยแพร่ไม่ได้", Refused<ConflictError>(await PublishAsync(host, team.Admin.Actor, dropped.Id)).Message);
        Assert.Equal(ConsultationPhase.Withdrawn, (await StoredAsync(host, dropped.Id)).PhaseOn(Opens));
    }

    [Theory, Providers]
    public async Task Withdrawing_needs_a_reason_takes_it_off_the_website_and_keeps_its_opinions(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 12, 5));
        var team = await TeamAsync(host);
        var consultation = await PublishedAsync(host, team.Admin.Actor, Hearing(Opens, Closes, team.Office));
        await SubmittedAsync(host, consultation.Id, Says());
        await SubmittedAsync(host, consultation.Id, Says(OpinionStance.Disagree, "ไม่เห็นด้วย", "นายสมศรี ใจดี", null, true));

        foreach (var blank in new[] { null, "", "   " })
        {
            Assert.Equal("กรุณาบอกเหตุผลที่ยกเลิก", Refused<ValidationError>(await WithdrawAsync(host, team.Head.Actor, consultation.Id, blank), "Reason").Message);
        }

        Assert.Equal("เหตุผลยาวได้ไม่เกิน 500 ตัวอักษร",
            Refused<ValidationError>(await WithdrawAsync(host, team.Head.Actor, consultation.Id, new string('ก', ConsultationRules.Reason + 1)), "Reason").Message);
        foreach (var member in new[] { team.Clerk, team.Auditor, team.FinanceHead })
        {
            Refused<ForbiddenError>(await WithdrawAsync(host, member.Actor, consultation.Id, "เผยแพร่ผิดเรื่อง"));
        }

        Assert.Equal(ConsultationStatus.Published, (await StoredAsync(host, consultation.Id)).Status);

        var stamp = await host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId));
        host.Clock.Now = host.Clock.Now.AddMinutes(5);
        Succeeded(await WithdrawAsync(host, team.Head.Actor, consultation.Id, "  เผยแพร่ผิดเรื่อง จะเปิดรับฟังใหม่  "));
        var withdrawn = await StoredAsync(host, consultation.Id);
        Assert.Equal((ConsultationStatus.Withdrawn, "เผยแพร่ผิดเรื่อง จะเปิดรับฟังใหม่", host.Clock.GetUtcNow()),
            (withdrawn.Status, withdrawn.WithdrawReason, withdrawn.UpdatedAt));
        Assert.NotNull(withdrawn.PublishedAt); // when it went on the website stays on record
        Assert.True(await host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId)) > stamp);

        // Off the website, and its opinions still in the back office, counted.
        Assert.Empty(await host.UseAsync<ConsultationBoard, IReadOnlyList<ConsultationRow>>(b => b.PublishedAsync()));
        Assert.Null(await host.UseAsync<ConsultationBoard, Consultation?>(b => b.PublishedAsync(consultation.Id)));
        Assert.Equal(2, (await host.UseAsync<ConsultationBoard, IReadOnlyList<Opinion>>(b => b.OpinionsAsync(consultation.Id))).Count);
        Assert.Equal(new OpinionCounts(1, 1, 0, 0), await host.UseAsync<ConsultationBoard, OpinionCounts>(b => b.CountsAsync(consultation.Id)));

        // Once is enough; the first reason stands.
        Assert.Equal("การรับฟังความคิดเห็นนี้ยกเลิกไปแล้ว", Refused<ConflictError>(await WithdrawAsync(host, team.Admin.Actor, consultation.Id, "อีกครั้ง")).Message);
        Assert.Equal("เผยแพร่ผิดเรื่อง จะเปิดรับฟังใหม่", (await StoredAsync(host, consultation.Id)).WithdrawReason);
        Refused<NotFoundError>(await WithdrawAsync(host, team.Admin.Actor, consultation.Id + 1000, "ไม่มีเรื่องนี้"));
    }

    [Theory, Providers]
    public async Task The_summary_is_published_after_the_last_day_and_publishing_it_again_corrects_it(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 11, 20));
        var team = await TeamAsync(host);
        const string Summary = "มีผู้แสดงความคิดเห็น 4 ราย เห็นด้วย 3 ราย\nคณะกรรมการพัฒนาท้องถิ่นคงโครงการไว้";

        var draft = await AddAsync(host, team.Admin.Actor, Hearing(Opens, Closes, team.Office));
        Assert.Equal("เผยแพร่การรับฟังความคิดเห็นก่อน แล้วสรุปผลเมื่อครบกำหนด",
            Refused<ConflictError>(await SummarizeAsync(host, team.Admin.Actor, draft.Id, Summary)).Message);

        // Upcoming, open, and on its last day: too early, and when it will be possible.
        Succeeded(await PublishAsync(host, team.Admin.Actor, draft.Id));
        foreach (var day in new[] { new DateOnly(2026, 11, 20), Opens, Closes })
        {
            Today(host, day);
            Assert.Equal($"ยังรับฟังความคิดเห็นอยู่ถึงวันที่ {ThaiDate.FormatLong(Closes)} สรุปผลได้หลังจากนั้น",
                Refused<ConflictError>(await SummarizeAsync(host, team.Admin.Actor, draft.Id, Summary)).Message);
        }

        // The day after: the summary, required, not too long, by those who run it.
        Today(host, Closes.AddDays(1));
        foreach (var blank in new[] { null, "", "  " })
        {
            Assert.Contains("กรุณาสรุป", Refused<ValidationError>(await SummarizeAsync(host, team.Admin.Actor, draft.Id, blank), "Summary").Message,
                StringComparison.Ordinal);
        }

        Assert.Equal("สรุปผลยาวได้ไม่เกิน 8,000 ตัวอักษร",
            Refused<ValidationError>(await SummarizeAsync(host, team.Admin.Actor, draft.Id, new string('ก', ConsultationRules.Summary + 1)), "Summary").Message);
        foreach (var member in new[] { team.Clerk, team.Auditor, team.FinanceHead })
        {
            Refused<ForbiddenError>(await SummarizeAsync(host, member.Actor, draft.Id, Summary));
        }

        Assert.Equal(ConsultationPhase.AwaitingSummary, (await StoredAsync(host, draft.Id)).PhaseOn(Closes.AddDays(1)));
        Succeeded(await SummarizeAsync(host, team.Head.Actor, draft.Id, "  " + Summary + "  "));
        var summarized = await StoredAsync(host, draft.Id);
        Assert.Equal((Summary, host.Clock.GetUtcNow(), team.Head.Name), (summarized.Summary, summarized.SummaryPublishedAt!.Value, summarized.SummaryBy));
        Assert.Equal(ConsultationPhase.Concluded, summarized.PhaseOn(BangkokTime.Today(host.Clock)));

        // A correction a week later overwrites the text, the time and who.
        Today(host, Closes.AddDays(8));
        Succeeded(await SummarizeAsync(host, team.Executive.Actor, draft.Id, "มีผู้แสดงความคิดเห็น 4 ราย เห็นด้วย 2 ราย"));
        var corrected = await StoredAsync(host, draft.Id);
        Assert.Equal(("มีผู้แสดงความคิดเห็น 4 ราย เห็นด้วย 2 ราย", host.Clock.GetUtcNow(), team.Executive.Name),
            (corrected.Summary, corrected.SummaryPublishedAt!.Value, corrected.SummaryBy));

        // Withdrawn: no summary to publish.
        Succeeded(await WithdrawAsync(host, team.Admin.Actor, draft.Id, "สภามีมติให้จัดรับฟังใหม่"));
        Assert.Equal("การรับฟังความคิดเห็นนี้ยกเลิกแล้ว", Refused<ConflictError>(await SummarizeAsync(host, team.Admin.Actor, draft.Id, Summary)).Message);
        Refused<NotFoundError>(await SummarizeAsync(host, team.Admin.Actor, draft.Id + 1000, Summary));
    }

    [Theory, Providers]
    public async Task An_opinion_is_left_out_with_a_reason_taken_back_and_neither_once_the_summary_is_out(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2026, 12, 5));
        var team = await TeamAsync(host);
        var consultation = await PublishedAsync(host, team.Admin.Actor, Hearing(Opens, Closes, team.Office));
        var spam = await SubmittedAsync(host, consultation.Id, Says(OpinionStance.Agree, "โฆษณาขายของ"));
        var real = await SubmittedAsync(host, consultation.Id, Says(OpinionStance.Disagree, "ไม่เห็นด้วย"));
        Task<OpinionCounts> CountsAsync() => host.UseAsync<ConsultationBoard, OpinionCounts>(b => b.CountsAsync(consultation.Id));

        foreach (var blank in new[] { null, "", "   " })
        {
            Assert.Equal("กรุณาบอกเหตุผลที่ไม่นับความคิดเห็นนี้", Refused<ValidationError>(await ExcludeAsync(host, team.Head.Actor, spam.Id, blank), "Reason").Message);
        }

        Assert.Equal("เหตุผลยาวได้ไม่เกิน 500 ตัวอักษร",
            Refused<ValidationError>(await ExcludeAsync(host, team.Head.Actor, spam.Id, new string('ก', ConsultationRules.Reason + 1)), "Reason").Message);
        foreach (var member in new[] { team.Clerk, team.Auditor, team.FinanceHead })
        {
            Refused<ForbiddenError>(await ExcludeAsync(host, member.Actor, spam.Id, "โฆษณา"));
            Refused<ForbiddenError>(await RestoreAsync(host, member.Actor, spam.Id));
        }

        Assert.Equal("ไม่พบความคิดเห็นนี้", Refused<NotFoundError>(await ExcludeAsync(host, team.Admin.Actor, real.Id + 1000, "โฆษณา")).Message);
        Assert.Equal(new OpinionCounts(1, 1, 0, 0), await CountsAsync());

        // Left out: kept, with the reason, and no longer counted.
        Succeeded(await ExcludeAsync(host, team.Head.Actor, spam.Id, "  โฆษณาขายสินค้า ไม่เกี่ยวกับเรื่อง  "));
        var excluded = await StoredOpinionAsync(host, spam.Id);
        Assert.Equal((true, "โฆษณาขายสินค้า ไม่เกี่ยวกับเรื่อง", "โฆษณาขายของ"), (excluded.Excluded, excluded.ExcludedReason, excluded.Text));
        Assert.Equal(new OpinionCounts(0, 1, 0, 1), await CountsAsync());
        Assert.Equal(1, (await CountsAsync()).Counted);

        // Taken back in: counted again, the reason gone.
        Succeeded(await RestoreAsync(host, team.Admin.Actor, spam.Id));
        var restored = await StoredOpinionAsync(host, spam.Id);
        Assert.False(restored.Excluded);
        Assert.Null(restored.ExcludedReason);
        Assert.Equal(new OpinionCounts(1, 1, 0, 0), await CountsAsync());

        // Once the summary is out its counts are what it said: neither way.
        Succeeded(await ExcludeAsync(host, team.Admin.Actor, spam.Id, "โฆษณา"));
        Today(host, Closes.AddDays(1));
        Succeeded(await SummarizeAsync(host, team.Admin.Actor, consultation.Id, "ไม่เห็นด้วย 1 ราย"));
        var conflict = "สรุปผลการรับฟังความคิดเห็นเผยแพร่แล้ว จำนวนความคิดเห็นเปลี่ยนไม่ได้";
        Assert.Equal(conflict, Refused<ConflictError>(await RestoreAsync(host, team.Admin.Actor, spam.Id)).Message);
        Assert.Equal(conflict, Refused<ConflictError>(await ExcludeAsync(host, team.Admin.Actor, real.Id, "ซ้ำ")).Message);
        Assert.Equal(new OpinionCounts(0, 1, 0, 1), await CountsAsync());
    }
}
