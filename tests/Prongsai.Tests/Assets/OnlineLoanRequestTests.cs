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
    private static Task<Result<AssetLoan>> AskAsync(MeasuresTestHost host, OnlineLoanInput input) =>
        host.UseAsync<RequestAssetLoanOnline, Result<AssetLoan>>(r => r.RunAsync(input));

    private static OnlineLoanInput Tents(int assetId, DateOnly from, DateOnly until, string? phone = "081-234-5678") =>
        new(assetId, 3, ThaiDateInput.Format(from), ThaiDateInput.Format(until), "งานบุญประจำปีของหมู่ 3", "วัดบางคา", "นายสมหมาย ใจงาม ผู้ใหญ่บ้านหมู่ 3", phone);

    [Theory, Providers]
    public async Task A_request_from_the_website_waits_for_approval_with_the_number_to_call(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs() with { ShownToPublic = true });

        var asked = await AskAsync(host, Tents(chairs.Id, today.AddDays(7), today.AddDays(8)));

        Assert.True(asked.Succeeded, string.Join(" ", asked.Errors.Select(e => e.Message)));
        var stored = await StoredLoanAsync(host, asked.Value!.Id);
        Assert.Equal((AssetLoanStatus.Requested, 3, today.AddDays(7), today.AddDays(8)), (stored.Status, stored.Quantity, stored.From, stored.Until));
        Assert.Equal(((string?)null, "นายสมหมาย ใจงาม ผู้ใหญ่บ้านหมู่ 3", "0812345678"), (stored.BorrowerUserId, stored.BorrowerName, stored.BorrowerContact));
        Assert.Equal(("", RequestAssetLoanOnline.RequestedOnline), (stored.RequestedByUserId, stored.RequestedBy));
        Assert.Equal(new[] { team.Admin.Id, team.Executive.Id }.Order(StringComparer.Ordinal), (await NotifiedAsync(host, stored.Id)).Order(StringComparer.Ordinal));
        Assert.Equal(1, await host.UseAsync<AssetBoard, int>(b => b.WaitingForDecisionAsync(team.Executive.Actor)));

        // It holds nothing until approved: another request for every chair the same days is still taken.
        Assert.True((await AskAsync(host, Tents(chairs.Id, today.AddDays(7), today.AddDays(8)) with { Quantity = 10 })).Succeeded);
        var approved = await ApproveAsync(host, team.Executive.Actor, stored.Id);
        Assert.True(approved.Succeeded);
        var clash = await AskAsync(host, Tents(chairs.Id, today.AddDays(8), today.AddDays(9)) with { Quantity = 8 });
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

        var everything = await AskAsync(host, new OnlineLoanInput(listed.Id, 0, "31/2/2569", "พรุ่งนี้", " ", null, " ", "โทรมาได้เลย"));
        Assert.Equal(["From", "OutsideBorrower", "OutsideContact", "Purpose", "Quantity", "Until"], everything.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Assert.All(everything.Errors, e => Assert.Matches("[ก-๙]", e.Message));
        Assert.Equal("OutsideContact", Assert.Single((await AskAsync(host, Tents(listed.Id, today, today, phone: null))).Errors).Field);
        Assert.Equal("From", Assert.Single((await AskAsync(host, Tents(listed.Id, today.AddDays(-1), today))).Errors).Field);
        Assert.Equal(0, await LoanCountAsync(host));
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
