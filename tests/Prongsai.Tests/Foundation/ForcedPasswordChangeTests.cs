using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// An account that must change its one-time password reaches nothing else — not by going to a staff page or an
/// API address directly. Walks every /staff and /api route of the endpoint table, with GET and POST.
/// </summary>
public sealed class ForcedPasswordChangeTests
{
    [Theory, Providers]
    public async Task A_one_time_password_opens_nothing_but_the_password_page(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var member = org[OrgRole.OrgAdmin];
        var client = await app.SignedInAsync(member);
        await SetMustChangeAsync(app, member.Id, true);

        var routes = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))
            .Where(t => t.StartsWith("/staff", StringComparison.Ordinal) || t.StartsWith("/api", StringComparison.Ordinal))
            .Where(t => !t.StartsWith("/staff/account/password", StringComparison.Ordinal)
                && !t.StartsWith("/staff/signout", StringComparison.Ordinal) && !t.StartsWith("/staff/signin", StringComparison.Ordinal))
            .Distinct().ToList();
        Assert.Contains("/staff/{org}/audit", routes);

        var leaks = new List<string>();
        foreach (var template in routes)
        {
            var url = Fill(template, org.Slug);
            foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
            {
                var response = await client.SendAsync(new HttpRequestMessage(method, url));
                var refused = template.StartsWith("/api", StringComparison.Ordinal)
                    ? response.StatusCode == HttpStatusCode.Forbidden
                    : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/staff/account/password", StringComparison.Ordinal) == true;
                if (!refused)
                {
                    leaks.Add($"{method} {url}: {(int)response.StatusCode} {response.Headers.Location}");
                }
            }
        }

        Assert.True(leaks.Count == 0, "Reached with a one-time password:\n" + string.Join("\n", leaks));

        // The password page itself and signing out still work.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/staff/account/password")).StatusCode);

        // Once the flag is gone the same session works again (the control: the walk above was not refused for another reason).
        await SetMustChangeAsync(app, member.Id, false);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/staff/{org.Slug}/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/staff/{org.Slug}/audit?handler=Csv")).StatusCode);
    }

    private static string Fill(string template, string slug) =>
        System.Text.RegularExpressions.Regex.Replace(template.Replace("{org}", slug, StringComparison.Ordinal), "\\{([^}:?]+)(:int)?[^}]*\\}",
            m => m.Groups[2].Success || m.Groups[1].Value.EndsWith("Id", StringComparison.OrdinalIgnoreCase) || m.Groups[1].Value is "id" or "fiscalYear" ? "1" : "x");

    private static async Task SetMustChangeAsync(ProngsaiApp app, string userId, bool value)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var user = await db.Users.FirstAsync(u => u.Id == userId);
        user.MustChangePassword = value;
        await db.SaveChangesAsync();
    }
}
