using System.Text;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Features;
using Prongsai.Core.Text;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Assets.AssetsTestData;

namespace Prongsai.Tests.Assets;

/// <summary>
/// What each member sees of the loans on both databases: their own, or all of them (an outside borrower's contact only
/// to those who keep or approve), the dashboard card, the loan register of a fiscal year, and nothing of another
/// organization's property.
/// </summary>
public sealed class AssetBoardTests
{
    private const string Contact = "081-234-5678 บ้านเลขที่ 12 หมู่ 3";

    [Theory, Providers]
    public async Task Staff_see_their_own_loans_and_those_who_follow_them_see_all_with_the_contact_only_for_keepers_and_approvers(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());
        var tents = await AddAsync(host, team.Keeper.Actor, Chairs(code: "416-59-0001", name: "เต็นท์ผ้าใบ 4x8 เมตร", quantity: 6));
        var clerks = await LentAsync(host, team.Clerk, team.Executive, chairs.Id, 2, today, today.AddDays(1));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var heads = await RequestAsync(host, team.Head.Actor, Loan(chairs.Id, 1, today.AddDays(2), today.AddDays(2)));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var outside = await RequestAsync(host, team.Keeper.Actor, Loan(tents.Id, 2, today.AddDays(1), today.AddDays(1),
            outsideBorrower: "ผู้ใหญ่บ้านหมู่ที่ 3", outsideContact: Contact));
        host.Clock.Now = host.Clock.Now.AddMinutes(1);
        var clerksWaiting = await RequestAsync(host, team.Clerk.Actor, Loan(tents.Id, 1, today.AddDays(3), today.AddDays(3)));

        Task<(IReadOnlyList<AssetLoanRow> Rows, int Total)> ListAsync(Member member, AssetLoanFilter filter) =>
            host.UseAsync<AssetBoard, (IReadOnlyList<AssetLoanRow>, int)>(b => b.ListLoansAsync(member.Actor, filter, null, 1));
        Task<AssetLoanView?> FindAsync(Member member, int id) => host.UseAsync<AssetBoard, AssetLoanView?>(b => b.FindLoanAsync(member.Actor, id));

        // A clerk: their own, newest first; anyone else's is not there at all.
        var (clerkRows, clerkTotal) = await ListAsync(team.Clerk, AssetLoanFilter.All);
        Assert.Equal([clerksWaiting.Id, clerks.Id], clerkRows.Select(r => r.Id));
        Assert.Equal(2, clerkTotal);
        Assert.Null(await FindAsync(team.Clerk, heads.Id));
        Assert.Null(await FindAsync(team.Clerk, outside.Id));
        Assert.Empty((await ListAsync(team.Colleague, AssetLoanFilter.All)).Rows);
        Assert.Null(await FindAsync(team.Colleague, clerks.Id));
        Assert.False(await host.UseAsync<AssetBoard, bool>(b => b.SeesAllLoansAsync(team.Clerk.Actor)));
        var own = (await FindAsync(team.Clerk, clerks.Id))!;
        Assert.Equal((chairs.Id, "เก้าอี้พลาสติก"), (own.Asset.Id, own.Asset.Name));
        Assert.False(own.MayDecide || own.MayWithdraw || own.MayRecordReturn);
        var waiting = (await FindAsync(team.Clerk, clerksWaiting.Id))!;
        Assert.True(waiting.MayWithdraw);
        Assert.False(waiting.MayDecide);
        Assert.Equal([clerks.Id], (await host.UseAsync<AssetBoard, AssetView?>(b => b.FindAssetAsync(team.Clerk.Actor, chairs.Id)))!.Loans.Select(l => l.Id));

        // The auditor: every loan, the outside borrower's name but not their contact, and nothing to do.
        var (auditorRows, auditorTotal) = await ListAsync(team.Auditor, AssetLoanFilter.All);
        Assert.Equal([clerksWaiting.Id, outside.Id, heads.Id, clerks.Id], auditorRows.Select(r => r.Id));
        Assert.Equal(4, auditorTotal);
        var outsideRow = auditorRows.Single(r => r.Id == outside.Id);
        Assert.Equal(("416-59-0001", "เต็นท์ผ้าใบ 4x8 เมตร", "ผู้ใหญ่บ้านหมู่ที่ 3", true), (outsideRow.AssetCode, outsideRow.AssetName, outsideRow.BorrowerName, outsideRow.Outside));
        Assert.False(auditorRows.Single(r => r.Id == clerks.Id).Outside);
        var seenByAuditor = (await FindAsync(team.Auditor, outside.Id))!;
        Assert.Null(seenByAuditor.Contact);
        Assert.Null(seenByAuditor.Loan.BorrowerContact);
        Assert.False(seenByAuditor.MayDecide || seenByAuditor.MayWithdraw || seenByAuditor.MayRecordReturn);
        Assert.Equal([heads.Id, clerks.Id], (await host.UseAsync<AssetBoard, AssetView?>(b => b.FindAssetAsync(team.Auditor.Actor, chairs.Id)))!.Loans.Select(l => l.Id));

        // The keeper reaches the borrower, may take the request back and records returns; an approver reaches them and decides.
        var seenByKeeper = (await FindAsync(team.Keeper, outside.Id))!;
        Assert.Equal(Contact, seenByKeeper.Contact);
        Assert.Equal(Contact, seenByKeeper.Loan.BorrowerContact);
        Assert.True(seenByKeeper.MayWithdraw);
        Assert.False(seenByKeeper.MayDecide || seenByKeeper.MayRecordReturn);
        Assert.True((await FindAsync(team.Keeper, clerks.Id))!.MayRecordReturn);
        var seenByExecutive = (await FindAsync(team.Executive, outside.Id))!;
        Assert.Equal(Contact, seenByExecutive.Contact);
        Assert.True(seenByExecutive.MayDecide);
        Assert.False(seenByExecutive.MayWithdraw || seenByExecutive.MayRecordReturn);

        // The filters.
        Assert.Equal([clerksWaiting.Id, outside.Id, heads.Id], (await ListAsync(team.Auditor, AssetLoanFilter.Waiting)).Rows.Select(r => r.Id));
        Assert.Equal([clerks.Id], (await ListAsync(team.Auditor, AssetLoanFilter.Out)).Rows.Select(r => r.Id));
        Assert.Empty((await ListAsync(team.Auditor, AssetLoanFilter.Overdue)).Rows);
        Assert.Empty((await ListAsync(team.Auditor, AssetLoanFilter.Mine)).Rows);
        Assert.Equal([outside.Id], (await ListAsync(team.Keeper, AssetLoanFilter.Mine)).Rows.Select(r => r.Id));
        host.Clock.Now = host.Clock.Now.AddDays(2);
        Assert.Equal([clerks.Id], (await ListAsync(team.Auditor, AssetLoanFilter.Overdue)).Rows.Select(r => r.Id));
        Assert.Equal([clerks.Id], (await ListAsync(team.Clerk, AssetLoanFilter.Overdue)).Rows.Select(r => r.Id));
        Assert.Empty((await ListAsync(team.Head, AssetLoanFilter.Overdue)).Rows);
    }

    [Theory, Providers]
    public async Task The_card_shows_approvers_the_requests_waiting_keepers_the_late_loans_and_borrowers_their_own_late_ones(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());

        Task<DashboardCardView?> CardAsync(Member member) => host.RunAsync(sp =>
            sp.GetServices<IDashboardCard>().OfType<AssetsCard>().Single().BuildAsync(member.Actor, CancellationToken.None));
        async Task<IReadOnlyList<(string, int, string)>> ToDosAsync(Member member) =>
            (await CardAsync(member))!.ToDos.Select(t => (t.Thai, t.Count, t.Path)).ToList();

        var card = (await CardAsync(team.Clerk))!;
        Assert.Equal(("assets", "ทรัพย์สินและการยืม"), (card.Path, card.Thai));
        Assert.Empty(card.ToDos);

        var clerks = await LentAsync(host, team.Clerk, team.Executive, chairs.Id, 2, today, today.AddDays(1));
        await RequestAsync(host, team.Head.Actor, Loan(chairs.Id, 1, today.AddDays(2), today.AddDays(2)));
        await RequestAsync(host, team.Keeper.Actor, Loan(chairs.Id, 1, today.AddDays(2), today.AddDays(2), outsideBorrower: "โรงเรียนบ้านบางคา"));
        var admins = await RequestAsync(host, team.Admin.Actor, Loan(chairs.Id, 1, today.AddDays(2), today.AddDays(2)));

        // Waiting: three for the Executive; two for the OrgAdmin, whose own request is not theirs to decide.
        Assert.Equal([("คำขอยืมรอพิจารณา", 3, "assets/loans?filter=Waiting")], await ToDosAsync(team.Executive));
        Assert.Equal([("คำขอยืมรอพิจารณา", 2, "assets/loans?filter=Waiting")], await ToDosAsync(team.Admin));
        foreach (var member in new[] { team.Keeper, team.Clerk, team.Head, team.Auditor, team.Officer })
        {
            Assert.Empty(await ToDosAsync(member));
        }

        // Two days on, the clerk's loan is a day late: the keepers follow it up, the clerk is reminded.
        Assert.True((await ApproveAsync(host, team.Executive.Actor, admins.Id)).Succeeded);
        host.Clock.Now = host.Clock.Now.AddDays(2);
        var overdue = ("เลยกำหนดส่งคืน ต้องติดตามทวงคืน", 1, "assets/loans?filter=Overdue");
        Assert.Equal([overdue], await ToDosAsync(team.Keeper));
        Assert.Equal([("คำขอยืมรอพิจารณา", 2, "assets/loans?filter=Waiting"), overdue], await ToDosAsync(team.Admin));
        Assert.Equal([("คำขอยืมรอพิจารณา", 2, "assets/loans?filter=Waiting")], await ToDosAsync(team.Executive));
        Assert.Equal([("ของที่คุณยืมเลยกำหนดส่งคืน", 1, "assets/loans?filter=Mine")], await ToDosAsync(team.Clerk));
        Assert.Empty(await ToDosAsync(team.Head));
        Assert.Empty(await ToDosAsync(team.Auditor));

        // Back: nobody is reminded any more.
        Assert.True((await ReturnAsync(host, team.Keeper.Actor, clerks.Id, new AssetReturnInput(BangkokTime.Today(host.Clock), AssetCondition.Good, null))).Succeeded);
        Assert.Empty(await ToDosAsync(team.Keeper));
        Assert.Empty(await ToDosAsync(team.Clerk));
    }

    [Theory, Providers]
    public async Task The_loan_register_of_a_fiscal_year_is_a_CSV_with_a_Thai_header_and_a_row_per_loan_in_Buddhist_Era_dates(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 9, 20));
        var team = await TeamAsync(host);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());

        // The last days of FY 2567, the first and the last of FY 2568, and the first of FY 2569.
        var september = await LentAsync(host, team.Clerk, team.Executive, chairs.Id, 2, new DateOnly(2024, 9, 25), new DateOnly(2024, 9, 26));
        host.Clock.Now = host.Clock.Now.AddHours(1);
        var october = await RequestAsync(host, team.Head.Actor, Loan(chairs.Id, 1, new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 2), purpose: "ประชุมประชาคมหมู่บ้าน"));
        host.Clock.Now = host.Clock.Now.AddHours(1);
        var outside = await RequestAsync(host, team.Keeper.Actor, Loan(chairs.Id, 3, new DateOnly(2025, 9, 30), new DateOnly(2025, 10, 1),
            purpose: "งานบุญประจำปี, ทอดกฐิน", outsideBorrower: "ผู้ใหญ่บ้านหมู่ที่ 3", outsideContact: Contact));
        host.Clock.Now = host.Clock.Now.AddHours(1);
        await RequestAsync(host, team.Colleague.Actor, Loan(chairs.Id, 1, new DateOnly(2025, 10, 1), new DateOnly(2025, 10, 1)));

        Assert.True((await ApproveAsync(host, team.Executive.Actor, october.Id)).Succeeded);
        host.Clock.Now = new DateTimeOffset(2024, 10, 3, 9, 0, 0, TimeSpan.FromHours(7));
        Assert.True((await ReturnAsync(host, team.Keeper.Actor, october.Id, new AssetReturnInput(new DateOnly(2024, 10, 2), AssetCondition.Good, null))).Succeeded);

        Task<IReadOnlyList<AssetLoanRow>> RegisterAsync(Member member, int year) =>
            host.UseAsync<AssetBoard, IReadOnlyList<AssetLoanRow>>(b => b.RegisterAsync(member.Actor, new FiscalYear(year)));
        var rows = await RegisterAsync(team.Auditor, 2568);
        Assert.Equal([october.Id, outside.Id], rows.Select(r => r.Id));
        Assert.Equal([september.Id], (await RegisterAsync(team.Auditor, 2567)).Select(r => r.Id));
        // A clerk's register holds their own loans only.
        Assert.Equal([september.Id], (await RegisterAsync(team.Clerk, 2567)).Select(r => r.Id));
        Assert.Empty(await RegisterAsync(team.Clerk, 2568));

        var csv = AssetBoard.RegisterCsv(rows);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), csv[..3]);
        var records = CsvFiles.ReadAll(Encoding.UTF8.GetString(csv, 3, csv.Length - 3)).Where(r => r.Count > 1).ToList();
        Assert.Equal(
            ["ลำดับ", "วันที่ขอยืม", "เลขรหัส", "ทรัพย์สิน", "จำนวน", "ผู้ยืม", "ยืมไปใช้ในงาน", "วันที่ยืม", "กำหนดส่งคืน", "ผู้พิจารณา", "สถานะ", "วันที่คืน", "สภาพเมื่อคืน"],
            records[0]);
        Assert.Equal(3, records.Count);
        Assert.Equal(
            ["1", "20/09/2567 13:00", "416-66-0001", "เก้าอี้พลาสติก", "1", team.Head.Name, "ประชุมประชาคมหมู่บ้าน", "01/10/2567", "02/10/2567",
                team.Executive.Name, "คืนแล้ว", "02/10/2567", "ปกติ ใช้งานได้"],
            records[1]);
        Assert.Equal(
            ["2", "20/09/2567 14:00", "416-66-0001", "เก้าอี้พลาสติก", "3", "ผู้ใหญ่บ้านหมู่ที่ 3 (บุคคลภายนอก)", "งานบุญประจำปี, ทอดกฐิน", "30/09/2568", "01/10/2568",
                "", "รอพิจารณา", "", ""],
            records[2]);
        // The borrower's contact is personal data and stays out of the register.
        Assert.DoesNotContain(records.SelectMany(r => r), field => field.Contains("081", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task Another_organization_neither_sees_nor_touches_an_article_or_its_loans(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());
        var lent = await LentAsync(host, team.Clerk, team.Executive, chairs.Id, 2, today, today);
        var waiting = await RequestAsync(host, team.Head.Actor, Loan(chairs.Id, 1, today.AddDays(1), today.AddDays(1)));

        // Their OrgAdmin keeps their register and approves their loans, and their clerk borrows: here, nothing of ours exists.
        Task<T> TheirsAsync<T>(Func<IServiceProvider, Task<T>> work) => CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), work);
        var admin = other.Admin.Actor;
        var refused = new List<IReadOnlyList<Error>>
        {
            (await TheirsAsync(sp => sp.GetRequiredService<ManageAssetRegister>().EditAsync(admin, chairs.Id, Chairs(quantity: 1)))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<ManageAssetRegister>().RetireAsync(admin, chairs.Id, "ไม่ใช่ของเรา"))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<ManageAssetRegister>().RestoreAsync(admin, chairs.Id))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<RequestAssetLoan>().RunAsync(other.Clerk.Actor, Loan(chairs.Id, 1, today, today)))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<RequestAssetLoan>().RunAsync(admin, Loan(chairs.Id, 1, today, today, outsideBorrower: "วัดบางคา")))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<DecideAssetLoan>().ApproveAsync(admin, waiting.Id, null))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<DecideAssetLoan>().RefuseAsync(admin, waiting.Id, "ไม่ใช่ของเรา"))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<WithdrawAssetLoan>().RunAsync(admin, waiting.Id))).Errors,
            (await TheirsAsync(sp => sp.GetRequiredService<RecordAssetReturn>().RunAsync(admin, lent.Id, new AssetReturnInput(today, AssetCondition.Lost, "หาย")))).Errors,
        };
        Assert.All(refused, errors => Assert.IsType<NotFoundError>(Assert.Single(errors)));

        var (asset, assets, loan, loans, register, waitingCount, overdueCount) = await TheirsAsync(async sp =>
        {
            var board = sp.GetRequiredService<AssetBoard>();
            return (await board.FindAssetAsync(admin, chairs.Id), await board.ListAssetsAsync(AssetListFilter.Current, null, 1),
                await board.FindLoanAsync(admin, lent.Id), await board.ListLoansAsync(admin, AssetLoanFilter.All, null, 1),
                await board.RegisterAsync(admin, FiscalYear.ForDate(today)), await board.WaitingForDecisionAsync(admin), await board.OverdueAsync(null));
        });
        Assert.Null(asset);
        Assert.Empty(assets.Rows);
        Assert.Null(loan);
        Assert.Empty(loans.Rows);
        Assert.Empty(register);
        Assert.Equal((0, 0), (waitingCount, overdueCount));

        // Ours is as it was; and their own article, with the same code, stays out of our register.
        Assert.Equal((10, (DateTimeOffset?)null, AssetCondition.Good), ((await StoredAssetAsync(host, chairs.Id)).Quantity, (await StoredAssetAsync(host, chairs.Id)).RetiredAt,
            (await StoredAssetAsync(host, chairs.Id)).Condition));
        Assert.Equal((AssetLoanStatus.Approved, AssetLoanStatus.Requested), ((await StoredLoanAsync(host, lent.Id)).Status, (await StoredLoanAsync(host, waiting.Id)).Status));
        var theirs = await TheirsAsync(sp => sp.GetRequiredService<ManageAssetRegister>().AddAsync(admin, Chairs()));
        Assert.True(theirs.Succeeded);
        Assert.Equal([chairs.Id], (await host.UseAsync<AssetBoard, (IReadOnlyList<AssetRow> Rows, int)>(b =>
            b.ListAssetsAsync(AssetListFilter.Current, null, 1))).Rows.Select(r => r.Id));
        Assert.Null(await host.UseAsync<AssetBoard, AssetView?>(b => b.FindAssetAsync(team.Auditor.Actor, theirs.Value!.Id)));
    }
}
