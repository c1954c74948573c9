using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>The dashboard puts what waits for the member first: on a phone the last cards are screens away.</summary>
public sealed class DashboardOrderTests
{
    [Theory, Providers]
    public async Task Cards_with_something_waiting_come_before_the_quiet_ones(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        // A new complaint to screen, whose card comes late in the usual order.
        var filed = await app.Client().PostFormAsync($"/{org.Slug}/complaints", $"/{org.Slug}/complaints",
        [
            new("Form.Kind", "grievance"), new("Form.Subject", "ไฟถนนดับ"), new("Form.Details", "หน้าวัด"),
            new("Form.Anonymous", "true"), new("Form.AcceptsPrivacyNotice", "true"),
        ]);
        Assert.Equal(System.Net.HttpStatusCode.OK, filed.StatusCode);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);

        var html = await admin.GetStringAsync($"/staff/{org.Slug}");

        var cards = html[html.IndexOf("<ul class=\"cards\">", StringComparison.Ordinal)..].Split("<li class=\"card\">").Skip(1).ToList();
        var waiting = cards.Select(c => c.Contains("<ul class=\"todos\">", StringComparison.Ordinal)).ToList();
        Assert.Contains(true, waiting);
        Assert.Contains(false, waiting);
        Assert.Equal(waiting.OrderByDescending(w => w), waiting);
        // The new complaint's card is among the first, whatever its place in the usual order.
        Assert.Contains(cards[0..waiting.Count(w => w)], c => c.Contains("เรื่องใหม่รอคัดกรอง", StringComparison.Ordinal));
    }
}
