using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Security;

/// <summary>
/// X-Forwarded-For/-Host/-Proto are believed only from a configured reverse proxy. Sent by anyone else
/// (here an outside client at 203.0.113.7) they change nothing: not the address the rate limit counts,
/// not the scheme or host in links, not the organization a host name selects.
/// </summary>
public sealed class ForwardedHeaderTests
{
    private const string Outsider = "203.0.113.7";
    private const string Proxy = "10.0.0.5";
    private const string ProxyNetworkMember = "192.0.2.9";

    private static HttpRequestMessage Request(HttpMethod method, string url, string peer, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        request.Headers.Add(TestPeerAddress.Header, peer);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    /// <summary>A sign-in with a wrong password: refused (422) while the window allows it, 429 once it does not.</summary>
    private static async Task<HttpStatusCode> SignInAttemptAsync(HttpClient client, string peer, string forwardedFor)
    {
        var token = await client.AntiforgeryTokenAsync("/staff/signin");
        using var request = Request(HttpMethod.Post, "/staff/signin", peer, ("X-Forwarded-For", forwardedFor));
        request.Content = new FormUrlEncodedContent([new("Email", "x@y.test"), new("Password", "wrong"), new("__RequestVerificationToken", token)]);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task Rotating_X_Forwarded_For_from_an_outside_client_does_not_escape_the_sign_in_limit()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?> { ["Prongsai:RateLimits:SignInsPerMinute"] = "3" });
        var client = app.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 5; i++)
        {
            statuses.Add(await SignInAttemptAsync(client, Outsider, $"198.51.100.{i}"));
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task An_IPv6_client_is_counted_by_its_64_bit_network_so_rotating_addresses_does_not_escape_the_limit()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?> { ["Prongsai:RateLimits:SignInsPerMinute"] = "3" });
        var client = app.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 1; i <= 5; i++)
        {
            // One phone's /64: each attempt from another of its addresses.
            statuses.Add(await SignInAttemptAsync(client, $"2001:db8:aa:bb:{i:x}::{i:x}", "198.51.100.1"));
        }

        Assert.Equal(HttpStatusCode.UnprocessableEntity, statuses[0]);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);

        // The next network over is another household, with its own window.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, await SignInAttemptAsync(client, "2001:db8:aa:bc::1", "198.51.100.1"));
    }

    [Theory]
    [InlineData("2001:db8:aa:bb:1:2:3:4", "2001:db8:aa:bb::/64")]
    [InlineData("2001:db8:aa:bb::ffff", "2001:db8:aa:bb::/64")]
    [InlineData("::ffff:203.0.113.7", "203.0.113.7")]
    [InlineData("203.0.113.7", "203.0.113.7")]
    public void The_rate_limit_key_of_an_address_is_its_network_for_IPv6_and_itself_for_IPv4(string address, string key) =>
        Assert.Equal(key, Prongsai.Web.Infrastructure.ClientAddress.KeyOf(IPAddress.Parse(address)));

    [Theory, Providers]
    public async Task Spoofed_forwarded_host_and_proto_do_not_change_the_links_of_the_Atom_feed(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        using var response = await app.Client().SendAsync(Request(HttpMethod.Get, $"/{org.Slug}/feed", Outsider,
            ("X-Forwarded-Host", "evil.example"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "198.51.100.1")));
        var feed = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("evil.example", feed, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", feed.Replace("https://prongsai.org/ns/ledger", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"http://localhost/{org.Slug}/feed", feed, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_spoofed_forwarded_host_does_not_select_the_organization_that_claimed_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var host = $"{org.Slug}.go.th";
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            // An approved claim: only approved hosts serve an organization.
            db.OrganizationHosts.Add(new OrganizationHost { OrganizationId = org.Id, HostName = host, Status = HostClaimStatus.Approved });
            await db.SaveChangesAsync();
        }

        // An organization's own pages announce its feed; the platform's front page (which lists every
        // organization by name) does not.
        var ownFeed = $"href=\"/{org.Slug}/feed\"";
        var client = app.Client();
        using var spoofed = await client.SendAsync(Request(HttpMethod.Get, "/", Outsider, ("X-Forwarded-Host", host)));
        Assert.DoesNotContain(ownFeed, await spoofed.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The same host in the real Host header does select it: the rewrite itself still works.
        var direct = Request(HttpMethod.Get, "/", Outsider);
        direct.Headers.Host = host;
        using var real = await client.SendAsync(direct);
        Assert.Contains(ownFeed, await real.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spoofed_forwarded_proto_does_not_make_the_request_https()
    {
        var client = Apps.For(DbProvider.Sqlite).Client();
        using var response = await client.SendAsync(Request(HttpMethod.Get, "/staff/signin", Outsider, ("X-Forwarded-Proto", "https")));
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("prongsai.af=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forwarded_headers_from_a_configured_proxy_address_or_network_are_believed_and_from_others_not()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Prongsai:ReverseProxy:KnownProxies:0"] = Proxy,
            ["Prongsai:ReverseProxy:KnownNetworks:0"] = "192.0.2.0/24",
            ["Prongsai:RateLimits:SignInsPerMinute"] = "3",
        });
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();

        foreach (var peer in new[] { Proxy, ProxyNetworkMember })
        {
            using var response = await client.SendAsync(Request(HttpMethod.Get, $"/{org.Slug}/feed", peer,
                ("X-Forwarded-Host", "www.example.go.th"), ("X-Forwarded-Proto", "https"), ("X-Forwarded-For", "198.51.100.1")));
            Assert.Contains($"https://www.example.go.th/{org.Slug}/feed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var outsider = await client.SendAsync(Request(HttpMethod.Get, $"/{org.Slug}/feed", Outsider,
            ("X-Forwarded-Host", "www.example.go.th"), ("X-Forwarded-Proto", "https"))))
        {
            Assert.DoesNotContain("www.example.go.th", await outsider.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Behind the proxy, HTTPS requests get a Secure antiforgery cookie.
        using (var https = await client.SendAsync(Request(HttpMethod.Get, "/staff/signin", Proxy, ("X-Forwarded-Proto", "https"))))
        {
            var antiforgery = https.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("prongsai.af=", StringComparison.Ordinal));
            Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        }

        // The proxy speaks for many clients: each forwarded address has its own sign-in window.
        for (var i = 1; i <= 5; i++)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, await SignInAttemptAsync(client, Proxy, $"198.51.100.{i}"));
        }
    }
}
