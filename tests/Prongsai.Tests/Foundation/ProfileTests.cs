using System.Net;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

public sealed class ProfileTests
{
    [Theory, Providers]
    public async Task OrgAdmin_edits_the_profile_and_the_own_host_serves_the_site_once_approved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/profile";
        var saved = await admin.PostFormAsync(page, page,
        [
            new("Input.Name", "เทศบาลตำบลแก้ไขแล้ว"), new("Input.Kind", "SubdistrictMunicipality"), new("Input.Phone", "038-111-222"),
            new("Input.Email", "saraban@example.go.th"), new("Input.HostNames", $"{org.Slug}.go.th, www.{org.Slug}.go.th"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await HostClaimAttackTests.ApproveAllAsync(app, org.Id);

        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = $"www.{org.Slug}.go.th";
        var home = await app.Client().SendAsync(request);
        Assert.Contains("เทศบาลตำบลแก้ไขแล้ว", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Bad_profile_input_gets_Thai_messages(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var page = $"/staff/{org.Slug}/profile";
        var response = await admin.PostFormAsync(page, page,
            [new("Input.Name", ""), new("Input.Email", "nope"), new("Input.HostNames", "not a host!")]);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("กรุณาระบุชื่อหน่วยงาน", html, StringComparison.Ordinal);
        Assert.Contains("รูปแบบอีเมลไม่ถูกต้อง", html, StringComparison.Ordinal);
        Assert.Contains("ไม่ถูกต้อง", html, StringComparison.Ordinal);

        // An Executive reads the profile (ViewBackOffice) but cannot change it.
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        Assert.Equal(HttpStatusCode.OK, (await executive.GetAsync(page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await executive.PostFormAsync(page, page, [new("Input.Name", "ชื่อใหม่")])).StatusCode);
    }
}
