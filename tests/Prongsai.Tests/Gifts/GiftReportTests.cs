using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Caching;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Gifts;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Gifts.GiftsTestData;

namespace Prongsai.Tests.Gifts;

/// <summary>
/// Gift reports on both databases: reporting (every member but the auditor, each field checked in Thai), the head's
/// decision with reasons (never on one's own report, once, even at the same moment), the receiver's withdrawal before
/// it, the settlement of a gift to return or hand over, the website's stamp, and the giver's name kept out of the
/// audit trail.
/// </summary>
public sealed class GiftReportTests
{
    [Theory, Providers]
    public async Task A_member_reports_a_gift_and_the_deciders_but_not_the_reporter_are_told(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);

        var report = await ReportAsync(host, team.Clerk.Actor, Basket(today.AddDays(-5), value: 3_500.456m, position: "  นักวิชาการพัสดุ  ",
            giver: "  บริษัท ก่อสร้างดี จำกัด  ", occasion: " ปีใหม่ ", description: " กระเช้าผลไม้และของใช้ "));

        var stored = await StoredAsync(host, report.Id);
        Assert.Equal((host.OrganizationId, team.Clerk.Id, team.Clerk.Name, "นักวิชาการพัสดุ"),
            (stored.OrganizationId, stored.ReceiverUserId, stored.ReceiverName, stored.ReceiverPosition));
        Assert.Equal((today.AddDays(-5), Giver, GiverRelation.Contractor, "ปีใหม่", "กระเช้าผลไม้และของใช้", 3_500.46m),
            (stored.ReceivedOn, stored.GiverName, stored.GiverRelation, stored.Occasion, stored.Description, stored.Value));
        Assert.Equal((GiftReportStatus.Reported, host.Clock.GetUtcNow()), (stored.Status, stored.ReportedAt));
        Assert.Null(stored.Decision);
        Assert.Null(stored.DecidedAt);
        Assert.Null(stored.SettledOn);
        Assert.False(stored.AwaitsSettlement);

        // The deciders (OrgAdmin and Executive) are told, with a link to the report; nobody else is.
        Assert.Equal(new[] { team.Admin.Id, team.Executive.Id }.Order(StringComparer.Ordinal), (await NotifiedAsync(host, report.Id)).Order(StringComparer.Ordinal));
        Assert.Equal([$"{team.Clerk.Name} รายงานการรับกระเช้าผลไม้และของใช้ มูลค่า 3,500.46 บาท รอพิจารณา"], await NotificationTextsAsync(host, report.Id, team.Executive.Id));

        // A decider reporting their own gift is not told of it; the other decider is.
        var admins = await ReportAsync(host, team.Admin.Actor, Basket(today));
        Assert.Equal([team.Executive.Id], await NotifiedAsync(host, admins.Id));
        var executives = await ReportAsync(host, team.Executive.Actor, Basket(today));
        Assert.Equal([team.Admin.Id], await NotifiedAsync(host, executives.Id));

        // Every role that works reports; a gift the law lets one keep without a report may still be recorded.
        foreach (var member in new[] { team.Head, team.Officer, team.Colleague })
        {
            Assert.True((await TryReportAsync(host, member.Actor, Basket(today))).Succeeded, member.Name);
        }

        var small = await ReportAsync(host, team.Clerk.Actor, Basket(today, value: 500m, relation: GiverRelation.Relative, giver: "นางแม่ ใจดี"));
        Assert.Equal((500m, GiverRelation.Relative), ((await StoredAsync(host, small.Id)).Value, (await StoredAsync(host, small.Id)).GiverRelation));

        // The auditor reports nothing, nor the command line, which is nobody's declaration.
        var before = await CountAsync(host);
        Refused<ForbiddenError>(await TryReportAsync(host, team.Auditor.Actor, Basket(today)));
        Refused<ForbiddenError>(await TryReportAsync(host, StaffActor.System(organizationId: host.OrganizationId), Basket(today)));
        Assert.Equal(before, await CountAsync(host));
    }

    [Theory, Providers]
    public async Task A_report_needs_every_field_and_is_refused_in_Thai_beside_the_field(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var actor = team.Clerk.Actor;

        async Task<string> RefusedAsync(GiftInput input, string field) =>
            Refused<ValidationError>(await TryReportAsync(host, actor, input), field).Message;

        // The day received: given, and not after today.
        Assert.Contains("วันที่ได้รับ", await RefusedAsync(Basket(null), "ReceivedOn"), StringComparison.Ordinal);
        Assert.Equal("วันที่ได้รับต้องไม่เลยวันนี้", await RefusedAsync(Basket(today.AddDays(1)), "ReceivedOn"));

        // The texts: given (not blank) and not longer than their columns, each message naming its field.
        foreach (var blank in new[] { null, "", "   " })
        {
            Assert.Contains("ตำแหน่ง", await RefusedAsync(Basket(today, position: blank), "ReceiverPosition"), StringComparison.Ordinal);
            Assert.Contains("ชื่อผู้ให้", await RefusedAsync(Basket(today, giver: blank), "GiverName"), StringComparison.Ordinal);
            Assert.Contains("โอกาส", await RefusedAsync(Basket(today, occasion: blank), "Occasion"), StringComparison.Ordinal);
            Assert.Contains("ได้รับอะไร", await RefusedAsync(Basket(today, description: blank), "Description"), StringComparison.Ordinal);
        }

        Assert.Equal("ตำแหน่งยาวได้ไม่เกิน 200 ตัวอักษร",
            await RefusedAsync(Basket(today, position: new string('ก', GiftRules.Position + 1)), "ReceiverPosition"));
        Assert.Equal("ชื่อผู้ให้ยาวได้ไม่เกิน 200 ตัวอักษร",
            await RefusedAsync(Basket(today, giver: new string('ข', GiftRules.Person + 1)), "GiverName"));
        Assert.Equal("โอกาสยาวได้ไม่เกิน 300 ตัวอักษร",
            await RefusedAsync(Basket(today, occasion: new string('ค', GiftRules.Occasion + 1)), "Occasion"));
        Assert.Equal("ช่อง \"ได้รับอะไร\" ยาวได้ไม่เกิน 1,000 ตัวอักษร",
            await RefusedAsync(Basket(today, description: new string('ง', GiftRules.Description + 1)), "Description"));

        // Who the giver is: one of the kinds the report knows.
        foreach (var relation in new GiverRelation?[] { null, (GiverRelation)0, (GiverRelation)99 })
        {
            Assert.Contains("ผู้ให้", await RefusedAsync(Basket(today, relation: relation), "GiverRelation"), StringComparison.Ordinal);
        }

        // The value: a number above nothing, and not a slip of the keyboard.
        foreach (var value in new decimal?[] { null, 0m, -1m, -3_500m })
        {
            Assert.Contains("มูลค่า", await RefusedAsync(Basket(today, value: value), "Value"), StringComparison.Ordinal);
        }

        Assert.Contains("100,000,000", await RefusedAsync(Basket(today, value: GiftRules.MaxValue + 0.01m), "Value"), StringComparison.Ordinal);
        Assert.Contains("100,000,000", await RefusedAsync(Basket(today, value: decimal.MaxValue), "Value"), StringComparison.Ordinal);

        var everything = await TryReportAsync(host, actor, new GiftInput(null, " ", null, null, "", null, null));
        Assert.Equal(["Description", "GiverName", "GiverRelation", "Occasion", "ReceivedOn", "ReceiverPosition", "Value"],
            everything.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.All(everything.Errors, e =>
        {
            Assert.IsType<ValidationError>(e);
            Assert.Matches("[ก-๙]", e.Message);
        });
        Assert.Equal(0, await CountAsync(host));
        Assert.Empty(await host.QueryAsync(db => db.StaffNotifications.Where(n => EF.Functions.Like(n.Path!, "gifts/%")).ToListAsync()));

        // Today, the longest texts and the largest value are accepted; a value of satang is kept to two places.
        var longest = await ReportAsync(host, actor, Basket(today, value: GiftRules.MaxValue, position: new string('ก', GiftRules.Position),
            giver: new string('ข', GiftRules.Person), occasion: new string('ค', GiftRules.Occasion), description: new string('ง', GiftRules.Description)));
        var stored = await StoredAsync(host, longest.Id);
        Assert.Equal((today, GiftRules.MaxValue, GiftRules.Description), (stored.ReceivedOn, stored.Value, stored.Description.Length));
        var cheapest = await ReportAsync(host, actor, Basket(today.AddYears(-1), value: 0.01m));
        Assert.Equal(0.01m, (await StoredAsync(host, cheapest.Id)).Value);
    }

    [Theory, Providers]
    public async Task A_decider_decides_with_reasons_once_never_on_their_own_report_and_the_receiver_is_told(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var report = await ReportAsync(host, team.Clerk.Actor, Basket(today.AddDays(-3)));

        foreach (var member in new[] { team.Clerk, team.Colleague, team.Head, team.Officer, team.Auditor })
        {
            Refused<ForbiddenError>(await DecideAsync(host, member.Actor, report.Id, GiftDecision.Keep));
        }

        // A decision and its reasons, which the receiver reads.
        foreach (var decision in new GiftDecision?[] { null, (GiftDecision)0, (GiftDecision)99 })
        {
            Refused<ValidationError>(await DecideAsync(host, team.Admin.Actor, report.Id, decision), "Decision");
        }

        foreach (var note in new[] { null, "", "   " })
        {
            Assert.Contains("เหตุผล", Refused<ValidationError>(await DecideAsync(host, team.Admin.Actor, report.Id, GiftDecision.Keep, note), "Note").Message,
                StringComparison.Ordinal);
        }

        Assert.Equal("เหตุผลยาวได้ไม่เกิน 1,000 ตัวอักษร", Refused<ValidationError>(
            await DecideAsync(host, team.Admin.Actor, report.Id, GiftDecision.Keep, new string('ก', GiftRules.Note + 1)), "Note").Message);
        var neither = await DecideAsync(host, team.Admin.Actor, report.Id, null, " ");
        Assert.Equal(["Decision", "Note"], neither.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.All(neither.Errors, e => Assert.IsType<ValidationError>(e));
        Refused<NotFoundError>(await DecideAsync(host, team.Admin.Actor, report.Id + 1000, GiftDecision.Keep));
        Assert.Equal(GiftReportStatus.Reported, (await StoredAsync(host, report.Id)).Status);
        Assert.Empty(await NotificationTextsAsync(host, report.Id, team.Clerk.Id));

        host.Clock.Now = host.Clock.Now.AddHours(1);
        Assert.True((await DecideAsync(host, team.Executive.Actor, report.Id, GiftDecision.ReturnToGiver, "  ผู้ให้มีงานจ้างอยู่กับหน่วยงาน ให้ส่งคืน  ")).Succeeded);
        var stored = await StoredAsync(host, report.Id);
        Assert.Equal((GiftReportStatus.Decided, GiftDecision.ReturnToGiver, host.Clock.GetUtcNow(), team.Executive.Id, team.Executive.Name),
            (stored.Status, stored.Decision!.Value, stored.DecidedAt!.Value, stored.DecidedByUserId, stored.DecidedBy));
        Assert.Equal("ผู้ให้มีงานจ้างอยู่กับหน่วยงาน ให้ส่งคืน", stored.DecisionNote);
        Assert.True(stored.AwaitsSettlement);
        Assert.Equal(["ผลการพิจารณากระเช้าผลไม้และของใช้: ให้ส่งคืนผู้ให้"], await NotificationTextsAsync(host, report.Id, team.Clerk.Id));

        // Decided once: a second decision, by either decider, is a conflict and changes nothing.
        Refused<ConflictError>(await DecideAsync(host, team.Admin.Actor, report.Id, GiftDecision.Keep));
        Refused<ConflictError>(await DecideAsync(host, team.Executive.Actor, report.Id, GiftDecision.HandToOffice));
        stored = await StoredAsync(host, report.Id);
        Assert.Equal((GiftDecision.ReturnToGiver, team.Executive.Name), (stored.Decision!.Value, stored.DecidedBy));
        Assert.Single(await NotificationTextsAsync(host, report.Id, team.Clerk.Id));

        // Nobody decides on their own gift, whatever they choose; the other decider does.
        var admins = await ReportAsync(host, team.Admin.Actor, Basket(today));
        foreach (var decision in Enum.GetValues<GiftDecision>())
        {
            Assert.Contains("ผู้รับ", Refused<ConflictError>(await DecideAsync(host, team.Admin.Actor, admins.Id, decision)).Message, StringComparison.Ordinal);
        }

        Refused<ConflictError>(await DecideAsync(host, team.Admin.Actor, admins.Id, null, null));
        Assert.Equal(GiftReportStatus.Reported, (await StoredAsync(host, admins.Id)).Status);
        Assert.True((await DecideAsync(host, team.Executive.Actor, admins.Id, GiftDecision.Keep, "ของที่ระลึกตามมารยาท")).Succeeded);
        Assert.Equal(["ผลการพิจารณากระเช้าผลไม้และของใช้: อนุญาตให้รับไว้"], await NotificationTextsAsync(host, admins.Id, team.Admin.Id));
        Assert.False((await StoredAsync(host, admins.Id)).AwaitsSettlement);

        // The command line, which is no receiver, may decide (an office's migration of past reports).
        var heads = await ReportAsync(host, team.Head.Actor, Basket(today));
        Assert.True((await DecideAsync(host, StaffActor.System("ผู้ดูแลระบบ", host.OrganizationId), heads.Id, GiftDecision.HandToOffice)).Succeeded);
        Assert.Equal(GiftDecision.HandToOffice, (await StoredAsync(host, heads.Id)).Decision);
    }

    [Theory, Providers]
    public async Task The_receiver_withdraws_their_own_report_until_it_is_decided_and_nobody_else_finds_it(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var report = await ReportAsync(host, team.Clerk.Actor, Basket(today.AddDays(-1)));

        // Another clerk, the head of the same office, the deciders, the command line: not theirs, so not there.
        foreach (var actor in new[] { team.Colleague.Actor, team.Head.Actor, team.Officer.Actor, team.Executive.Actor, team.Admin.Actor,
            StaffActor.System(organizationId: host.OrganizationId) })
        {
            Refused<NotFoundError>(await WithdrawAsync(host, actor, report.Id));
        }

        Refused<ForbiddenError>(await WithdrawAsync(host, team.Auditor.Actor, report.Id));
        Refused<NotFoundError>(await WithdrawAsync(host, team.Clerk.Actor, report.Id + 1000));
        Assert.Equal(GiftReportStatus.Reported, (await StoredAsync(host, report.Id)).Status);

        host.Clock.Now = host.Clock.Now.AddMinutes(30);
        Assert.True((await WithdrawAsync(host, team.Clerk.Actor, report.Id)).Succeeded);
        var stored = await StoredAsync(host, report.Id);
        Assert.Equal((GiftReportStatus.Withdrawn, host.Clock.GetUtcNow(), team.Clerk.Id, team.Clerk.Name),
            (stored.Status, stored.DecidedAt!.Value, stored.DecidedByUserId, stored.DecidedBy));
        Assert.Null(stored.Decision);
        Assert.False(stored.AwaitsSettlement);

        // Withdrawn: not withdrawn again, decided or settled.
        Refused<ConflictError>(await WithdrawAsync(host, team.Clerk.Actor, report.Id));
        Refused<ConflictError>(await DecideAsync(host, team.Executive.Actor, report.Id, GiftDecision.Keep));
        Refused<ConflictError>(await SettleAsync(host, team.Executive.Actor, report.Id, today));
        Assert.Equal(GiftReportStatus.Withdrawn, (await StoredAsync(host, report.Id)).Status);

        // Decided: the receiver no longer takes it back, whatever the decision.
        foreach (var decision in Enum.GetValues<GiftDecision>())
        {
            var decided = await DecidedAsync(host, team.Clerk, team.Executive, Basket(today), decision);
            Refused<ConflictError>(await WithdrawAsync(host, team.Clerk.Actor, decided.Id));
            Assert.Equal(GiftReportStatus.Decided, (await StoredAsync(host, decided.Id)).Status);
        }

        // A decider withdraws their own report like anyone.
        var admins = await ReportAsync(host, team.Admin.Actor, Basket(today));
        Assert.True((await WithdrawAsync(host, team.Admin.Actor, admins.Id)).Succeeded);
    }

    [Theory, Providers]
    public async Task A_gift_to_return_or_hand_over_is_settled_once_by_its_receiver_or_a_decider_between_the_day_received_and_today(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var received = today.AddDays(-10);
        var handed = await DecidedAsync(host, team.Clerk, team.Executive, Basket(received), GiftDecision.HandToOffice);
        var returned = await DecidedAsync(host, team.Head, team.Executive, Basket(received), GiftDecision.ReturnToGiver);
        var kept = await DecidedAsync(host, team.Clerk, team.Executive, Basket(received), GiftDecision.Keep);
        var waiting = await ReportAsync(host, team.Clerk.Actor, Basket(received));

        // Another's gift is not there for a member who does not decide; the auditor records nothing.
        foreach (var member in new[] { team.Colleague, team.Head, team.Officer })
        {
            Refused<NotFoundError>(await SettleAsync(host, member.Actor, handed.Id, today));
        }

        Refused<ForbiddenError>(await SettleAsync(host, team.Auditor.Actor, handed.Id, today));
        Refused<NotFoundError>(await SettleAsync(host, team.Clerk.Actor, handed.Id + 1000, today));

        // Only a gift that must go, and has not gone yet.
        Assert.Contains("ไม่มีสิ่งที่ต้องส่งคืน", Refused<ConflictError>(await SettleAsync(host, team.Clerk.Actor, kept.Id, today)).Message, StringComparison.Ordinal);
        Refused<ConflictError>(await SettleAsync(host, team.Executive.Actor, kept.Id, today));
        Refused<ConflictError>(await SettleAsync(host, team.Clerk.Actor, waiting.Id, today));
        Refused<ConflictError>(await SettleAsync(host, team.Executive.Actor, waiting.Id, today));

        // The day it went: given, not before the gift came, not after today; a note that fits.
        Refused<ValidationError>(await SettleAsync(host, team.Clerk.Actor, handed.Id, null), "SettledOn");
        Assert.Contains("วันที่", Refused<ValidationError>(await SettleAsync(host, team.Clerk.Actor, handed.Id, today.AddDays(1)), "SettledOn").Message,
            StringComparison.Ordinal);
        Refused<ValidationError>(await SettleAsync(host, team.Clerk.Actor, handed.Id, received.AddDays(-1)), "SettledOn");
        Refused<ValidationError>(await SettleAsync(host, team.Clerk.Actor, handed.Id, today, new string('ก', GiftRules.Note + 1)), "SettledNote");
        Assert.True((await StoredAsync(host, handed.Id)).AwaitsSettlement);

        // The receiver records it, on the last day allowed.
        host.Clock.Now = host.Clock.Now.AddHours(1);
        Assert.True((await SettleAsync(host, team.Clerk.Actor, handed.Id, today, "  มอบให้งานพัสดุ ใบรับเลขที่ 12/2567  ")).Succeeded);
        var stored = await StoredAsync(host, handed.Id);
        Assert.Equal((today, team.Clerk.Name, "มอบให้งานพัสดุ ใบรับเลขที่ 12/2567"), (stored.SettledOn!.Value, stored.SettledBy, stored.SettledNote));
        Assert.False(stored.AwaitsSettlement);
        Assert.Equal(GiftReportStatus.Decided, stored.Status);

        // Once: neither the receiver nor a decider records it again.
        Refused<ConflictError>(await SettleAsync(host, team.Clerk.Actor, handed.Id, today));
        Refused<ConflictError>(await SettleAsync(host, team.Admin.Actor, handed.Id, today.AddDays(-1)));
        Assert.Equal((today, team.Clerk.Name), ((await StoredAsync(host, handed.Id)).SettledOn!.Value, (await StoredAsync(host, handed.Id)).SettledBy));

        // A decider records it for the receiver, on the first day allowed, without a note.
        Assert.True((await SettleAsync(host, team.Admin.Actor, returned.Id, received, "   ")).Succeeded);
        stored = await StoredAsync(host, returned.Id);
        Assert.Equal((received, team.Admin.Name, (string?)null), (stored.SettledOn!.Value, stored.SettledBy, stored.SettledNote));
    }

    [Theory, Providers]
    public async Task A_decision_and_a_settlement_bump_the_content_stamp_so_the_website_shows_them_at_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        Task<long> StampAsync() => host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId));

        var report = await ReportAsync(host, team.Clerk.Actor, Basket(today.AddDays(-2)));
        var beforeDecision = await StampAsync();
        Assert.True((await DecideAsync(host, team.Executive.Actor, report.Id, GiftDecision.HandToOffice)).Succeeded);
        var afterDecision = await StampAsync();
        Assert.True(afterDecision > beforeDecision, $"{afterDecision} after {beforeDecision}");

        Assert.True((await SettleAsync(host, team.Clerk.Actor, report.Id, today)).Succeeded);
        var afterSettlement = await StampAsync();
        Assert.True(afterSettlement > afterDecision, $"{afterSettlement} after {afterDecision}");

        // A refused decision changes nothing that the website shows.
        Refused<ConflictError>(await DecideAsync(host, team.Admin.Actor, report.Id, GiftDecision.Keep));
        Assert.Equal(afterSettlement, await StampAsync());
    }

    [Theory, Providers]
    public async Task The_givers_name_never_reaches_the_audit_trail_in_clear(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        const string giver = "นางสาวผู้ให้ ใจบุญมาก";

        var report = await ReportAsync(host, team.Clerk.Actor, Basket(today.AddDays(-2), giver: giver));
        Assert.True((await DecideAsync(host, team.Executive.Actor, report.Id, GiftDecision.ReturnToGiver, "ส่งคืนผู้ให้")).Succeeded);
        Assert.True((await SettleAsync(host, team.Clerk.Actor, report.Id, today, "ส่งคืนทางไปรษณีย์")).Succeeded);
        var withdrawn = await ReportAsync(host, team.Clerk.Actor, Basket(today, giver: giver));
        Assert.True((await WithdrawAsync(host, team.Clerk.Actor, withdrawn.Id)).Succeeded);

        var changes = await host.QueryAsync(db => db.AuditEntries.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Entity == nameof(GiftReport)).OrderBy(a => a.Id).Select(a => a.Changes).ToListAsync());
        Assert.True(changes.Count >= 5, $"{changes.Count} audit entries");
        Assert.All(changes, c => Assert.DoesNotContain("ใจบุญ", c ?? "", StringComparison.Ordinal));

        // The creations say that a giver was named, and what was received, in clear: only the name is withheld.
        var created = changes.Where(c => c is not null && c.Contains("\"GiverName\"", StringComparison.Ordinal))
            .Select(c => JsonDocument.Parse(c!).RootElement).ToList();
        Assert.Equal(2, created.Count);
        Assert.All(created, c =>
        {
            Assert.Equal(JsonValueKind.Null, c.GetProperty("GiverName")[0].ValueKind);
            Assert.Equal("(ข้อมูลคุ้มครอง ไม่บันทึกค่า)", c.GetProperty("GiverName")[1].GetString());
            Assert.Equal("กระเช้าผลไม้และของใช้", c.GetProperty("Description")[1].GetString());
        });

        // Nor do the notifications carry it.
        Assert.DoesNotContain(await host.QueryAsync(db => db.StaffNotifications.Select(n => n.Text).ToListAsync()),
            t => t.Contains("ใจบุญ", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task Two_decisions_at_the_same_moment_decide_once_and_the_receiver_is_told_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        for (var round = 0; round < 8; round++)
        {
            var report = await ReportAsync(host, team.Clerk.Actor, Basket(today.AddDays(-round)));

            // Each decider in a scope (and a DbContext) of their own, as two requests to the app are, let go together.
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<Result<GiftReport>> Deciding(Member decider, GiftDecision decision) => Task.Run(async () =>
            {
                await gate.Task;
                return await DecideAsync(host, decider.Actor, report.Id, decision, "พิจารณาแล้ว " + decider.Name);
            });
            var both = new[] { Deciding(team.Admin, GiftDecision.Keep), Deciding(team.Executive, GiftDecision.HandToOffice) };
            gate.SetResult();
            var results = await Task.WhenAll(both);

            Assert.Single(results, r => r.Succeeded);
            Refused<ConflictError>(Assert.Single(results, r => !r.Succeeded));
            var (winner, decision) = results[0].Succeeded ? (team.Admin, GiftDecision.Keep) : (team.Executive, GiftDecision.HandToOffice);
            var stored = await StoredAsync(host, report.Id);
            Assert.Equal((GiftReportStatus.Decided, decision, winner.Id, "พิจารณาแล้ว " + winner.Name),
                (stored.Status, stored.Decision!.Value, stored.DecidedByUserId, stored.DecisionNote));
            Assert.Single(await NotificationTextsAsync(host, report.Id, team.Clerk.Id));
        }
    }

    [Theory, Providers]
    public async Task A_report_withdrawn_while_it_is_decided_ends_as_the_one_that_succeeded(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        for (var round = 0; round < 8; round++)
        {
            var report = await ReportAsync(host, team.Clerk.Actor, Basket(today.AddDays(-round)));
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var deciding = Task.Run(async () =>
            {
                await gate.Task;
                return await DecideAsync(host, team.Executive.Actor, report.Id, GiftDecision.ReturnToGiver);
            });
            var withdrawing = Task.Run(async () =>
            {
                await gate.Task;
                return await WithdrawAsync(host, team.Clerk.Actor, report.Id);
            });
            gate.SetResult();
            var (decided, withdrawn) = (await deciding, await withdrawing);

            // One of them, never both: a decision the receiver was told of is not undone by a withdrawal, nor the reverse.
            Assert.NotEqual(decided.Succeeded, withdrawn.Succeeded);
            Refused<ConflictError>(decided.Succeeded ? withdrawn : decided);
            var stored = await StoredAsync(host, report.Id);
            Assert.Equal(decided.Succeeded ? GiftReportStatus.Decided : GiftReportStatus.Withdrawn, stored.Status);
            Assert.Equal(decided.Succeeded ? GiftDecision.ReturnToGiver : (GiftDecision?)null, stored.Decision);
            Assert.Equal(decided.Succeeded ? 1 : 0, (await NotificationTextsAsync(host, report.Id, team.Clerk.Id)).Count);
        }
    }

    [Theory, Providers]
    public async Task The_receiver_and_a_decider_settling_at_the_same_moment_settle_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        for (var round = 0; round < 6; round++)
        {
            var report = await DecidedAsync(host, team.Clerk, team.Executive, Basket(today.AddDays(-10)), GiftDecision.HandToOffice);
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<Result<GiftReport>> Settling(Member member, DateOnly on) => Task.Run(async () =>
            {
                await gate.Task;
                return await SettleAsync(host, member.Actor, report.Id, on, "บันทึกโดย " + member.Name);
            });
            var both = new[] { Settling(team.Clerk, today), Settling(team.Admin, today.AddDays(-1)) };
            gate.SetResult();
            var results = await Task.WhenAll(both);

            Assert.Single(results, r => r.Succeeded);
            Refused<ConflictError>(Assert.Single(results, r => !r.Succeeded));
            var (winner, on) = results[0].Succeeded ? (team.Clerk, today) : (team.Admin, today.AddDays(-1));
            var stored = await StoredAsync(host, report.Id);
            Assert.Equal((on, winner.Name, "บันทึกโดย " + winner.Name), (stored.SettledOn!.Value, stored.SettledBy, stored.SettledNote));
        }
    }

    [Fact]
    public void The_law_asks_for_a_report_above_3000_baht_from_anyone_but_a_relative_within_30_days()
    {
        Assert.False(GiftRules.MustReport(3_000m, GiverRelation.Contractor));
        Assert.True(GiftRules.MustReport(3_000.01m, GiverRelation.Contractor));
        Assert.True(GiftRules.MustReport(3_500m, GiverRelation.ServiceUser));
        Assert.True(GiftRules.MustReport(3_500m, GiverRelation.OtherAgency));
        Assert.True(GiftRules.MustReport(3_500m, GiverRelation.Other));
        Assert.False(GiftRules.MustReport(50_000m, GiverRelation.Relative));
        Assert.False(GiftRules.MustReport(500m, GiverRelation.Other));

        // Received on 1 January: reported by 31 January (Bangkok time) is in time, on 1 February late.
        GiftReport Reported(DateTimeOffset at) => new()
        {
            ReceiverUserId = "u", ReceiverName = "n", ReceiverPosition = "p", GiverName = "g", Occasion = "o", Description = "d",
            ReceivedOn = new DateOnly(2024, 1, 1), ReportedAt = at,
        };
        var bangkok = TimeSpan.FromHours(7);
        Assert.False(GiftRules.ReportedLate(Reported(new DateTimeOffset(2024, 1, 1, 9, 0, 0, bangkok))));
        Assert.False(GiftRules.ReportedLate(Reported(new DateTimeOffset(2024, 1, 31, 23, 59, 0, bangkok))));
        Assert.True(GiftRules.ReportedLate(Reported(new DateTimeOffset(2024, 2, 1, 0, 1, 0, bangkok))));
        // Stored in UTC: 31 January 20:00 UTC is already 1 February in Bangkok.
        Assert.True(GiftRules.ReportedLate(Reported(new DateTimeOffset(2024, 1, 31, 20, 0, 0, TimeSpan.Zero))));
        Assert.False(GiftRules.ReportedLate(Reported(new DateTimeOffset(2024, 1, 31, 16, 0, 0, TimeSpan.Zero))));
    }
}
