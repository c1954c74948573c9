using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// One host, however it is written: with the root's trailing dot ("bangkha.go.th."), in capitals, or as a Thai domain
/// name typed in Thai (อบตบางขา.go.th), which is kept in its ASCII form (xn--…) and shown in both.
/// </summary>
public sealed class HostNameFormsTests
{
    [Theory]
    [InlineData("bangkha.example.go.th.", "bangkha.example.go.th")]
    [InlineData(" BangKha.Go.TH ", "bangkha.go.th")]
    [InlineData("อบตบางขา.go.th", "xn--22cj5btb5iqbc.go.th")]
    [InlineData("อบตบางขา.go.th.", "xn--22cj5btb5iqbc.go.th")]
    [InlineData("xn--22cj5btb5iqbc.go.th", "xn--22cj5btb5iqbc.go.th")]
    public void A_host_is_kept_lower_case_in_ascii_without_the_roots_dot(string typed, string stored)
    {
        Assert.Equal(stored, HostNames.Normalize(typed));
    }

    [Fact]
    public void A_thai_domain_is_shown_in_both_forms_and_another_as_it_is()
    {
        Assert.Equal("xn--22cj5btb5iqbc.go.th (อบตบางขา.go.th)", HostNames.Display("xn--22cj5btb5iqbc.go.th"));
        Assert.Equal("bangkha.go.th", HostNames.Display("bangkha.go.th"));
    }

    [Theory, Providers]
    public async Task An_approved_host_serves_its_organization_with_and_without_the_roots_dot(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var host = $"{org.Slug}.example.go.th";
        Assert.True((await app.ClaimHostsAsync(org, host)).Succeeded);
        await HostClaimAttackTests.ApproveAllAsync(app, org.Id);

        foreach (var written in new[] { host, host + ".", host.ToUpperInvariant() + "." })
        {
            using var response = await app.GetOnHostAsync(written, "/");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{written}: {(int)response.StatusCode}");
            Assert.Contains(org.Organization.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            using var measures = await app.GetOnHostAsync(written, "/measures");
            Assert.Equal(HttpStatusCode.OK, measures.StatusCode);
        }

        // A claim typed with the dot is the same host.
        Assert.Equal(host, await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.OrganizationId == org.Id).Select(h => h.HostName).SingleAsync()));
        Assert.True((await app.ClaimHostsAsync(org, host + ".")).Succeeded);
        Assert.Equal(host, await app.QueryAsync(db => db.OrganizationHosts.Where(h => h.OrganizationId == org.Id).Select(h => h.HostName).SingleAsync()));
    }

    [Theory, Providers]
    public async Task A_thai_domain_name_is_accepted_kept_in_ascii_and_shown_in_both_forms(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var thai = $"อบตบางขา.{org.Slug}.go.th";
        var ascii = new IdnMapping().GetAscii(thai);
        Assert.StartsWith("xn--", ascii, StringComparison.Ordinal);

        Assert.True((await app.ClaimHostsAsync(org, thai + ".")).Succeeded);
        var claim = await app.QueryAsync(db => db.OrganizationHosts.SingleAsync(h => h.OrganizationId == org.Id));
        Assert.Equal(ascii, claim.HostName);
        Assert.Equal(HostClaimStatus.Pending, claim.Status);

        // The form says a Thai name may be typed, and shows the claim in both forms.
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var profile = await admin.GetStringAsync($"/staff/{org.Slug}/profile?lang=th-TH");
        Assert.Contains("ชื่อโดเมนภาษาไทย (เช่น อบตบางขา.go.th) พิมพ์เป็นภาษาไทยได้", profile, StringComparison.Ordinal);
        Assert.Contains($"{ascii} ({thai})", profile, StringComparison.Ordinal);

        // The Operator sees both, and approves.
        var operatorClient = (await app.SignedInOperatorAsync()).Client;
        var page = "/staff/operator/organizations";
        Assert.Contains($"<td>{ascii} ({thai})</td>", await operatorClient.GetStringAsync(page), StringComparison.Ordinal);
        var approved = await operatorClient.PostFormAsync(page, page + "?handler=ApproveHost", [new("claimId", claim.Id.ToString(CultureInfo.InvariantCulture))]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains($"อนุมัติโดเมน {ascii} ({thai})", await operatorClient.GetStringAsync(page), StringComparison.Ordinal);

        // Browsers send the ASCII form; the organization answers on it.
        using var response = await app.GetOnHostAsync(ascii, "/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(org.Organization.Name, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_name_that_is_no_domain_is_refused_in_thai(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var result = await app.ClaimHostsAsync(org, "อบต_บางขา..go.th");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Message.StartsWith("ชื่อโดเมน", StringComparison.Ordinal));
    }
}
