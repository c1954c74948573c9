using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Common;
using Prongsai.Core.Finance;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Assets.AssetsTestData;

namespace Prongsai.Tests.Assets;

/// <summary>
/// The property register on both databases: who keeps it (OrgAdmins and the finance departments' staff), what it
/// accepts, and writing an article off and back while its loans are settled.
/// </summary>
public sealed class AssetRegisterTests
{
    [Theory, Providers]
    public async Task A_keeper_adds_and_corrects_an_article_and_wrong_input_is_refused_in_Thai_beside_its_fields(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = Core.Calendar.BangkokTime.Today(host.Clock);

        var empty = await TryAddAsync(host, team.Keeper.Actor, new AssetInput(null, "  ", null, null, null, null, null, null, true, AssetCondition.Good, null));
        Assert.Equal(["Code", "Name", "Quantity"], empty.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        var wrong = await TryAddAsync(host, team.Keeper.Actor, new AssetInput(
            new string('1', AssetLimits.Code + 1), new string('ก', AssetLimits.Name + 1), new string('ข', AssetLimits.Category + 1), 0, 999_999,
            new string('ค', AssetLimits.Location + 1), today.AddDays(1), -1m, true, (AssetCondition)9, new string('ง', AssetLimits.Notes + 1)));
        Assert.Equal(
            ["AcquiredOn", "Category", "Code", "Condition", "DepartmentId", "Location", "Name", "Notes", "Quantity", "Value"],
            wrong.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        var tooMany = await TryAddAsync(host, team.Keeper.Actor, Chairs(quantity: AssetLimits.MaxQuantity + 1));
        Assert.Equal("Quantity", Assert.Single(tooMany.Errors).Field);
        Assert.All(empty.Errors.Concat(wrong.Errors).Concat(tooMany.Errors), e =>
        {
            Assert.IsType<ValidationError>(e);
            Assert.Matches("[ก-๙]", e.Message);
        });
        Assert.Equal(0, await host.QueryAsync(db => db.Set<Asset>().CountAsync()));

        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs(code: " 416-66-0001 ", departmentId: team.Office) with { Notes = "  " });
        var stored = await StoredAssetAsync(host, chairs.Id);
        Assert.Equal((host.OrganizationId, "416-66-0001", "เก้าอี้พลาสติก", 10, (int?)team.Office), (stored.OrganizationId, stored.Code, stored.Name, stored.Quantity, stored.DepartmentId));
        Assert.Equal((true, AssetCondition.Good, (string?)null, (DateTimeOffset?)null), (stored.Lendable, stored.Condition, stored.Notes, stored.RetiredAt));
        Assert.Equal((host.Clock.GetUtcNow(), host.Clock.GetUtcNow()), (stored.CreatedAt, stored.UpdatedAt));

        // The same code again, however it is spaced, is a conflict on the code; so is another article's code on an edit.
        var again = await TryAddAsync(host, team.Admin.Actor, Chairs(code: "416-66-0001 ", name: "เก้าอี้ชุดใหม่"));
        Refused<ConflictError, Asset>(again, "Code");
        var tents = await AddAsync(host, team.Keeper.Actor, Chairs(code: "416-59-0001", name: "เต็นท์ผ้าใบ 4x8 เมตร", quantity: 6));
        Refused<ConflictError, Asset>(await EditAsync(host, team.Keeper.Actor, tents.Id, Chairs(code: "416-66-0001", name: "เต็นท์ผ้าใบ 4x8 เมตร")), "Code");
        Assert.Equal(2, await host.QueryAsync(db => db.Set<Asset>().CountAsync()));

        // An edit keeps its own code, and the wrong input of an add is refused the same way.
        host.Clock.Now = host.Clock.Now.AddHours(2);
        var edited = await EditAsync(host, team.Admin.Actor, chairs.Id, Chairs(quantity: 12, name: " เก้าอี้พลาสติกสีฟ้า ") with { Location = "ห้องเก็บของชั้นล่าง" });
        Assert.True(edited.Succeeded, string.Join(" ", edited.Errors.Select(e => e.Message)));
        stored = await StoredAssetAsync(host, chairs.Id);
        Assert.Equal(("เก้าอี้พลาสติกสีฟ้า", 12, "ห้องเก็บของชั้นล่าง", (int?)null), (stored.Name, stored.Quantity, stored.Location, stored.DepartmentId));
        Assert.Equal(host.Clock.GetUtcNow(), stored.UpdatedAt);
        Assert.NotEqual(stored.CreatedAt, stored.UpdatedAt);
        var emptyEdit = await EditAsync(host, team.Admin.Actor, chairs.Id, new AssetInput("", "", null, null, null, null, null, null, true, AssetCondition.Good, null));
        Assert.Equal(["Code", "Name", "Quantity"], emptyEdit.Errors.Select(e => e.Field!).Order(StringComparer.Ordinal));
        Refused<NotFoundError, Asset>(await EditAsync(host, team.Admin.Actor, chairs.Id + 1000, Chairs()));
        Assert.Equal("เก้าอี้พลาสติกสีฟ้า", (await StoredAssetAsync(host, chairs.Id)).Name);
    }

    [Theory, Providers]
    public async Task The_same_code_is_fine_in_another_organization(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        var ours = await AddAsync(host, team.Keeper.Actor, Chairs());

        var theirs = await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp =>
            sp.GetRequiredService<ManageAssetRegister>().AddAsync(other.Admin.Actor, Chairs()));

        Assert.True(theirs.Succeeded, string.Join(" ", theirs.Errors.Select(e => e.Message)));
        Assert.Equal(other.Id, theirs.Value!.OrganizationId);
        Assert.NotEqual(ours.Id, theirs.Value.Id);
        // Each organization still refuses a second one of its own.
        var twice = await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp =>
            sp.GetRequiredService<ManageAssetRegister>().AddAsync(other.Admin.Actor, Chairs(name: "เก้าอี้อีกชุด")));
        Refused<ConflictError, Asset>(twice, "Code");
    }

    [Theory, Providers]
    public async Task The_quantity_cannot_go_below_what_is_out_on_loan(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = Core.Calendar.BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());
        await LentAsync(host, team.Clerk, team.Executive, chairs.Id, 6, today.AddDays(3), today.AddDays(5));
        // A request that is only waiting holds nothing yet.
        await RequestAsync(host, team.Head.Actor, Loan(chairs.Id, 4, today.AddDays(3), today.AddDays(5)));

        Refused<ConflictError, Asset>(await EditAsync(host, team.Keeper.Actor, chairs.Id, Chairs(quantity: 5)), "Quantity");
        Assert.Equal(10, (await StoredAssetAsync(host, chairs.Id)).Quantity);

        Assert.True((await EditAsync(host, team.Keeper.Actor, chairs.Id, Chairs(quantity: 6))).Succeeded);
        Assert.Equal(6, (await StoredAssetAsync(host, chairs.Id)).Quantity);
    }

    [Theory, Providers]
    public async Task The_register_is_kept_by_OrgAdmins_and_finance_staff_only(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var financeHead = await CircularsTestData.MemberAsync(host, "นางการเงิน หัวหน้ากองคลัง", [OrgRole.DepartmentHead], team.Finance);
        var works = await CircularsTestData.MemberAsync(host, "นายช่าง โยธา", [OrgRole.DepartmentStaff], team.Works);
        var chairs = await AddAsync(host, team.Admin.Actor, Chairs());

        // The Executive lacks ManageAssets; department roles outside the finance departments and the auditor are refused too.
        foreach (var member in new[] { team.Executive, team.Head, team.Clerk, team.Officer, team.Auditor, works })
        {
            Refused<ForbiddenError, Asset>(await TryAddAsync(host, member.Actor, Chairs(code: "416-66-0099")));
            Refused<ForbiddenError, Asset>(await EditAsync(host, member.Actor, chairs.Id, Chairs(quantity: 3)));
            Refused<ForbiddenError, Asset>(await RetireAsync(host, member.Actor, chairs.Id, "ชำรุด"));
            Refused<ForbiddenError, Asset>(await RestoreAsync(host, member.Actor, chairs.Id));
        }

        Assert.Equal((1, 10), await host.QueryAsync(async db => (await db.Set<Asset>().CountAsync(), await db.Set<Asset>().Select(a => a.Quantity).SingleAsync())));

        var index = 0;
        foreach (var keeper in new[] { team.Admin, team.Keeper, financeHead })
        {
            Assert.True((await TryAddAsync(host, keeper.Actor, Chairs(code: $"416-66-010{++index}"))).Succeeded, keeper.Name);
            Assert.True((await EditAsync(host, keeper.Actor, chairs.Id, Chairs(quantity: 10 + index))).Succeeded, keeper.Name);
        }

        // The finance departments are those the OrgAdmin names, once named: then กองช่าง keeps it and กองคลัง no longer does.
        var named = await host.UseAsync<ManageFinanceDepartments, Result<IReadOnlyList<int>>>(m => m.SetAsync(team.Admin.Actor, [team.Works]));
        Assert.True(named.Succeeded);
        Assert.True((await TryAddAsync(host, works.Actor, Chairs(code: "416-66-0201"))).Succeeded);
        Refused<ForbiddenError, Asset>(await TryAddAsync(host, team.Keeper.Actor, Chairs(code: "416-66-0202")));
        Assert.True(await host.UseAsync<AssetKeepers, bool>(k => k.IsKeeperAsync(works.Actor)));
        Assert.False(await host.UseAsync<AssetKeepers, bool>(k => k.IsKeeperAsync(team.Keeper.Actor)));
    }

    [Theory, Providers]
    public async Task Writing_off_needs_a_reason_waits_for_the_loans_to_be_settled_and_can_be_taken_back(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var today = Core.Calendar.BangkokTime.Today(host.Clock);
        var chairs = await AddAsync(host, team.Keeper.Actor, Chairs());

        foreach (var reason in new[] { null, "", "   ", new string('ก', AssetLimits.Reason + 1) })
        {
            Refused<ValidationError, Asset>(await RetireAsync(host, team.Keeper.Actor, chairs.Id, reason), "Reason");
        }

        Refused<NotFoundError, Asset>(await RetireAsync(host, team.Keeper.Actor, chairs.Id + 1000, "ชำรุด"));

        // A request waiting, then the loan out: neither lets it go.
        var loan = await RequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 2, today, today.AddDays(1)));
        Refused<ConflictError, Asset>(await RetireAsync(host, team.Keeper.Actor, chairs.Id, "ชำรุดเกินกว่าจะซ่อม"));
        Assert.True((await ApproveAsync(host, team.Executive.Actor, loan.Id)).Succeeded);
        Refused<ConflictError, Asset>(await RetireAsync(host, team.Keeper.Actor, chairs.Id, "ชำรุดเกินกว่าจะซ่อม"));
        Assert.Null((await StoredAssetAsync(host, chairs.Id)).RetiredAt);

        Assert.True((await ReturnAsync(host, team.Keeper.Actor, loan.Id, new AssetReturnInput(today, AssetCondition.Good, null))).Succeeded);
        var retired = await RetireAsync(host, team.Keeper.Actor, chairs.Id, "  ชำรุดเกินกว่าจะซ่อม  ");
        Assert.True(retired.Succeeded, string.Join(" ", retired.Errors.Select(e => e.Message)));
        var stored = await StoredAssetAsync(host, chairs.Id);
        Assert.Equal((host.Clock.GetUtcNow(), team.Keeper.Name, "ชำรุดเกินกว่าจะซ่อม"), (stored.RetiredAt!.Value, stored.RetiredBy, stored.RetireReason));
        Refused<ConflictError, Asset>(await RetireAsync(host, team.Admin.Actor, chairs.Id, "อีกครั้ง"));

        // Written off: out of the current register, in the written-off list, its loans kept, and never lent.
        Task<IReadOnlyList<int>> ListAsync(AssetListFilter filter) => host.UseAsync<AssetBoard, IReadOnlyList<int>>(async b =>
            (await b.ListAssetsAsync(filter, null, 1)).Rows.Select(r => r.Id).ToList());
        Assert.Empty(await ListAsync(AssetListFilter.Current));
        Assert.Equal([chairs.Id], await ListAsync(AssetListFilter.Retired));
        Assert.Equal(1, await LoanCountAsync(host));
        Refused<ConflictError>(await TryRequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 1, today.AddDays(2), today.AddDays(2))));

        // Taken back: as it was, and lent again.
        var restored = await RestoreAsync(host, team.Admin.Actor, chairs.Id);
        Assert.True(restored.Succeeded);
        stored = await StoredAssetAsync(host, chairs.Id);
        Assert.Equal(((DateTimeOffset?)null, (string?)null, (string?)null), (stored.RetiredAt, stored.RetiredBy, stored.RetireReason));
        Refused<ConflictError, Asset>(await RestoreAsync(host, team.Admin.Actor, chairs.Id));
        Assert.Equal([chairs.Id], await ListAsync(AssetListFilter.Current));
        Assert.Equal([chairs.Id], await ListAsync(AssetListFilter.Lendable));
        await RequestAsync(host, team.Clerk.Actor, Loan(chairs.Id, 1, today.AddDays(2), today.AddDays(2)));
    }
}
