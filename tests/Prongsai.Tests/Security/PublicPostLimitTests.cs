using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Requests;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Tests.Security;

/// <summary>
/// Floods of public posts: every address a stranger can post to is found in the endpoint table (so a form added later
/// is checked without being listed) and must be held to the per-address limit; the citizens' request forms share one
/// smaller budget per address, so a flood cannot move from one form to the next.
/// </summary>
public sealed partial class PublicPostLimitTests
{
    /// <summary>
    /// Posts a stranger may make that need no public limit: sign-in has its own; sign-out writes only for the member
    /// who is signed in; the error page only renders (a failed post is re-executed there).
    /// </summary>
    private static readonly HashSet<string> LimitedElsewhere = new(StringComparer.Ordinal) { "/staff/signin", "/staff/signout", "/error/{code:int?}" };

    [Fact]
    public async Task Every_address_a_stranger_can_post_to_is_held_to_the_per_address_limit()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Prongsai:RateLimits:PublicPostsPerMinute"] = "2",
            ["Prongsai:RateLimits:RequestFormsPerMinute"] = "1000",
            ["Prongsai:RateLimits:TrackingFailures"] = "1000",
        });
        var org = await TestOrg.CreateAsync(app);
        var open = AnonymousPosts(app).ToList();
        Assert.Contains("/{org}/complaints", open.Select(p => p.Template));
        Assert.Contains("/{org}/borrow/request", open.Select(p => p.Template));

        var unmarked = open.Where(p => !p.Marked && !LimitedElsewhere.Contains(p.Template)).Select(p => p.Template).ToList();
        Assert.True(unmarked.Count == 0, "anonymous posts without [PublicPost]: " + string.Join(", ", unmarked));

        // Each from an address of its own, since the window is per address across every public form.
        var peer = 0;
        foreach (var (template, _) in open.Where(p => p.Marked))
        {
            var url = RouteParameter().Replace(template.Replace("{org}", org.Slug, StringComparison.Ordinal), "1");
            var address = $"198.51.100.{++peer}";
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 3; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent([new("x", "y")]) };
                request.Headers.Add(TestPeerAddress.Header, address);
                using var response = await app.Client().SendAsync(request);
                statuses.Add(response.StatusCode);
            }

            Assert.True(statuses[0] != HttpStatusCode.TooManyRequests && statuses[1] != HttpStatusCode.TooManyRequests,
                $"{url}: {string.Join(", ", statuses)}");
            Assert.True(statuses[2] == HttpStatusCode.TooManyRequests, $"{url}: the third post in a minute was {(int)statuses[2]}");
        }
    }

    [Fact]
    public async Task The_request_forms_share_one_budget_per_address_and_a_refused_post_records_nothing()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?> { ["Prongsai:RateLimits:RequestFormsPerMinute"] = "2" });
        var org = await TestOrg.CreateAsync(app);
        var villager = app.Client();
        KeyValuePair<string, string>[] Question(string subject) =>
        [
            new("Form.Subject", subject), new("Form.Details", "รายละเอียด"), new("Form.Anonymous", "true"),
            new("Form.AcceptsPrivacyNotice", "true"),
        ];

        var qa = $"/{org.Slug}/qa";
        var complaints = $"/{org.Slug}/complaints";
        Assert.Equal(HttpStatusCode.OK, (await villager.PostFormAsync(qa, qa, Question("คำถามที่หนึ่ง"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await villager.PostFormAsync(qa, qa, Question("คำถามที่สอง"))).StatusCode);

        // The third of the minute is refused on another form too, with a Thai answer, and nothing is filed.
        using var third = await villager.PostFormAsync(complaints, complaints, [new("Form.Kind", "grievance"), .. Question("ร้องเรียนที่สาม")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        // A Thai page with the site's layout: how long to wait (also as Retry-After) and the way back to the form.
        var page = await third.Content.ReadAsStringAsync();
        Assert.Equal("text/html", third.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ส่งคำขอถี่เกินไป", page, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", page, StringComparison.Ordinal);
        var wait = third.Headers.RetryAfter?.Delta;
        Assert.True(wait is { TotalSeconds: > 0 and <= 60 }, $"Retry-After {wait}");
        Assert.Contains($"กรุณารอประมาณ {((int)wait!.Value.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)} วินาที", page, StringComparison.Ordinal);
        Assert.Contains("กดปุ่มย้อนกลับ", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"{complaints}\"", page, StringComparison.Ordinal);
        var filed = await app.QueryAsync(db => db.Set<TrackedRequest>().IgnoreQueryFilters().Where(r => r.OrganizationId == org.Id).Select(r => r.Subject).ToListAsync());
        Assert.Equal(["คำถามที่สอง", "คำถามที่หนึ่ง"], filed.Order(StringComparer.Ordinal));

        // Another address is not held back by this one.
        var token = await villager.AntiforgeryTokenAsync(complaints);
        using var other = new HttpRequestMessage(HttpMethod.Post, complaints)
        {
            Content = new FormUrlEncodedContent([new("Form.Kind", "grievance"), .. Question("ร้องเรียนจากอีกเครื่อง"), new("__RequestVerificationToken", token)]),
        };
        other.Headers.Add(TestPeerAddress.Header, "198.51.100.77");
        Assert.Equal(HttpStatusCode.OK, (await villager.SendAsync(other)).StatusCode);
    }

    [Fact]
    public async Task Posts_refused_for_a_mistake_do_not_use_up_the_request_forms_limit()
    {
        using var app = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Prongsai:RateLimits:RequestFormsPerMinute"] = "5",
            ["Prongsai:RateLimits:RequestFormFailuresPerMinute"] = "30",
        });
        var org = await TestOrg.CreateAsync(app);
        var villager = app.Client();
        var qa = $"/{org.Slug}/qa";

        // Five posts with the privacy notice not accepted: each comes back with the mistake to correct.
        for (var i = 0; i < 5; i++)
        {
            using var mistaken = await villager.PostFormAsync(qa, qa, [new("Form.Subject", "คำถาม"), new("Form.Details", "รายละเอียด"), new("Form.Anonymous", "true")]);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, mistaken.StatusCode);
        }

        using var corrected = await villager.PostFormAsync(qa, qa,
            [new("Form.Subject", "คำถามที่แก้แล้ว"), new("Form.Details", "รายละเอียด"), new("Form.Anonymous", "true"), new("Form.AcceptsPrivacyNotice", "true")]);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var filed = await app.QueryAsync(db => db.Set<TrackedRequest>().IgnoreQueryFilters().Where(r => r.OrganizationId == org.Id).Select(r => r.Subject).ToListAsync());
        Assert.Equal(["คำถามที่แก้แล้ว"], filed);

        // Refused posts have a limit of their own: a flood of them is still stopped.
        using var flood = new ProngsaiApp(DbProvider.Sqlite, new Dictionary<string, string?>
        {
            ["Prongsai:RateLimits:RequestFormsPerMinute"] = "5",
            ["Prongsai:RateLimits:RequestFormFailuresPerMinute"] = "3",
        });
        var floodOrg = await TestOrg.CreateAsync(flood);
        var robot = flood.Client();
        var floodQa = $"/{floodOrg.Slug}/qa";
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await robot.PostFormAsync(floodQa, floodQa, [new("Form.Subject", "x")]);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.UnprocessableEntity, HttpStatusCode.TooManyRequests], statuses);
    }

    /// <summary>Route templates that take a POST and require no sign-in, with whether they carry [PublicPost].</summary>
    private static IEnumerable<(string Template, bool Marked)> AnonymousPosts(ProngsaiApp app)
    {
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();
        foreach (var group in endpoints.GroupBy(e => "/" + (e.RoutePattern.RawText ?? "").TrimStart('/')))
        {
            var posts = group.Where(TakesPost).ToList();
            var anonymous = posts.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null || e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0).ToList();
            if (anonymous.Count > 0)
            {
                yield return (group.Key, anonymous.All(e => e.Metadata.GetMetadata<PublicPostAttribute>() is not null));
            }
        }
    }

    private static bool TakesPost(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<HttpMethodMetadata>() is { } methods
            ? methods.HttpMethods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE")
            : endpoint.Metadata.OfType<PageActionDescriptor>().FirstOrDefault() is { } page
              && typeof(Program).Assembly.GetType("Prongsai.Web" + page.RelativePath.Replace(".cshtml", "Model", StringComparison.Ordinal).Replace('/', '.')) is { } model
              && model.GetMethods().Any(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal));

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();
}
