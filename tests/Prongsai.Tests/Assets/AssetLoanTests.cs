using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Assets.AssetsTestData;

namespace Prongsai.Tests.Assets;

/// <summary>
/// Loans of property on both databases: asking (for oneself, or a keeper for someone outside), what is free for a
/// period, approving and refusing (never one's own, and never more pieces than there are, even at the same moment),
/// withdrawing, and the return that marks damage in the register.
/// </summary>
public sealed class AssetLoanTests
{
    private static DateOnly December(int day) => new(2024, 12, day);

    [Theory, Providers]
    public async Task A_member_asks_to_borrow_for_themselves_and_the_approvers_but_not_the_requester_are_told(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());

        var loan = await RequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 4, today.AddDays(1), today.AddDays(3), purpose: "  ใช้จัดงานวันเด็ก  ", place: "  "));

        var stored = await StoredLoanAsync(host, loan.Id);
        Assert.Equal((host.OrganizationId, chairs.Id, 4, AssetLoanStatus.Requested), (stored.OrganizationId, stored.AssetId, stored.Quantity, stored.Status));
        Assert.Equal((team.Clerk.Id, team.Clerk.Name, (string?)null), (stored.BorrowerUserId, stored.BorrowerName, stored.BorrowerContact));
        Assert.Equal((team.Clerk.Id, team.Clerk.Name, host.Clock.GetUtcNow()), (stored.RequestedByUserId, stored.RequestedBy, stored.RequestedAt));
        Assert.Equal(("ใช้จัดงานวันเด็ก", (string?)null, today.AddDays(1), today.AddDays(3)), (stored.Purpose, stored.Place, stored.From, stored.Until));
        Assert.Null(stored.DecidedAt);

        // The approvers (OrgAdmin and Executive) are told, with a link to the request; nobody else is.
        Assert.Equal(new[] { team.Admin.Id, team.Executive.Id }.Order(StringComparer.Ordinal), (await NotifiedAsync(host, loan.Id)).Order(StringComparer.Ordinal));
        var texts = await host.QueryAsync(db => db.StaffNotifications.Where(n => n.Path == $"assets/loans/{loan.Id}").Select(n => n.Text).Distinct().ToListAsync());
        Assert.Equal([$"คำขอยืม เก้าอี้พลาสติก 4 ชิ้น ของ {team.Clerk.Name} รอพิจารณา"], texts);

        // An approver asking for themselves is not told of their own request; the other approver is.
        var adminLoan = await RequestAsync(host, team.Admin.Actor, Loan(chairs.Id, 1, today, today));
        Assert.Equal([team.Executive.Id], await NotifiedAsync(host, adminLoan.Id));
        var executiveLoan = await RequestAsync(host, team.Executive.Actor, Loan(chairs.Id, 1, today, today));
        Assert.Equal([team.Admin.Id], await NotifiedAsync(host, executiveLoan.Id));

        // Every role that works may borrow; the auditor may not, nor the command line, which is nobody.
        foreach (var member in new[] { team.Head, team.Officer, team.Keeper })
        {
            Assert.True((await TryRequestAsync(host, member.Actor, Loan(chairs.Id, 1, today.AddDays(5), today.AddDays(5)))).Succeeded, member.Name);
        }

        var before = await LoanCountAsync(host);
        Refused<ForbiddenError>(await TryRequestAsync(host, team.Auditor.Actor, Loan(chairs.Id, 1, today, today)));
        Refused<ForbiddenError>(await TryRequestAsync(host, StaffActor.System(organizationId: host.OrganizationId), Loan(chairs.Id, 1, today, today)));
        Refused<NotFoundError>(await TryRequestAsync(host, team.Clerk.Actor, Loan(chairs.Id + 1000, 1, today, today)));
        Assert.Equal(before, await LoanCountAsync(host));
    }

    [Theory, Providers]
    public async Task A_request_needs_its_dates_quantity_and_purpose_and_is_refused_in_Thai_beside_the_fields(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());
        var actor = team.Clerk.Actor;

        Refused<ValidationError>(await TryRequestAsync(host, actor, Loan(chairs.Id, 2, today.AddDays(-1), today.AddDays(1))), "From");
        Refused<ValidationError>(await TryRequestAsync(host, actor, Loan(chairs.Id, 2, null, today.AddDays(1))), "From");
        Refused<ValidationError>(await TryRequestAsync(host, actor, Loan(chairs.Id, 2, today.AddDays(3), today.AddDays(2))), "Until");
        Refused<ValidationError>(await TryRequestAsync(host, actor, Loan(chairs.Id, 2, today, null)), "Until");
        // A loan is at most a year: from today until the same day a year on and one more is too long.
        Refused<ValidationError>(await TryRequestAsync(host, actor, Loan(chairs.Id, 2, today.AddDays(1), today.AddDays(1 + AssetLimits.MaxLoanDays))), "Until");
        foreach (var purpose in new[] { null, "", "   ", new string('ก', AssetLimits.Purpose + 1) })
        {
            Refused<ValidationError>(await TryRequestAsync(host, actor, Loan(chairs.Id, 2, today, today, purpose)), "Purpose");
        }

        foreach (var quantity in new int?[] { null, 0, -3, 11 })
        {
            Refused<ValidationError>(await TryRequestAsync(host, actor, Loan(chairs.Id, quantity, today, today)), "Quantity");
        }

        Refused<ValidationError>(await TryRequestAsync(host, actor, Loan(chairs.Id, 2, today, today, place: new string('ข', AssetLimits.Place + 1))), "Place");

        var everything = await TryRequestAsync(host, actor, Loan(chairs.Id, null, null, null, " "));
        Assert.Equal(["From", "Purpose", "Quantity", "Until"], everything.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.All(everything.Errors, e =>
        {
            Assert.IsType<ValidationError>(e);
            Assert.Matches("[ก-๙]", e.Message);
        });
        Assert.Equal(0, await LoanCountAsync(host));
        Assert.Empty(await host.QueryAsync(db => db.StaffNotifications.Where(n => EF.Functions.Like(n.Path!, "assets/%")).ToListAsync()));

        // Today, and the longest loan, with every piece, are accepted.
        var longest = await RequestAsync(host, actor, Loan(chairs.Id, 10, today, today.AddDays(AssetLimits.MaxLoanDays - 1)));
        Assert.Equal((today, today.AddDays(365)), (longest.From, longest.Until));
    }

    [Theory, Providers]
    public async Task Articles_not_to_be_lent_written_off_damaged_or_lost_are_refused(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var truck = await AddAsync(host, team.Keeper.Actor, Chairs(code: "023-58-0001", name: "รถบรรทุกน้ำอเนกประสงค์", quantity: 1, lendable: false));
        var damaged = await AddAsync(host, team.Keeper.Actor, Chairs(code: "416-60-0003", name: "โต๊ะพับ", condition: AssetCondition.Damaged));
        var lost = await AddAsync(host, team.Keeper.Actor, Chairs(code: "413-62-0001", name: "ไมโครโฟนไร้สาย", quantity: 1, condition: AssetCondition.Lost));
        var retired = await AddAsync(host, team.Keeper.Actor, Chairs(code: "416-59-0001", name: "เต็นท์ผ้าใบ"));
        Assert.True((await RetireAsync(host, team.Keeper.Actor, retired.Id, "ผ้าใบขาดเกินกว่าจะซ่อม")).Succeeded);

        foreach (var asset in new[] { truck, damaged, lost, retired })
        {
            Refused<ConflictError>(await TryRequestAsync(host, team.Clerk.Actor, Loan(asset.Id, 1, today, today)));
            // Not for someone outside either, whoever records it.
            Refused<ConflictError>(await TryRequestAsync(host, team.Keeper.Actor, Loan(asset.Id, 1, today, today, outsideBorrower: "ผู้ใหญ่บ้านหมู่ที่ 3")));
        }

        Assert.Equal(0, await LoanCountAsync(host));

        // The register lists the damaged and the lost as needing the keeper's attention.
        var attention = await host.UseAsync<AssetBoard, IReadOnlyList<int>>(async b =>
            (await b.ListAssetsAsync(AssetListFilter.NeedsAttention, null, 1)).Rows.Select(r => r.Id).Order().ToList());
        Assert.Equal(new[] { damaged.Id, lost.Id }.Order(), attention);
    }

    [Theory, Providers]
    public async Task Only_a_keeper_records_a_request_from_outside_the_office_with_a_contact(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var tents = await AddAsync(host, team.Keeper.Actor, Chairs(code: "416-59-0001", name: "เต็นท์ผ้าใบ 4x8 เมตร", quantity: 6));

        // A name or a contact alone makes it a request for someone else: only keepers record those.
        foreach (var member in new[] { team.Clerk, team.Head, team.Executive, team.Officer, team.Auditor })
        {
            Refused<ForbiddenError>(await TryRequestAsync(host, member.Actor, Loan(tents.Id, 2, today, today, outsideBorrower: "ผู้ใหญ่บ้านหมู่ที่ 3")));
            Refused<ForbiddenError>(await TryRequestAsync(host, member.Actor, Loan(tents.Id, 2, today, today, outsideContact: "081-234-5678")));
        }

        Refused<ValidationError>(await TryRequestAsync(host, team.Keeper.Actor, Loan(tents.Id, 2, today, today, outsideBorrower: " ", outsideContact: "081-234-5678")), "OutsideBorrower");
        Refused<ValidationError>(await TryRequestAsync(host, team.Keeper.Actor, Loan(tents.Id, 2, today, today,
            outsideBorrower: new string('ก', AssetLimits.Person + 1))), "OutsideBorrower");
        Refused<ValidationError>(await TryRequestAsync(host, team.Keeper.Actor, Loan(tents.Id, 2, today, today,
            outsideBorrower: "ผู้ใหญ่บ้านหมู่ที่ 3", outsideContact: new string('๑', AssetLimits.Contact + 1))), "OutsideContact");
        Assert.Equal(0, await LoanCountAsync(host));

        var loan = await RequestAsync(host, team.Keeper.Actor, Loan(tents.Id, 2, today.AddDays(1), today.AddDays(2),
            outsideBorrower: "  ผู้ใหญ่บ้านหมู่ที่ 3 นายสมหมาย ใจดี  ", outsideContact: " 081-234-5678 "));
        var stored = await StoredLoanAsync(host, loan.Id);
        Assert.Equal(((string?)null, "ผู้ใหญ่บ้านหมู่ที่ 3 นายสมหมาย ใจดี", "081-234-5678"), (stored.BorrowerUserId, stored.BorrowerName, stored.BorrowerContact));
        Assert.Equal((team.Keeper.Id, team.Keeper.Name), (stored.RequestedByUserId, stored.RequestedBy));
        Assert.Equal(new[] { team.Admin.Id, team.Executive.Id }.Order(StringComparer.Ordinal), (await NotifiedAsync(host, loan.Id)).Order(StringComparer.Ordinal));

        // The OrgAdmin keeps the register too; as the one who records it, they are not told.
        var byAdmin = await RequestAsync(host, team.Admin.Actor, Loan(tents.Id, 1, today, today, outsideBorrower: "โรงเรียนบ้านบางคา"));
        Assert.Null((await StoredLoanAsync(host, byAdmin.Id)).BorrowerContact);
        Assert.Equal([team.Executive.Id], await NotifiedAsync(host, byAdmin.Id));

        // Who wrote the request down does not approve it: the head of the office does.
        var own = Refused<ConflictError>(await ApproveAsync(host, team.Admin.Actor, byAdmin.Id));
        Assert.Contains("ผู้บันทึกคำขอ", own.Message, StringComparison.Ordinal);
        Refused<ConflictError>(await RefuseAsync(host, team.Admin.Actor, byAdmin.Id, "ไม่ว่าง"));
        Assert.True((await ApproveAsync(host, team.Executive.Actor, byAdmin.Id)).Succeeded);
        Assert.True((await ApproveAsync(host, team.Admin.Actor, loan.Id)).Succeeded);
    }

    [Fact]
    public void The_most_pieces_held_on_one_day_of_a_period_counts_overlapping_loans_only()
    {
        (DateOnly, DateOnly, int)[] two = [(December(1), December(3), 6), (December(5), December(7), 6)];
        Assert.Equal(6, AssetAvailability.MostHeld(two, December(1), December(7)));
        Assert.Equal(0, AssetAvailability.MostHeld(two, December(4), December(4)));
        Assert.Equal(6, AssetAvailability.MostHeld(two, December(3), December(5)));
        Assert.Equal(0, AssetAvailability.MostHeld(two, December(8), December(31)));

        // Back to back is not overlapping; sharing a day is.
        Assert.Equal(6, AssetAvailability.MostHeld([(December(1), December(3), 6), (December(4), December(5), 3)], December(1), December(7)));
        Assert.Equal(9, AssetAvailability.MostHeld([(December(1), December(3), 6), (December(3), December(5), 3)], December(1), December(7)));
        Assert.Equal(9, AssetAvailability.MostHeld(
            [(December(1), December(10), 2), (December(5), December(6), 3), (December(6), December(8), 4), (December(9), December(9), 5)],
            December(1), December(10)));

        // A loan that started before the period counts on its days inside it.
        (DateOnly, DateOnly, int)[] early = [(new DateOnly(2024, 11, 28), December(2), 4)];
        Assert.Equal(4, AssetAvailability.MostHeld(early, December(2), December(5)));
        Assert.Equal(0, AssetAvailability.MostHeld(early, December(3), December(5)));
        Assert.Equal(0, AssetAvailability.MostHeld([], December(1), December(7)));
    }

    [Theory, Providers]
    public async Task A_request_gets_what_is_free_on_every_day_of_its_period(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 11, 20));
        var team = await TeamAsync(host);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());
        await LentAsync(host, team.Clerk, team.Executive, chairs.Id, 6, December(1), December(3));
        await LentAsync(host, team.Head, team.Executive, chairs.Id, 6, December(5), December(7));

        // 1–7 December: at most six are out on any one day, so four are free and five are not.
        var five = await TryRequestAsync(host, team.Colleague.Actor, Loan(chairs.Id, 5, December(1), December(7)));
        Assert.Contains("4 จาก 10", Refused<ConflictError>(five, "Quantity").Message, StringComparison.Ordinal);
        var four = await RequestAsync(host, team.Colleague.Actor, Loan(chairs.Id, 4, December(1), December(7)));

        // A request only waiting holds nothing: on the 4th all ten are free.
        await RequestAsync(host, team.Keeper.Actor, Loan(chairs.Id, 10, December(4), December(4)));
        Assert.True((await ApproveAsync(host, team.Admin.Actor, four.Id)).Succeeded);
        var none = await TryRequestAsync(host, team.Colleague.Actor, Loan(chairs.Id, 1, December(2), December(2)));
        Assert.Equal("ช่วงวันที่นี้ถูกยืมไปหมดแล้ว กรุณาเลือกวันอื่น", Refused<ConflictError>(none, "Quantity").Message);
        Assert.True((await TryRequestAsync(host, team.Colleague.Actor, Loan(chairs.Id, 6, December(8), December(9)))).Succeeded);

        // Today nothing is out yet.
        var view = await host.UseAsync<AssetBoard, AssetView?>(b => b.FindAssetAsync(team.Keeper.Actor, chairs.Id));
        Assert.Equal(10, view!.FreeToday);
    }

    [Theory, Providers]
    public async Task A_loan_past_its_date_and_not_back_still_holds_its_pieces_today(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 11, 20));
        var team = await TeamAsync(host);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());
        var late = await LentAsync(host, team.Clerk, team.Executive, chairs.Id, 6, new DateOnly(2024, 11, 21), new DateOnly(2024, 11, 23));

        host.Clock.Now = host.Clock.Now.AddDays(5); // 25 November: two days late
        var today = BangkokTime.Today(host.Clock);
        Assert.True((await StoredLoanAsync(host, late.Id)).IsOverdue(today));
        Assert.Contains("4 จาก 10", Refused<ConflictError>(await TryRequestAsync(host, team.Colleague.Actor, Loan(chairs.Id, 5, today, today)), "Quantity").Message, StringComparison.Ordinal);
        var four = await RequestAsync(host, team.Colleague.Actor, Loan(chairs.Id, 4, today, today.AddDays(1)));
        Assert.Equal(4, (await host.UseAsync<AssetBoard, AssetView?>(b => b.FindAssetAsync(team.Keeper.Actor, chairs.Id)))!.FreeToday);

        // Recorded back: all ten are on the shelf again.
        Assert.True((await ReturnAsync(host, team.Keeper.Actor, late.Id, new AssetReturnInput(today, AssetCondition.Good, null))).Succeeded);
        Assert.Equal(10, (await host.UseAsync<AssetBoard, AssetView?>(b => b.FindAssetAsync(team.Keeper.Actor, chairs.Id)))!.FreeToday);
        Assert.True((await TryRequestAsync(host, team.Colleague.Actor, Loan(chairs.Id, 6, today, today))).Succeeded);
        Assert.True((await ApproveAsync(host, team.Admin.Actor, four.Id)).Succeeded);
    }

    [Theory, Providers]
    public async Task An_approver_approves_or_refuses_with_a_reason_once_never_their_own_loan_and_both_people_named_are_told(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());
        var loan = await RequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 6, today.AddDays(1), today.AddDays(3)));

        foreach (var member in new[] { team.Clerk, team.Keeper, team.Head, team.Officer, team.Auditor })
        {
            Refused<ForbiddenError>(await ApproveAsync(host, member.Actor, loan.Id));
            Refused<ForbiddenError>(await RefuseAsync(host, member.Actor, loan.Id, "ไม่อนุมัติ"));
        }

        foreach (var reason in new[] { null, "", "  " })
        {
            Refused<ValidationError>(await RefuseAsync(host, team.Admin.Actor, loan.Id, reason), "Note");
        }

        Refused<ValidationError>(await ApproveAsync(host, team.Admin.Actor, loan.Id, new string('ก', AssetLimits.Reason + 1)), "Note");
        Refused<NotFoundError>(await ApproveAsync(host, team.Admin.Actor, loan.Id + 1000));
        Assert.Equal(AssetLoanStatus.Requested, (await StoredLoanAsync(host, loan.Id)).Status);

        host.Clock.Now = host.Clock.Now.AddHours(1);
        Assert.True((await ApproveAsync(host, team.Executive.Actor, loan.Id, "  รับของที่โรงเก็บพัสดุ  ")).Succeeded);
        var stored = await StoredLoanAsync(host, loan.Id);
        Assert.Equal((AssetLoanStatus.Approved, host.Clock.GetUtcNow(), team.Executive.Id, team.Executive.Name, "รับของที่โรงเก็บพัสดุ"),
            (stored.Status, stored.DecidedAt!.Value, stored.DecidedByUserId, stored.DecidedBy, stored.DecisionNote));
        Assert.True(stored.IsOut);
        var told = await host.QueryAsync(db => db.StaffNotifications.Where(n => n.Path == $"assets/loans/{loan.Id}" && n.UserId == team.Clerk.Id)
            .Select(n => n.Text).ToListAsync());
        Assert.Equal([$"อนุมัติให้ยืม เก้าอี้พลาสติก 6 ชิ้นแล้ว กำหนดส่งคืน {ThaiDate.FormatLong(today.AddDays(3))}"], told);
        Assert.Equal("อนุมัติให้ยืม เก้าอี้พลาสติก 6 ชิ้นแล้ว กำหนดส่งคืน 18 มกราคม 2567", told[0]);

        // Decided once: a second decision, either way, is a conflict and changes nothing.
        Refused<ConflictError>(await ApproveAsync(host, team.Admin.Actor, loan.Id));
        Refused<ConflictError>(await RefuseAsync(host, team.Admin.Actor, loan.Id, "เปลี่ยนใจ"));
        Assert.Equal((AssetLoanStatus.Approved, team.Executive.Name), ((await StoredLoanAsync(host, loan.Id)).Status, (await StoredLoanAsync(host, loan.Id)).DecidedBy));
        Assert.Single(await host.QueryAsync(db => db.StaffNotifications.Where(n => n.UserId == team.Clerk.Id).ToListAsync()));

        // Refused with the reason the borrower reads.
        var headLoan = await RequestAsync(host, team.Head.Actor, Loan(chairs.Id, 2, today.AddDays(1), today.AddDays(1)));
        Assert.True((await RefuseAsync(host, team.Admin.Actor, headLoan.Id, " ช่วงนั้น อบต. ใช้จัดงานเอง ")).Succeeded);
        stored = await StoredLoanAsync(host, headLoan.Id);
        Assert.Equal((AssetLoanStatus.Refused, team.Admin.Name, "ช่วงนั้น อบต. ใช้จัดงานเอง"), (stored.Status, stored.DecidedBy, stored.DecisionNote));
        Assert.False(stored.IsOut);
        Assert.Equal(["ไม่อนุมัติคำขอยืม เก้าอี้พลาสติก: ช่วงนั้น อบต. ใช้จัดงานเอง"], await host.QueryAsync(db =>
            db.StaffNotifications.Where(n => n.UserId == team.Head.Id).Select(n => n.Text).ToListAsync()));

        // Nobody decides on their own loan, either way; the other approver does.
        var adminLoan = await RequestAsync(host, team.Admin.Actor, Loan(chairs.Id, 1, today, today));
        Assert.Contains("ผู้ยืม", Refused<ConflictError>(await ApproveAsync(host, team.Admin.Actor, adminLoan.Id)).Message, StringComparison.Ordinal);
        Refused<ConflictError>(await RefuseAsync(host, team.Admin.Actor, adminLoan.Id, "ไม่ใช้แล้ว"));
        Assert.Equal(AssetLoanStatus.Requested, (await StoredLoanAsync(host, adminLoan.Id)).Status);
        Assert.True((await ApproveAsync(host, team.Executive.Actor, adminLoan.Id)).Succeeded);

        // A loan to someone outside: the keeper who recorded it is told (the borrower has no account).
        var outside = await RequestAsync(host, team.Keeper.Actor, Loan(chairs.Id, 1, today, today, outsideBorrower: "ผู้ใหญ่บ้านหมู่ที่ 3"));
        var notedBefore = await NotifiedAsync(host, outside.Id);
        Assert.True((await ApproveAsync(host, team.Admin.Actor, outside.Id)).Succeeded);
        Assert.Equal([team.Keeper.Id], (await NotifiedAsync(host, outside.Id)).Skip(notedBefore.Count));
    }

    [Theory, Providers]
    public async Task Approval_checks_again_what_is_free_and_whether_it_may_still_be_lent(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 11, 20));
        var team = await TeamAsync(host);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());

        // Both fit when asked, not together.
        var first = await RequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 6, December(1), December(3)));
        var second = await RequestAsync(host, team.Colleague.Actor, Loan(chairs.Id, 6, December(3), December(5)));
        Assert.True((await ApproveAsync(host, team.Executive.Actor, first.Id)).Succeeded);
        Assert.Contains("4 จาก 10", Refused<ConflictError>(await ApproveAsync(host, team.Admin.Actor, second.Id)).Message, StringComparison.Ordinal);
        Assert.Equal(AssetLoanStatus.Requested, (await StoredLoanAsync(host, second.Id)).Status);
        Assert.DoesNotContain(team.Colleague.Id, await NotifiedAsync(host, second.Id));
        Assert.True((await RefuseAsync(host, team.Admin.Actor, second.Id, "ช่วงวันที่นั้นเก้าอี้ไม่พอ")).Succeeded);

        // No longer to be lent since it was asked for.
        var third = await RequestAsync(host, team.Colleague.Actor, Loan(chairs.Id, 2, December(10), December(10)));
        Assert.True((await EditAsync(host, team.Keeper.Actor, chairs.Id, Chairs(lendable: false))).Succeeded);
        Refused<ConflictError>(await ApproveAsync(host, team.Executive.Actor, third.Id));
        Assert.Equal(AssetLoanStatus.Requested, (await StoredLoanAsync(host, third.Id)).Status);
    }

    [Theory, Providers]
    public async Task Two_approvers_at_the_same_moment_never_lend_more_pieces_than_there_are(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 11, 20));
        var team = await TeamAsync(host);
        for (var round = 0; round < 8; round++)
        {
            var chairs = await AddAsync(host, team.Keeper.Actor, Chairs(code: $"416-66-00{round + 10}"));
            var clerks = await RequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 6, December(1), December(3)));
            var heads = await RequestAsync(host, team.Head.Actor, Loan(chairs.Id, 6, December(2), December(4)));

            // Each approver in a scope (and a DbContext) of their own, as two requests to the app are, let go together.
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<Result<AssetLoan>> WhenOpen(Member approver, int loanId) => Task.Run(async () =>
            {
                await gate.Task;
                return await ApproveAsync(host, approver.Actor, loanId);
            });
            var both = new[] { WhenOpen(team.Admin, clerks.Id), WhenOpen(team.Executive, heads.Id) };
            gate.SetResult();
            var results = await Task.WhenAll(both);

            Assert.Single(results, r => r.Succeeded);
            Refused<ConflictError>(Assert.Single(results, r => !r.Succeeded));
            var approved = await host.QueryAsync(db => db.Set<AssetLoan>()
                .Where(l => l.AssetId == chairs.Id && l.Status == AssetLoanStatus.Approved).Select(l => l.Quantity).ToListAsync());
            Assert.Equal([6], approved);
        }

        // The same request approved twice at once is approved once, and its borrower told once.
        for (var round = 0; round < 4; round++)
        {
            var chairs = await AddAsync(host, team.Keeper.Actor, Chairs(code: $"416-66-00{round + 50}"));
            var loan = await RequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 6, December(1), December(3)));
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<Result<AssetLoan>> Approving(Member approver) => Task.Run(async () =>
            {
                await gate.Task;
                return await ApproveAsync(host, approver.Actor, loan.Id);
            });
            var both = new[] { Approving(team.Admin), Approving(team.Executive) };
            gate.SetResult();
            var results = await Task.WhenAll(both);

            Assert.Single(results, r => r.Succeeded);
            Refused<ConflictError>(Assert.Single(results, r => !r.Succeeded));
            Assert.Single(await NotifiedAsync(host, loan.Id), id => id == team.Clerk.Id);
        }
    }

    [Theory, Providers]
    public async Task A_keeper_lowering_the_quantity_while_a_loan_is_approved_never_leaves_more_out_than_the_register_holds(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 11, 20));
        var team = await TeamAsync(host);
        for (var round = 0; round < 8; round++)
        {
            var code = $"416-66-00{round + 10}";
            var chairs = await AddAsync(host, team.Keeper.Actor, Chairs(code: code));
            var loan = await RequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 6, December(1), December(3)));
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var approving = Task.Run(async () =>
            {
                await gate.Task;
                return await ApproveAsync(host, team.Executive.Actor, loan.Id);
            });
            var lowering = Task.Run(async () =>
            {
                await gate.Task;
                return await EditAsync(host, team.Keeper.Actor, chairs.Id, Chairs(code: code, quantity: 5));
            });
            gate.SetResult();
            var (approved, lowered) = (await approving, await lowering);

            Assert.NotEqual(approved.Succeeded, lowered.Succeeded);
            var stored = await StoredAssetAsync(host, chairs.Id);
            var lent = await host.QueryAsync(db => db.Set<AssetLoan>()
                .Where(l => l.AssetId == chairs.Id && l.Status == AssetLoanStatus.Approved).SumAsync(l => l.Quantity));
            Assert.True(lent <= stored.Quantity, $"{lent} lent of {stored.Quantity}");
        }
    }

    [Theory, Providers]
    public async Task A_request_withdrawn_while_it_is_approved_ends_as_the_one_that_succeeded(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 11, 20));
        var team = await TeamAsync(host);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());
        for (var round = 0; round < 8; round++)
        {
            var loan = await RequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 1, December(round + 1), December(round + 1)));
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var approving = Task.Run(async () =>
            {
                await gate.Task;
                return await ApproveAsync(host, team.Executive.Actor, loan.Id);
            });
            var withdrawing = Task.Run(async () =>
            {
                await gate.Task;
                return await WithdrawAsync(host, team.Clerk.Actor, loan.Id);
            });
            gate.SetResult();
            var (approved, withdrawn) = (await approving, await withdrawing);

            // One of them, never both: an approval the borrower was told of is not undone by a withdrawal, nor the reverse.
            Assert.NotEqual(approved.Succeeded, withdrawn.Succeeded);
            Refused<ConflictError>(approved.Succeeded ? withdrawn : approved);
            Assert.Equal(approved.Succeeded ? AssetLoanStatus.Approved : AssetLoanStatus.Withdrawn, (await StoredLoanAsync(host, loan.Id)).Status);
        }
    }

    [Theory, Providers]
    public async Task Two_keepers_recording_the_same_return_at_once_record_it_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());
        for (var round = 0; round < 6; round++)
        {
            var loan = await LentAsync(host, team.Clerk, team.Executive, chairs.Id, 1, today, today);
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Task<Result<AssetLoan>> Receiving(Member keeper, AssetCondition condition, string? note) => Task.Run(async () =>
            {
                await gate.Task;
                return await ReturnAsync(host, keeper.Actor, loan.Id, new AssetReturnInput(today, condition, note));
            });
            var both = new[] { Receiving(team.Keeper, AssetCondition.Good, null), Receiving(team.Admin, AssetCondition.Damaged, "ขาหัก") };
            gate.SetResult();
            var results = await Task.WhenAll(both);

            Assert.Single(results, r => r.Succeeded);
            Refused<ConflictError>(Assert.Single(results, r => !r.Succeeded));
            var stored = await StoredLoanAsync(host, loan.Id);
            var winner = results[0].Succeeded ? team.Keeper : team.Admin;
            Assert.Equal(winner.Name, stored.ReturnReceivedBy);
            // The register's condition is the one of the return that was recorded; mended for the next round.
            Assert.Equal(stored.ReturnCondition, (await StoredAssetAsync(host, chairs.Id)).Condition);
            Assert.True((await EditAsync(host, team.Keeper.Actor, chairs.Id, Chairs())).Succeeded);
        }
    }

    [Theory, Providers]
    public async Task The_requester_withdraws_a_request_until_it_is_decided_and_strangers_may_not(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());
        var loan = await RequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 6, today.AddDays(1), today.AddDays(2)));

        // Another clerk, the head of the same office, an approver, the auditor, the command line: not theirs.
        foreach (var actor in new[] { team.Colleague.Actor, team.Head.Actor, team.Executive.Actor, team.Officer.Actor, team.Auditor.Actor,
            StaffActor.System(organizationId: host.OrganizationId) })
        {
            Refused<ForbiddenError>(await WithdrawAsync(host, actor, loan.Id));
        }

        Refused<NotFoundError>(await WithdrawAsync(host, team.Clerk.Actor, loan.Id + 1000));
        Assert.Equal(AssetLoanStatus.Requested, (await StoredLoanAsync(host, loan.Id)).Status);

        host.Clock.Now = host.Clock.Now.AddMinutes(30);
        Assert.True((await WithdrawAsync(host, team.Clerk.Actor, loan.Id)).Succeeded);
        var stored = await StoredLoanAsync(host, loan.Id);
        Assert.Equal((AssetLoanStatus.Withdrawn, host.Clock.GetUtcNow(), team.Clerk.Id, team.Clerk.Name),
            (stored.Status, stored.DecidedAt!.Value, stored.DecidedByUserId, stored.DecidedBy));
        Refused<ConflictError>(await WithdrawAsync(host, team.Clerk.Actor, loan.Id));
        Refused<ConflictError>(await ApproveAsync(host, team.Executive.Actor, loan.Id));

        // A keeper may take back anyone's request; nobody takes back one that was decided.
        var heads = await RequestAsync(host, team.Head.Actor, Loan(chairs.Id, 1, today, today));
        Assert.True((await WithdrawAsync(host, team.Keeper.Actor, heads.Id)).Succeeded);
        Assert.Equal((AssetLoanStatus.Withdrawn, team.Keeper.Name), ((await StoredLoanAsync(host, heads.Id)).Status, (await StoredLoanAsync(host, heads.Id)).DecidedBy));

        var approved = await LentAsync(host, team.Clerk, team.Executive, chairs.Id, 2, today, today);
        var refused = await RequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 2, today, today));
        Assert.True((await RefuseAsync(host, team.Executive.Actor, refused.Id, "ไม่ใช่งานราชการ")).Succeeded);
        foreach (var decided in new[] { approved.Id, refused.Id })
        {
            Refused<ConflictError>(await WithdrawAsync(host, team.Clerk.Actor, decided));
            Refused<ConflictError>(await WithdrawAsync(host, team.Keeper.Actor, decided));
        }

        Assert.Equal(AssetLoanStatus.Approved, (await StoredLoanAsync(host, approved.Id)).Status);
    }

    [Theory, Providers]
    public async Task A_keeper_records_the_return_once_and_damage_or_loss_stops_further_loans(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());
        var loan = await LentAsync(host, team.Clerk, team.Executive, chairs.Id, 6, today, today.AddDays(2));

        foreach (var member in new[] { team.Clerk, team.Colleague, team.Head, team.Executive, team.Officer, team.Auditor })
        {
            Refused<ForbiddenError>(await ReturnAsync(host, member.Actor, loan.Id, new AssetReturnInput(today, AssetCondition.Good, null)));
        }

        host.Clock.Now = host.Clock.Now.AddDays(2);
        var now = BangkokTime.Today(host.Clock);
        Refused<ValidationError>(await ReturnAsync(host, team.Keeper.Actor, loan.Id, new AssetReturnInput(null, AssetCondition.Good, null)), "ReturnedOn");
        Refused<ValidationError>(await ReturnAsync(host, team.Keeper.Actor, loan.Id, new AssetReturnInput(now.AddDays(1), AssetCondition.Good, null)), "ReturnedOn");
        Refused<ValidationError>(await ReturnAsync(host, team.Keeper.Actor, loan.Id, new AssetReturnInput(today.AddDays(-1), AssetCondition.Good, null)), "ReturnedOn");
        Refused<ValidationError>(await ReturnAsync(host, team.Keeper.Actor, loan.Id, new AssetReturnInput(now, null, null)), "Condition");
        Refused<ValidationError>(await ReturnAsync(host, team.Keeper.Actor, loan.Id, new AssetReturnInput(now, AssetCondition.Damaged, null)), "Note");
        Refused<ValidationError>(await ReturnAsync(host, team.Keeper.Actor, loan.Id, new AssetReturnInput(now, AssetCondition.Lost, "   ")), "Note");
        Refused<ValidationError>(await ReturnAsync(host, team.Keeper.Actor, loan.Id, new AssetReturnInput(now, AssetCondition.Good, new string('ก', AssetLimits.Reason + 1))), "Note");
        Refused<NotFoundError>(await ReturnAsync(host, team.Keeper.Actor, loan.Id + 1000, new AssetReturnInput(now, AssetCondition.Good, null)));
        Assert.Equal(AssetLoanStatus.Approved, (await StoredLoanAsync(host, loan.Id)).Status);

        Assert.True((await ReturnAsync(host, team.Keeper.Actor, loan.Id, new AssetReturnInput(now.AddDays(-1), AssetCondition.Good, "  "))).Succeeded);
        var stored = await StoredLoanAsync(host, loan.Id);
        Assert.Equal((AssetLoanStatus.Returned, now.AddDays(-1), AssetCondition.Good, (string?)null),
            (stored.Status, stored.ReturnedOn!.Value, stored.ReturnCondition!.Value, stored.ReturnNote));
        Assert.Equal((host.Clock.GetUtcNow(), team.Keeper.Name), (stored.ReturnRecordedAt!.Value, stored.ReturnReceivedBy));
        Assert.False(stored.IsOut);
        Assert.Equal(AssetCondition.Good, (await StoredAssetAsync(host, chairs.Id)).Condition);
        Assert.Equal("บันทึกการคืนรายการนี้ไปแล้ว", Refused<ConflictError>(
            await ReturnAsync(host, team.Admin.Actor, loan.Id, new AssetReturnInput(now, AssetCondition.Damaged, "ชำรุด"))).Message);
        Assert.Equal(AssetCondition.Good, (await StoredAssetAsync(host, chairs.Id)).Condition);

        // Only what is out comes back.
        var waiting = await RequestAsync(host, team.Colleague.Actor, Loan(chairs.Id, 2, now.AddDays(3), now.AddDays(3)));
        Refused<ConflictError>(await ReturnAsync(host, team.Keeper.Actor, waiting.Id, new AssetReturnInput(now, AssetCondition.Good, null)));

        // Back damaged: marked in the register, so neither a new request nor the waiting one's approval lends it.
        var second = await LentAsync(host, team.Head, team.Admin, chairs.Id, 2, now, now);
        Assert.True((await ReturnAsync(host, team.Admin.Actor, second.Id,
            new AssetReturnInput(now, AssetCondition.Damaged, " ขาเก้าอี้หัก 1 ตัว ผู้ยืมรับจะซ่อมให้ภายใน 7 วัน "))).Succeeded);
        Assert.Equal((AssetCondition.Damaged, "ขาเก้าอี้หัก 1 ตัว ผู้ยืมรับจะซ่อมให้ภายใน 7 วัน"),
            ((await StoredLoanAsync(host, second.Id)).ReturnCondition!.Value, (await StoredLoanAsync(host, second.Id)).ReturnNote));
        var asset = await StoredAssetAsync(host, chairs.Id);
        Assert.Equal((AssetCondition.Damaged, host.Clock.GetUtcNow()), (asset.Condition, asset.UpdatedAt));
        Refused<ConflictError>(await TryRequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 1, now.AddDays(4), now.AddDays(4))));
        Refused<ConflictError>(await ApproveAsync(host, team.Executive.Actor, waiting.Id));

        // Repaired, the keeper marks it good and it is lent again.
        Assert.True((await EditAsync(host, team.Keeper.Actor, chairs.Id, Chairs(condition: AssetCondition.Good))).Succeeded);
        Assert.True((await ApproveAsync(host, team.Executive.Actor, waiting.Id)).Succeeded);

        // Lost: the same.
        var mic = await AddAsync(host, team.Keeper.Actor, Chairs(code: "413-62-0001", name: "ไมโครโฟนไร้สาย", quantity: 1));
        var lost = await LentAsync(host, team.Clerk, team.Executive, mic.Id, 1, now, now);
        Assert.True((await ReturnAsync(host, team.Keeper.Actor, lost.Id, new AssetReturnInput(now, AssetCondition.Lost, "ผู้ยืมแจ้งว่าหายระหว่างงาน จะชดใช้ตามราคา"))).Succeeded);
        Assert.Equal(AssetCondition.Lost, (await StoredAssetAsync(host, mic.Id)).Condition);
        Refused<ConflictError>(await TryRequestAsync(host, team.Clerk.Actor, Loan(mic.Id, 1, now.AddDays(1), now.AddDays(1))));
    }
}
