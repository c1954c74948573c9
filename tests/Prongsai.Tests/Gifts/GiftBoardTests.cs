using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Gifts;
using Prongsai.Core.Text;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Gifts.GiftsTestData;

namespace Prongsai.Tests.Gifts;

/// <summary>
/// What each member sees of the gift register on both databases: their own reports, or all of them (deciders and the
/// auditor, who writes nothing), the filters and the fiscal year, the dashboard card, the register download, the
/// website's yearly list without names, and nothing of another organization's reports.
/// </summary>
public sealed class GiftBoardTests
{
    [Theory, Providers]
    public async Task Staff_see_their_own_reports_and_deciders_and_the_auditor_see_all_with_what_each_may_do(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var clerks = await ReportAsync(host, team.Clerk.Actor, Basket(today.AddDays(-20)));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var heads = await ReportAsync(host, team.Head.Actor, Basket(today.AddDays(-3), giver: "ร้านวัสดุก่อสร้างรุ่งเรือง"));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var admins = await ReportAsync(host, team.Admin.Actor, Basket(today.AddDays(-2)));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var handed = await DecidedAsync(host, team.Clerk, team.Executive, Basket(today.AddDays(-1), position: "นักวิชาการพัสดุชำนาญการ"), GiftDecision.HandToOffice);

        Task<(IReadOnlyList<GiftRow> Rows, int Total)> ListAsync(Member member, GiftListFilter filter, int page = 1) =>
            host.UseAsync<GiftBoard, (IReadOnlyList<GiftRow>, int)>(b => b.ListAsync(member.Actor, filter, null, page));
        async Task<IReadOnlyList<int>> IdsAsync(Member member, GiftListFilter filter) => (await ListAsync(member, filter)).Rows.Select(r => r.Id).ToList();
        Task<GiftReportView?> FindAsync(Member member, int id) => host.UseAsync<GiftBoard, GiftReportView?>(b => b.FindAsync(member.Actor, id));

        // A clerk: their own, newest first, the giver included; anyone else's is not there at all.
        var (clerkRows, clerkTotal) = await ListAsync(team.Clerk, GiftListFilter.All);
        Assert.Equal([handed.Id, clerks.Id], clerkRows.Select(r => r.Id));
        Assert.Equal(2, clerkTotal);
        var row = clerkRows.Single(r => r.Id == clerks.Id);
        Assert.Equal((team.Clerk.Name, "นักวิชาการพัสดุ", Giver, GiverRelation.Contractor, 3_500m, GiftReportStatus.Reported),
            (row.ReceiverName, row.ReceiverPosition, row.GiverName, row.GiverRelation, row.Value, row.Status));
        Assert.Null(await FindAsync(team.Clerk, heads.Id));
        Assert.Null(await FindAsync(team.Clerk, admins.Id));
        Assert.Empty((await ListAsync(team.Colleague, GiftListFilter.All)).Rows);
        Assert.Null(await FindAsync(team.Colleague, clerks.Id));
        Assert.Null(await FindAsync(team.Officer, handed.Id));
        var own = (await FindAsync(team.Clerk, clerks.Id))!;
        Assert.Equal(Giver, own.Report.GiverName);
        Assert.True(own.MayWithdraw);
        Assert.False(own.MayDecide || own.MaySettle);
        var ownHanded = (await FindAsync(team.Clerk, handed.Id))!;
        Assert.True(ownHanded.MaySettle);
        Assert.False(ownHanded.MayDecide || ownHanded.MayWithdraw);

        // The auditor: every report, and nothing to do with any of them.
        var (auditorRows, auditorTotal) = await ListAsync(team.Auditor, GiftListFilter.All);
        Assert.Equal([handed.Id, admins.Id, heads.Id, clerks.Id], auditorRows.Select(r => r.Id));
        Assert.Equal(4, auditorTotal);
        Assert.Equal("ร้านวัสดุก่อสร้างรุ่งเรือง", auditorRows.Single(r => r.Id == heads.Id).GiverName);
        foreach (var id in new[] { clerks.Id, heads.Id, admins.Id, handed.Id })
        {
            var seen = (await FindAsync(team.Auditor, id))!;
            Assert.False(seen.MayDecide || seen.MayWithdraw || seen.MaySettle, $"{id}");
        }

        // The deciders: every report; they decide on others' and settle for the receiver, never decide their own.
        Assert.Equal(4, (await ListAsync(team.Executive, GiftListFilter.All)).Total);
        var headsSeenByExecutive = (await FindAsync(team.Executive, heads.Id))!;
        Assert.True(headsSeenByExecutive.MayDecide);
        Assert.False(headsSeenByExecutive.MayWithdraw || headsSeenByExecutive.MaySettle);
        Assert.True((await FindAsync(team.Executive, admins.Id))!.MayDecide);
        var adminsOwn = (await FindAsync(team.Admin, admins.Id))!;
        Assert.False(adminsOwn.MayDecide);
        Assert.True(adminsOwn.MayWithdraw);
        Assert.True((await FindAsync(team.Admin, handed.Id))!.MaySettle);
        Assert.False((await FindAsync(team.Admin, handed.Id))!.MayDecide);

        Assert.False(GiftBoard.SeesAll(team.Clerk.Actor) || GiftBoard.SeesAll(team.Head.Actor) || GiftBoard.SeesAll(team.Officer.Actor));
        Assert.True(GiftBoard.SeesAll(team.Auditor.Actor) && GiftBoard.SeesAll(team.Executive.Actor) && GiftBoard.SeesAll(team.Admin.Actor));

        // The filters.
        Assert.Equal([admins.Id, heads.Id, clerks.Id], await IdsAsync(team.Auditor, GiftListFilter.Waiting));
        Assert.Equal([handed.Id], await IdsAsync(team.Auditor, GiftListFilter.ToSettle));
        Assert.Empty(await IdsAsync(team.Auditor, GiftListFilter.Mine));
        Assert.Equal([admins.Id], await IdsAsync(team.Admin, GiftListFilter.Mine));
        Assert.Equal([clerks.Id], await IdsAsync(team.Clerk, GiftListFilter.Waiting));
        Assert.Equal([handed.Id], await IdsAsync(team.Clerk, GiftListFilter.ToSettle));
        Assert.Empty(await IdsAsync(team.Head, GiftListFilter.ToSettle));
        Assert.Equal([heads.Id], await IdsAsync(team.Head, GiftListFilter.Waiting));

        // Pages of the list: the first when asked for none, nothing past the last.
        Assert.Equal(4, (await ListAsync(team.Auditor, GiftListFilter.All, page: 0)).Rows.Count);
        var (secondPage, secondTotal) = await ListAsync(team.Auditor, GiftListFilter.All, page: 2);
        Assert.Empty(secondPage);
        Assert.Equal(4, secondTotal);

        // What waits: a decider's count leaves out their own report; a receiver's what they still have to take back.
        Assert.Equal(3, await host.UseAsync<GiftBoard, int>(b => b.WaitingForDecisionAsync(team.Executive.Actor)));
        Assert.Equal(2, await host.UseAsync<GiftBoard, int>(b => b.WaitingForDecisionAsync(team.Admin.Actor)));
        Assert.Equal(1, await host.UseAsync<GiftBoard, int>(b => b.ToSettleAsync(team.Clerk.Id)));
        Assert.Equal(0, await host.UseAsync<GiftBoard, int>(b => b.ToSettleAsync(team.Head.Id)));

        // Settled, it leaves the list of what is to settle; withdrawn, the list of what waits.
        Assert.True((await SettleAsync(host, team.Clerk.Actor, handed.Id, today)).Succeeded);
        Assert.Empty(await IdsAsync(team.Auditor, GiftListFilter.ToSettle));
        Assert.False((await FindAsync(team.Clerk, handed.Id))!.MaySettle);
        Assert.Equal(0, await host.UseAsync<GiftBoard, int>(b => b.ToSettleAsync(team.Clerk.Id)));
        Assert.True((await WithdrawAsync(host, team.Clerk.Actor, clerks.Id)).Succeeded);
        Assert.Equal([admins.Id, heads.Id], await IdsAsync(team.Auditor, GiftListFilter.Waiting));
        Assert.False((await FindAsync(team.Clerk, clerks.Id))!.MayWithdraw);
        Assert.Equal(2, await host.UseAsync<GiftBoard, int>(b => b.WaitingForDecisionAsync(team.Executive.Actor)));

        // The next form starts from the position of the member's latest report.
        Assert.Equal("นักวิชาการพัสดุชำนาญการ", await host.UseAsync<GiftBoard, string?>(b => b.LastPositionAsync(team.Clerk.Actor)));
        Assert.Null(await host.UseAsync<GiftBoard, string?>(b => b.LastPositionAsync(team.Colleague.Actor)));
    }

    [Theory, Providers]
    public async Task A_fiscal_year_runs_from_1_October_to_30_September_of_the_day_received(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 10, 5));
        var team = await TeamAsync(host);

        // The last day of FY 2566, the first and the last of FY 2567, and the first of FY 2568.
        var september2023 = await ReportAsync(host, team.Clerk.Actor, Basket(new DateOnly(2023, 9, 30)));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var october2023 = await ReportAsync(host, team.Head.Actor, Basket(new DateOnly(2023, 10, 1)));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var september2024 = await ReportAsync(host, team.Clerk.Actor, Basket(new DateOnly(2024, 9, 30)));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var october2024 = await ReportAsync(host, team.Clerk.Actor, Basket(new DateOnly(2024, 10, 1)));

        Task<(IReadOnlyList<GiftRow> Rows, int Total)> ListAsync(Member member, int? year) =>
            host.UseAsync<GiftBoard, (IReadOnlyList<GiftRow>, int)>(b => b.ListAsync(member.Actor, GiftListFilter.All, year is { } y ? new FiscalYear(y) : null, 1));
        Task<IReadOnlyList<GiftRow>> RegisterAsync(Member member, int year) =>
            host.UseAsync<GiftBoard, IReadOnlyList<GiftRow>>(b => b.RegisterAsync(member.Actor, new FiscalYear(year)));

        Assert.Equal([september2023.Id], (await ListAsync(team.Auditor, 2566)).Rows.Select(r => r.Id));
        var (fy2567, total2567) = await ListAsync(team.Auditor, 2567);
        Assert.Equal([september2024.Id, october2023.Id], fy2567.Select(r => r.Id));
        Assert.Equal(2, total2567);
        Assert.Equal([october2024.Id], (await ListAsync(team.Auditor, 2568)).Rows.Select(r => r.Id));
        Assert.Equal(4, (await ListAsync(team.Auditor, null)).Total);
        Assert.Equal([september2024.Id], (await ListAsync(team.Clerk, 2567)).Rows.Select(r => r.Id));

        // The register of a year, oldest first by the day received; a member's holds their own only.
        Assert.Equal([october2023.Id, september2024.Id], (await RegisterAsync(team.Auditor, 2567)).Select(r => r.Id));
        Assert.Equal([september2024.Id], (await RegisterAsync(team.Clerk, 2567)).Select(r => r.Id));
        Assert.Equal([september2023.Id], (await RegisterAsync(team.Clerk, 2566)).Select(r => r.Id));
        Assert.Empty(await RegisterAsync(team.Colleague, 2567));

        // The website's list of a year: decided reports only, by the same bounds.
        foreach (var report in new[] { september2023, october2023, september2024, october2024 })
        {
            Assert.True((await DecideAsync(host, team.Executive.Actor, report.Id, GiftDecision.Keep)).Succeeded);
        }

        Task<IReadOnlyList<PublicGiftRow>> PublishedAsync(int year) =>
            host.UseAsync<GiftBoard, IReadOnlyList<PublicGiftRow>>(b => b.PublishedAsync(new FiscalYear(year)));
        Assert.Equal([new DateOnly(2023, 9, 30)], (await PublishedAsync(2566)).Select(r => r.ReceivedOn));
        Assert.Equal([new DateOnly(2023, 10, 1), new DateOnly(2024, 9, 30)], (await PublishedAsync(2567)).Select(r => r.ReceivedOn));
        Assert.Equal([new DateOnly(2024, 10, 1)], (await PublishedAsync(2568)).Select(r => r.ReceivedOn));
        Assert.Empty(await PublishedAsync(2569));
    }

    [Theory, Providers]
    public async Task The_register_is_a_CSV_with_a_Thai_header_and_the_website_lists_decided_reports_without_names(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 10, 5));
        var team = await TeamAsync(host);

        var handed = await ReportAsync(host, team.Head.Actor, Basket(new DateOnly(2023, 10, 1)));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var returned = await ReportAsync(host, team.Clerk.Actor, Basket(new DateOnly(2024, 9, 30), value: 4_000m, position: "นายช่างโยธา",
            giver: "นายผู้ขออนุญาต ก่อสร้าง", relation: GiverRelation.ServiceUser, occasion: "สงกรานต์, ขอบคุณ", description: "ผ้าไหมมัดหมี่ 1 ผืน"));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var waiting = await ReportAsync(host, team.Colleague.Actor, Basket(new DateOnly(2024, 6, 1), value: 5_000m));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var withdrawn = await ReportAsync(host, team.Clerk.Actor, Basket(new DateOnly(2024, 7, 1)));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var kept = await ReportAsync(host, team.Officer.Actor, Basket(new DateOnly(2024, 8, 20), value: 3_200m, relation: GiverRelation.OtherAgency,
            giver: "เทศบาลเมืองตัวอย่าง", occasion: "ศึกษาดูงาน", description: "ของที่ระลึกประจำจังหวัด"));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var nextYear = await ReportAsync(host, team.Clerk.Actor, Basket(new DateOnly(2024, 10, 1)));

        Assert.True((await DecideAsync(host, team.Executive.Actor, handed.Id, GiftDecision.HandToOffice, "ของสด ส่งคืนไม่ได้")).Succeeded);
        Assert.True((await SettleAsync(host, team.Head.Actor, handed.Id, new DateOnly(2023, 10, 5))).Succeeded);
        Assert.True((await DecideAsync(host, team.Admin.Actor, returned.Id, GiftDecision.ReturnToGiver, "ผู้ให้มีเรื่องอยู่ระหว่างพิจารณา")).Succeeded);
        Assert.True((await WithdrawAsync(host, team.Clerk.Actor, withdrawn.Id)).Succeeded);
        Assert.True((await DecideAsync(host, team.Executive.Actor, kept.Id, GiftDecision.Keep, "ของที่ระลึกตามมารยาท")).Succeeded);
        Assert.True((await DecideAsync(host, team.Executive.Actor, nextYear.Id, GiftDecision.Keep)).Succeeded);

        // The register, names included, every report of the year whatever became of it.
        var rows = await host.UseAsync<GiftBoard, IReadOnlyList<GiftRow>>(b => b.RegisterAsync(team.Auditor.Actor, new FiscalYear(2567)));
        Assert.Equal([handed.Id, waiting.Id, withdrawn.Id, kept.Id, returned.Id], rows.Select(r => r.Id));
        var csv = GiftBoard.RegisterCsv(rows);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var records = CsvFiles.ReadAll(Encoding.UTF8.GetString(csv, 3, csv.Length - 3)).Where(r => r.Count > 1).ToList();
        Assert.Equal(
            ["ลำดับ", "วันที่ได้รับ", "ผู้รับ", "ตำแหน่ง", "ผู้ให้", "ความเกี่ยวข้องกับผู้ให้", "โอกาส", "รายการ", "มูลค่า (บาท)",
                "วันที่รายงาน", "ผลการพิจารณา", "ผู้พิจารณา", "การดำเนินการ"],
            records[0]);
        Assert.Equal(6, records.Count);
        Assert.Equal(
            ["1", "01/10/2566", team.Head.Name, "นักวิชาการพัสดุ", Giver, "ผู้ประกอบการหรือคู่สัญญา", "ปีใหม่", "กระเช้าผลไม้และของใช้", "3500.00",
                "05/10/2567 12:00", "ให้ส่งมอบเป็นทรัพย์สินของหน่วยงาน", team.Executive.Name, "ส่งมอบให้หน่วยงานแล้ว 05/10/2566"],
            records[1]);
        Assert.Equal(
            ["2", "01/06/2567", team.Colleague.Name, "นักวิชาการพัสดุ", Giver, "ผู้ประกอบการหรือคู่สัญญา", "ปีใหม่", "กระเช้าผลไม้และของใช้", "5000.00",
                "05/10/2567 12:02", "รอพิจารณา", "", ""],
            records[2]);
        // Withdrawn by the receiver: nobody is named as having decided on it.
        Assert.Equal(
            ["3", "01/07/2567", team.Clerk.Name, "นักวิชาการพัสดุ", Giver, "ผู้ประกอบการหรือคู่สัญญา", "ปีใหม่", "กระเช้าผลไม้และของใช้", "3500.00",
                "05/10/2567 12:03", "ยกเลิกรายงาน", "", ""],
            records[3]);
        Assert.Equal(
            ["4", "20/08/2567", team.Officer.Name, "นักวิชาการพัสดุ", "เทศบาลเมืองตัวอย่าง", "หน่วยงานหรือเจ้าหน้าที่ของหน่วยงานอื่น", "ศึกษาดูงาน",
                "ของที่ระลึกประจำจังหวัด", "3200.00", "05/10/2567 12:04", "อนุญาตให้รับไว้", team.Executive.Name, ""],
            records[4]);
        Assert.Equal(
            ["5", "30/09/2567", team.Clerk.Name, "นายช่างโยธา", "นายผู้ขออนุญาต ก่อสร้าง", "ผู้มาติดต่อราชการหรือผู้รับบริการ", "สงกรานต์, ขอบคุณ",
                "ผ้าไหมมัดหมี่ 1 ผืน", "4000.00", "05/10/2567 12:01", "ให้ส่งคืนผู้ให้", team.Admin.Name, "อยู่ระหว่างดำเนินการ"],
            records[5]);

        // The website's list: decided reports of the year, by the day received; positions and kinds of giver, never a name.
        Assert.Equal(
            new[] { "Decision", "Description", "GiverRelation", "Occasion", "ReceivedOn", "ReceiverPosition", "SettledOn", "Value" },
            typeof(PublicGiftRow).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        var published = await host.UseAsync<GiftBoard, IReadOnlyList<PublicGiftRow>>(b => b.PublishedAsync(new FiscalYear(2567)));
        Assert.Equal(
            [
                new PublicGiftRow(new DateOnly(2023, 10, 1), "นักวิชาการพัสดุ", GiverRelation.Contractor, "ปีใหม่", "กระเช้าผลไม้และของใช้", 3_500m,
                    GiftDecision.HandToOffice, new DateOnly(2023, 10, 5)),
                new PublicGiftRow(new DateOnly(2024, 8, 20), "นักวิชาการพัสดุ", GiverRelation.OtherAgency, "ศึกษาดูงาน", "ของที่ระลึกประจำจังหวัด", 3_200m,
                    GiftDecision.Keep, null),
                new PublicGiftRow(new DateOnly(2024, 9, 30), "นายช่างโยธา", GiverRelation.ServiceUser, "สงกรานต์, ขอบคุณ", "ผ้าไหมมัดหมี่ 1 ผืน", 4_000m,
                    GiftDecision.ReturnToGiver, null),
            ],
            published);

        var open = GiftBoard.PublishedCsv(published);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), open[..3]);
        var openRecords = CsvFiles.ReadAll(Encoding.UTF8.GetString(open, 3, open.Length - 3)).Where(r => r.Count > 1).ToList();
        Assert.Equal(["ลำดับ", "วันที่ได้รับ", "ตำแหน่งผู้รับ", "ผู้ให้", "โอกาส", "รายการ", "มูลค่า (บาท)", "ผลการพิจารณา", "การดำเนินการ"], openRecords[0]);
        Assert.Equal(4, openRecords.Count);
        Assert.Equal(["1", "01/10/2566", "นักวิชาการพัสดุ", "ผู้ประกอบการหรือคู่สัญญา", "ปีใหม่", "กระเช้าผลไม้และของใช้", "3500.00",
            "ให้ส่งมอบเป็นทรัพย์สินของหน่วยงาน", "ส่งมอบให้หน่วยงานแล้ว 05/10/2566"], openRecords[1]);
        Assert.Equal(["3", "30/09/2567", "นายช่างโยธา", "ผู้มาติดต่อราชการหรือผู้รับบริการ", "สงกรานต์, ขอบคุณ", "ผ้าไหมมัดหมี่ 1 ผืน", "4000.00",
            "ให้ส่งคืนผู้ให้", "อยู่ระหว่างดำเนินการ"], openRecords[3]);
        var people = new[] { team.Head.Name, team.Clerk.Name, team.Colleague.Name, team.Officer.Name, team.Executive.Name, team.Admin.Name,
            Giver, "นายผู้ขออนุญาต ก่อสร้าง", "เทศบาลเมืองตัวอย่าง" };
        Assert.DoesNotContain(openRecords.SelectMany(r => r), field => people.Any(p => field.Contains(p, StringComparison.Ordinal)));
    }

    [Theory, Providers]
    public async Task The_card_shows_deciders_the_reports_waiting_but_their_own_and_receivers_what_they_still_have_to_give_back(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);

        Task<DashboardCardView?> CardAsync(Member member) => host.RunAsync(sp =>
            sp.GetServices<IDashboardCard>().OfType<GiftsCard>().Single().BuildAsync(member.Actor, CancellationToken.None));
        async Task<IReadOnlyList<(string, int, string)>> ToDosAsync(Member member) =>
            (await CardAsync(member))!.ToDos.Select(t => (t.Thai, t.Count, t.Path)).ToList();

        var card = (await CardAsync(team.Clerk))!;
        Assert.Equal(("gifts", "การรับของขวัญ (No Gift Policy)"), (card.Path, card.Thai));
        Assert.Empty(card.ToDos);

        var clerks = await ReportAsync(host, team.Clerk.Actor, Basket(today.AddDays(-3)));
        var heads = await ReportAsync(host, team.Head.Actor, Basket(today.AddDays(-2)));
        await ReportAsync(host, team.Admin.Actor, Basket(today.AddDays(-1)));

        // Waiting: three for the Executive; two for the OrgAdmin, whose own report is not theirs to decide.
        Assert.Equal([("รายงานการรับของขวัญรอพิจารณา", 3, "gifts?filter=Waiting")], await ToDosAsync(team.Executive));
        Assert.Equal([("รายงานการรับของขวัญรอพิจารณา", 2, "gifts?filter=Waiting")], await ToDosAsync(team.Admin));
        foreach (var member in new[] { team.Clerk, team.Head, team.Colleague, team.Officer, team.Auditor })
        {
            Assert.Empty(await ToDosAsync(member));
        }

        // Decided: the clerk's gift goes to the office, the head keeps theirs.
        Assert.True((await DecideAsync(host, team.Executive.Actor, clerks.Id, GiftDecision.HandToOffice)).Succeeded);
        Assert.True((await DecideAsync(host, team.Executive.Actor, heads.Id, GiftDecision.Keep)).Succeeded);
        var toSettle = ("ของขวัญที่ต้องส่งคืนหรือส่งมอบตามผลการพิจารณา", 1, "gifts?filter=ToSettle");
        Assert.Equal([toSettle], await ToDosAsync(team.Clerk));
        Assert.Empty(await ToDosAsync(team.Head));
        Assert.Empty(await ToDosAsync(team.Admin));
        Assert.Equal([("รายงานการรับของขวัญรอพิจารณา", 1, "gifts?filter=Waiting")], await ToDosAsync(team.Executive));
        Assert.Empty(await ToDosAsync(team.Auditor));

        // Handed over: nothing left to remind anyone of.
        Assert.True((await SettleAsync(host, team.Clerk.Actor, clerks.Id, today)).Succeeded);
        Assert.Empty(await ToDosAsync(team.Clerk));
    }

    [Theory, Providers]
    public async Task Another_organization_neither_sees_nor_touches_a_report(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        var waiting = await ReportAsync(host, team.Clerk.Actor, Basket(today.AddDays(-2)));
        var handed = await DecidedAsync(host, team.Clerk, team.Executive, Basket(today.AddDays(-3)), GiftDecision.HandToOffice);

        // Their OrgAdmin decides their reports and their clerk reports: here, nothing of ours exists.
        Task<T> TheirsAsync<T>(Func<IServiceProvider, Task<T>> work) => CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), work);
        var admin = other.Admin.Actor;
        var refused = new List<IReadOnlyList<Error>>
        {
            (await TheirsAsync(sp => sp.GetRequiredService<DecideGift>().RunAsync(admin, waiting.Id, GiftDecision.Keep, "ไม่ใช่ของเรา"))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<WithdrawGiftReport>().RunAsync(admin, waiting.Id))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<WithdrawGiftReport>().RunAsync(other.Clerk.Actor, waiting.Id))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<SettleGift>().RunAsync(admin, handed.Id, today, "ไม่ใช่ของเรา"))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<SettleGift>().RunAsync(other.Clerk.Actor, handed.Id, today, null))).Errors,
        };
        Assert.All(refused, errors => Assert.IsType<NotFoundError>(Assert.Single(errors)));

        var fiscalYear = FiscalYear.ForDate(today);
        var (found, listed, register, published, waitingCount, toSettle) = await TheirsAsync(async sp =>
        {
            var board = sp.GetRequiredService<GiftBoard>();
            return (await board.FindAsync(admin, waiting.Id), await board.ListAsync(admin, GiftListFilter.All, null, 1),
                await board.RegisterAsync(admin, fiscalYear), await board.PublishedAsync(fiscalYear),
                await board.WaitingForDecisionAsync(admin), await board.ToSettleAsync(team.Clerk.Id));
        });
        Assert.Null(found);
        Assert.Empty(listed.Rows);
        Assert.Equal(0, listed.Total);
        Assert.Empty(register);
        Assert.Empty(published);
        Assert.Equal((0, 0), (waitingCount, toSettle));

        // Ours is as it was.
        Assert.Equal(GiftReportStatus.Reported, (await StoredAsync(host, waiting.Id)).Status);
        Assert.True((await StoredAsync(host, handed.Id)).AwaitsSettlement);

        // Their clerk's report goes to their deciders only, and stays out of our register and our website.
        var theirs = await TheirsAsync(sp => sp.GetRequiredService<ReportGift>().RunAsync(other.Clerk.Actor, Basket(today)));
        Assert.True(theirs.Succeeded);
        var told = await host.QueryAsync(db => db.StaffNotifications.IgnoreQueryFilters().Where(n => n.Path == $"gifts/{theirs.Value!.Id}")
            .Select(n => n.UserId).ToListAsync());
        Assert.Equal([other.Admin.Id], told);
        Assert.True((await TheirsAsync(sp => sp.GetRequiredService<DecideGift>().RunAsync(admin, theirs.Value!.Id, GiftDecision.Keep, "ตามมารยาท"))).Succeeded);
        Assert.Equal([handed.Id, waiting.Id], (await host.UseAsync<GiftBoard, (IReadOnlyList<GiftRow> Rows, int)>(b =>
            b.ListAsync(team.Auditor.Actor, GiftListFilter.All, null, 1))).Rows.Select(r => r.Id));
        Assert.Null(await host.UseAsync<GiftBoard, GiftReportView?>(b => b.FindAsync(team.Executive.Actor, theirs.Value!.Id)));
        Assert.Equal([GiftDecision.HandToOffice], (await host.UseAsync<GiftBoard, IReadOnlyList<PublicGiftRow>>(b => b.PublishedAsync(fiscalYear)))
            .Select(r => r.Decision));
        Refused<NotFoundError>(await DecideAsync(host, team.Executive.Actor, theirs.Value!.Id, GiftDecision.ReturnToGiver));
        Refused<NotFoundError>(await SettleAsync(host, team.Executive.Actor, theirs.Value!.Id, today));
        Assert.Single(await TheirsAsync(sp => sp.GetRequiredService<GiftBoard>().PublishedAsync(fiscalYear)));
    }
}
