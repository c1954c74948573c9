using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Assets;

/// <summary>The demo organization's register: what it lends and what it does not, and returned sample loans marked as samples.</summary>
public sealed class AssetsDemoTests
{
    [Theory, Providers]
    public async Task The_demo_lends_tents_and_chairs_not_its_water_truck_and_its_past_loans_are_marked_samples(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:Demo"] = "true",
            ["Prongsai:DemoAdminPassword"] = "DemoPassword1234",
        });
        _ = app.Client();

        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var org = await db.Organizations.SingleAsync(o => o.Slug == "bangkha");
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);

        var assets = await db.Set<Asset>().AsNoTracking().ToListAsync();
        Assert.Equal(7, assets.Count);
        Assert.Contains(assets, a => a.Name.StartsWith("เต็นท์", StringComparison.Ordinal) && a.Lendable && a.Quantity == 10);
        Assert.Contains(assets, a => a.Name.StartsWith("รถบรรทุกน้ำ", StringComparison.Ordinal) && !a.Lendable);
        Assert.All(assets, a => Assert.True(a.AcquiredOn < new DateOnly(2022, 1, 1)));

        var loans = await db.Set<AssetLoan>().AsNoTracking().ToListAsync();
        Assert.Equal(4, loans.Count);
        Assert.All(loans, l =>
        {
            Assert.Equal(AssetLoanStatus.Returned, l.Status);
            Assert.StartsWith("ตัวอย่าง", l.BorrowerName, StringComparison.Ordinal);
            Assert.Equal(l.Until, l.ReturnedOn);
        });
    }

    [Theory, Providers]
    public async Task The_website_lists_what_villagers_may_borrow_and_a_change_shows_at_once(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>
        {
            ["Prongsai:Demo"] = "true",
            ["Prongsai:DemoAdminPassword"] = "DemoPassword1234",
        });
        var client = app.Client();

        var page = await client.GetStringAsync("/bangkha/borrow");
        Assert.Contains("เต็นท์ผ้าใบ ขนาด 4x8 เมตร", page, StringComparison.Ordinal);
        Assert.Contains("เก้าอี้พลาสติก", page, StringComparison.Ordinal);
        Assert.Contains("วิธีขอยืม", page, StringComparison.Ordinal);
        // Lent to staff only, or not lent: not offered to villagers. Codes and places are the office's business.
        Assert.DoesNotContain("โปรเจคเตอร์", page, StringComparison.Ordinal);
        Assert.DoesNotContain("รถบรรทุกน้ำ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("416-59-0001", page, StringComparison.Ordinal);
        Assert.DoesNotContain("โรงเก็บพัสดุ", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/bangkha/borrow\"", await client.GetStringAsync("/bangkha/"), StringComparison.Ordinal);

        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            var org = await db.Organizations.SingleAsync(o => o.Slug == "bangkha");
            scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
            var tent = await db.Set<Asset>().AsNoTracking().SingleAsync(a => a.Code == "416-59-0001");
            var keeper = StaffActor.System("ทดสอบ", org.Id);
            var hidden = await scope.ServiceProvider.GetRequiredService<ManageAssetRegister>().EditAsync(keeper, tent.Id, new AssetInput(
                tent.Code, tent.Name, tent.Category, tent.Quantity, tent.DepartmentId, tent.Location, tent.AcquiredOn, tent.Value,
                Lendable: true, AssetCondition.Good, tent.Notes, ShownToPublic: false));
            Assert.True(hidden.Succeeded);
        }

        // The page is cached; the edit bumped the organization's content stamp, so the next reader sees the change.
        var after = await client.GetStringAsync("/bangkha/borrow");
        Assert.DoesNotContain("เต็นท์ผ้าใบ", after, StringComparison.Ordinal);
        Assert.Contains("เก้าอี้พลาสติก", after, StringComparison.Ordinal);
    }
}
