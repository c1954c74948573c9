using System.Net;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Sign_in_posts_beyond_the_limit_get_429_and_the_documented_setting_lifts_it()
    {
        using var limited = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?> { ["Prongsai:RateLimits:SignInsPerMinute"] = "3" });
        var client = limited.Client();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            statuses.Add((await client.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", "x@y.test"), new("Password", "wrong")])).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, statuses[0]);

        using var lifted = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Prongsai:RateLimits:SignInsPerMinute"] = "3",
            ["Prongsai:RateLimits:Disabled"] = "true",
        });
        var free = lifted.Client();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, (await free.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", "x@y.test"), new("Password", "wrong")])).StatusCode);
        }
    }
}
