using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Assets.AssetsTestData;

namespace Prongsai.Tests.Assets;

/// <summary>
/// A villager asks on the website to borrow what the office lists there: the request waits for approval like a
/// keeper's, with the name and a telephone number to call back; anything not listed is not offered, and every mistake
/// comes back at once, in Thai, with nothing written.
/// </summary>
public sealed class OnlineLoanRequestTests
{
    private static Task<Result<OnlineLoanReceipt>> AskAsync(MeasuresTestHost host, OnlineLoanInput input) =>
        host.UseAsync<RequestAssetLoanOnline, Result<OnlineLoanReceipt>>(r => r.RunAsync(input));

    private static Task<OnlineLoanView?> FindAsync(MeasuresTestHost host, string? code) =>
        host.UseAsync<FollowAssetLoanOnline, OnlineLoanView?>(f => f.FindAsync(code));

    private static Task<Result<AssetLoan>> WithdrawAsync(MeasuresTestHost host, string? code) =>
        host.UseAsync<WithdrawAssetLoanOnline, Result<AssetLoan>>(w => w.RunAsync(code));

    private static OnlineLoanInput Tents(int assetId, DateOnly from, DateOnly until, string? phone = "081-234-5678") =>
        new(assetId, "3", ThaiDateInput.Format(from), ThaiDateInput.Format(until), "งานบุญประจำปีของหมู่ 3", "วัดบางคา", "นายสมหมาย ใจงาม ผู้ใหญ่บ้านหมู่ 3", phone);

    [Theory, Providers]
    public async Task A_request_from_the_website_waits_for_approval_with_the_number_to_call(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs() with { ShownToPublic = true });

        var asked = await AskAsync(host, Tents(chairs.Id, today.AddDays(7), today.AddDays(8)));

        Assert.True(asked.Succeeded, string.Join(" ", asked.Errors.Select(e => e.Message)));
        var stored = await StoredLoanAsync(host, asked.Value!.Loan.Id);
        Assert.Equal((AssetLoanStatus.Requested, 3, today.AddDays(7), today.AddDays(8)), (stored.Status, stored.Quantity, stored.From, stored.Until));
        Assert.Equal(((string?)null, "นายสมหมาย ใจงาม ผู้ใหญ่บ้านหมู่ 3", "0812345678"), (stored.BorrowerUserId, stored.BorrowerName, stored.BorrowerContact));
        Assert.Equal(("", RequestAssetLoanOnline.RequestedOnline), (stored.RequestedByUserId, stored.RequestedBy));
        Assert.Equal(new[] { team.Admin.Id, team.Executive.Id }.Order(StringComparer.Ordinal), (await NotifiedAsync(host, stored.Id)).Order(StringComparer.Ordinal));
        Assert.Equal(1, await host.UseAsync<AssetBoard, int>(b => b.WaitingForDecisionAsync(team.Executive.Actor)));

        // It holds nothing until approved: another request for every chair the same days is still taken.
        Assert.True((await AskAsync(host, Tents(chairs.Id, today.AddDays(7), today.AddDays(8)) with { Quantity = "10" })).Succeeded);
        var approved = await ApproveAsync(host, team.Executive.Actor, stored.Id);
        Assert.True(approved.Succeeded);
        var clash = await AskAsync(host, Tents(chairs.Id, today.AddDays(8), today.AddDays(9)) with { Quantity = "8" });
        Assert.Equal("Quantity", Assert.IsType<ConflictError>(Assert.Single(clash.Errors)).Field);
    }

    [Theory, Providers]
    public async Task Only_what_the_website_lists_can_be_asked_for_and_every_mistake_comes_back_at_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var listed = await AddAsync(host, team.Keeper.Actor, Chairs() with { ShownToPublic = true });
        var staffOnly = await AddAsync(host, team.Keeper.Actor, Chairs(code: "416-66-0002", name: "เครื่องฉายภาพ"));
        var damaged = await AddAsync(host, team.Keeper.Actor, Chairs(code: "416-66-0003", name: "เต็นท์", condition: AssetCondition.Damaged) with { ShownToPublic = true });

        foreach (var id in new int?[] { null, staffOnly.Id, listed.Id + 10_000 })
        {
            Assert.Equal("AssetId", Assert.IsType<ValidationError>(Assert.Single((await AskAsync(host, Tents(listed.Id, today, today) with { AssetId = id })).Errors)).Field);
        }

        Assert.Equal("AssetId", Assert.IsType<ConflictError>(Assert.Single((await AskAsync(host, Tents(damaged.Id, today, today))).Errors)).Field);

        var everything = await AskAsync(host, new OnlineLoanInput(listed.Id, "0", "31/2/2569", "พรุ่งนี้", " ", null, " ", "โทรมาได้เลย"));
        Assert.Equal(["From", "OutsideBorrower", "OutsideContact", "Purpose", "Quantity", "Until"], everything.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.All(everything.Errors, e => Assert.Matches("[ก-๙]", e.Message));
        Assert.Equal("OutsideContact", Assert.Single((await AskAsync(host, Tents(listed.Id, today, today, phone: null))).Errors).Field);
        Assert.Equal("From", Assert.Single((await AskAsync(host, Tents(listed.Id, today.AddDays(-1), today))).Errors).Field);
        Assert.Equal(0, await LoanCountAsync(host));
    }

    [Theory, Providers]
    public async Task The_villager_follows_the_request_by_its_code_and_reads_the_decision(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs() with { ShownToPublic = true });
        var receipt = (await AskAsync(host, Tents(chairs.Id, today.AddDays(7), today.AddDays(8)))).Value!;

        // Only the hash is kept; the code is found typed loosely, and any other text finds nothing.
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", receipt.TrackingCode);
        var stored = await StoredLoanAsync(host, receipt.Loan.Id);
        Assert.Equal(64, stored.TrackingCodeHash!.Length);
        Assert.DoesNotContain(receipt.TrackingCode.Replace("-", "", StringComparison.Ordinal), stored.TrackingCodeHash, StringComparison.OrdinalIgnoreCase);
        var loose = receipt.TrackingCode.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal);
        var waiting = await FindAsync(host, loose);
        Assert.Equal((receipt.Loan.Id, "เก้าอี้พลาสติก", 3, AssetLoanStatus.Requested, true), (waiting!.Id, waiting.Article, waiting.Quantity, waiting.Status, waiting.CanWithdraw));
        foreach (var wrong in new[] { null, "", "AAAA-AAAA-AAAA-AAAA", "<script>", receipt.TrackingCode + "X" })
        {
            Assert.Null(await FindAsync(host, wrong));
        }

        // The reason the executive writes to the borrower is what the villager reads; it can no longer be withdrawn.
        Assert.True((await RefuseAsync(host, team.Executive.Actor, receipt.Loan.Id, "วันดังกล่าวใช้ในงานของ อบต. เอง")).Succeeded);
        var refused = await FindAsync(host, receipt.TrackingCode);
        Assert.Equal((AssetLoanStatus.Refused, "วันดังกล่าวใช้ในงานของ อบต. เอง", false), (refused!.Status, refused.DecisionNote, refused.CanWithdraw));
        Assert.IsType<ConflictError>(Assert.Single((await WithdrawAsync(host, receipt.TrackingCode)).Errors));

        // A keeper's request has no code, and another organization's code is not this one's.
        Assert.Null((await StoredLoanAsync(host, (await RequestAsync(host, team.Keeper.Actor, Loan(chairs.Id, 1, today.AddDays(3), today.AddDays(3)))).Id)).TrackingCodeHash);
        await using var other = await MeasuresTestHost.StartAsync(provider);
        Assert.Null(await other.UseAsync<FollowAssetLoanOnline, OnlineLoanView?>(f => f.FindAsync(receipt.TrackingCode)));
    }

    [Theory, Providers]
    public async Task The_villager_withdraws_a_waiting_request_and_the_approvers_are_told(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs() with { ShownToPublic = true });
        var receipt = (await AskAsync(host, Tents(chairs.Id, today.AddDays(7), today.AddDays(8)))).Value!;

        Assert.IsType<NotFoundError>(Assert.Single((await WithdrawAsync(host, "AAAA-AAAA-AAAA-AAAA")).Errors));
        Assert.True((await WithdrawAsync(host, receipt.TrackingCode)).Succeeded);

        var stored = await StoredLoanAsync(host, receipt.Loan.Id);
        Assert.Equal((AssetLoanStatus.Withdrawn, WithdrawAssetLoanOnline.WithdrawnOnline, (string?)null), (stored.Status, stored.DecidedBy, stored.DecidedByUserId));
        Assert.Equal(0, await host.UseAsync<AssetBoard, int>(b => b.WaitingForDecisionAsync(team.Executive.Actor)));
        // Told twice each: of the request, then of its withdrawal.
        var told = await NotifiedAsync(host, stored.Id);
        Assert.Equal(2, told.Count(id => id == team.Executive.Id));
        Assert.Contains(await host.QueryAsync(db => db.StaffNotifications.Where(n => n.UserId == team.Executive.Id).Select(n => n.Text).ToListAsync()),
            t => t.Contains("ยกเลิกคำขอยืม เก้าอี้พลาสติก", StringComparison.Ordinal));

        // Once is enough: the second try is refused, and an approval after it is refused too.
        Assert.IsType<ConflictError>(Assert.Single((await WithdrawAsync(host, receipt.TrackingCode)).Errors));
        Assert.False((await ApproveAsync(host, team.Executive.Actor, stored.Id)).Succeeded);
    }

    [Theory]
    [InlineData("081-234-5678", "0812345678")]
    [InlineData("๐๘๑ ๒๓๔ ๕๖๗๘", "0812345678")]
    [InlineData("+66 81 234 5678", "0812345678")]
    [InlineData("(02) 123-4567", "021234567")]
    [InlineData("81234567", null)]
    [InlineData("0812345678 ต่อ 12", null)]
    [InlineData("+1 202 555 0100", null)]
    [InlineData("08123456789", null)]
    public void A_telephone_number_is_kept_as_the_keeper_dials_it(string typed, string? kept) =>
        Assert.Equal(kept, RequestAssetLoanOnline.TelephoneNumber(typed));
}
