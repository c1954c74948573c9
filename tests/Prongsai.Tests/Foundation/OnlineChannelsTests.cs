using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// The office's Facebook page, LINE Official Account and YouTube channel: typed in the profile as a clerk copies them,
/// kept only as https on each network's own hosts, linked from the contact page, the home page and every footer (the
/// cached pages too), and offered for the ITA's Social Network item only once one is given.
/// </summary>
public sealed class OnlineChannelsTests
{
    private static IReadOnlyList<KeyValuePair<string, string>> Profile(TestOrg org, string facebook = "", string line = "", string youTube = "",
        string phone = "038-111-222", string email = "saraban@example.go.th") =>
    [
        new("Input.Name", "องค์การบริหารส่วนตำบลทดสอบช่องทาง"), new("Input.Kind", "Sao"), new("Input.Phone", phone), new("Input.Email", email),
        new("Input.FacebookUrl", facebook), new("Input.LineUrl", line), new("Input.YouTubeUrl", youTube), new("Input.HostNames", ""),
    ];

    private static Task<IReadOnlyList<EvidenceCandidate>> SocialNetworkEvidenceAsync(ProngsaiApp app, TestOrg org) =>
        app.UseAsync<IEnumerable<IEvidenceSource>, IReadOnlyList<EvidenceCandidate>>(
            sources => sources.Single(s => s.Key == "social-network").FindAsync(null, CancellationToken.None), org.Id);

    [Theory, Providers]
    public async Task Channels_typed_as_copied_are_linked_on_every_public_page_and_answer_the_social_network_item(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/profile";
        var visitor = app.Client();

        // Before: no channel, no evidence; the home page is now in the page cache with the old telephone.
        Assert.Empty(await SocialNetworkEvidenceAsync(app, org));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, page, Profile(org))).StatusCode);
        Assert.Contains("038-111-222", await visitor.GetStringAsync($"/{org.Slug}/"), StringComparison.Ordinal);

        var saved = await admin.PostFormAsync(page, page, Profile(org, facebook: " facebook.com/tambon.test ", line: "http://lin.ee/AbCdEfG",
            phone: "038-999-000"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var stored = await app.QueryAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == org.Id));
        Assert.Equal(("https://facebook.com/tambon.test", "https://lin.ee/AbCdEfG", (string?)null), (stored.FacebookUrl, stored.LineUrl, stored.YouTubeUrl));

        // The cached home page went with the save: the new telephone and the channels show at once.
        var home = await visitor.GetStringAsync($"/{org.Slug}/");
        Assert.Contains("038-999-000", home, StringComparison.Ordinal);
        Assert.DoesNotContain("038-111-222", home, StringComparison.Ordinal);
        foreach (var html in new[] { home, await visitor.GetStringAsync($"/{org.Slug}/about/contact"), await visitor.GetStringAsync($"/{org.Slug}/documents") })
        {
            Assert.Contains("<a href=\"https://facebook.com/tambon.test\" rel=\"noopener noreferrer\">เพจ Facebook</a>", html, StringComparison.Ordinal);
            Assert.Contains("<a href=\"https://lin.ee/AbCdEfG\" rel=\"noopener noreferrer\">LINE Official Account</a>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("YouTube", html, StringComparison.Ordinal);
        }

        Assert.Contains("\"sameAs\":[\"https://facebook.com/tambon.test\",\"https://lin.ee/AbCdEfG\"]", home, StringComparison.Ordinal);
        var evidence = Assert.Single(await SocialNetworkEvidenceAsync(app, org));
        Assert.Equal(("ช่องทางออนไลน์ของหน่วยงาน: เพจ Facebook, LINE Official Account", $"/{org.Slug}/about/contact", "social-network"),
            (evidence.Title, evidence.PublicPath, Assert.Single(evidence.Tags)));

        // Emptied again: no link, no evidence.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(page, page, Profile(org))).StatusCode);
        Assert.DoesNotContain("lin.ee", await visitor.GetStringAsync($"/{org.Slug}/about/contact"), StringComparison.Ordinal);
        Assert.Empty(await SocialNetworkEvidenceAsync(app, org));
    }

    [Theory, Providers]
    public async Task Look_alikes_scripts_and_overlong_values_are_refused_in_Thai_and_nothing_is_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/profile";

        (string Facebook, string Line, string YouTube)[] hostile =
        [
            ("https://www.facebook.com.evil.example/page", "javascript:alert(1)", "https://evil.example/youtube.com"),
            ("https://user@www.facebook.com/page", "https://line.me:8443/R/ti/p/@x", "https://www.youtube.com/"),
            ("ftp://www.facebook.com/page", "https://lin.ee/" + new string('a', 300), "data:text/html,<script>alert(1)</script>"),
        ];
        foreach (var (facebook, line, youTube) in hostile)
        {
            var response = await admin.PostFormAsync(page, page, Profile(org, facebook, line, youTube));
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Contains("ลิงก์เพจ Facebookไม่ถูกต้อง ให้คัดลอกจากแถบที่อยู่ของหน้านั้น เช่น https://www.facebook.com/bangkha.sao", html, StringComparison.Ordinal);
            Assert.Contains("ลิงก์LINE Official Accountไม่ถูกต้อง", html, StringComparison.Ordinal);
            Assert.Contains("ลิงก์ช่อง YouTubeไม่ถูกต้อง", html, StringComparison.Ordinal);
        }

        // An e-mail address longer than its column is a Thai message, not a failed save.
        var longMail = await admin.PostFormAsync(page, page, Profile(org, email: new string('a', 190) + "@example.go.th"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, longMail.StatusCode);
        Assert.Contains("ข้อความยาวเกิน 200 ตัวอักษร", await longMail.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var stored = await app.QueryAsync(db => db.Organizations.AsNoTracking().SingleAsync(o => o.Id == org.Id));
        Assert.Equal(((string?)null, (string?)null, (string?)null), (stored.FacebookUrl, stored.LineUrl, stored.YouTubeUrl));
        Assert.NotEqual("องค์การบริหารส่วนตำบลทดสอบช่องทาง", stored.Name);
    }
}
