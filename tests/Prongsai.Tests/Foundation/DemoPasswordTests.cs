using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// A configured demo password the policy refuses stops the start before anything is written. It used to stop it after
/// the organization and its administrator existed, and the next start, with a good password, seeded nothing.
/// </summary>
public sealed class DemoPasswordTests
{
    [Theory, Providers]
    public async Task A_weak_demo_password_writes_nothing_and_a_good_one_then_seeds_the_demo(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?>());
        _ = app.Client();

        await using (var scope = app.Scope())
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() =>
                scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync("abc"));
            Assert.StartsWith("Prongsai:DemoAdminPassword:", refused.Message, StringComparison.Ordinal);
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Organizations.CountAsync());
        }

        await using (var scope = app.Scope())
        {
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync("Demo-Pass-2026!x"));
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Organizations.CountAsync(o => o.Slug == DemoSeeder.Slug));
        }
    }
}
