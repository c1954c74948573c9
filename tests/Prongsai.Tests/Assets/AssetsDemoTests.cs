using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Data;
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
}
