using System.Net;
using System.Text.RegularExpressions;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// The steps the host-name tests share: an OrgAdmin claims hosts on the profile, a visitor asks on a host, the Operator
/// reads a refused decision.
/// </summary>
internal static partial class HostTestSteps
{
    /// <summary>The organization's OrgAdmin saves its profile with <paramref name="hosts"/> (comma-separated) as its hosts.</summary>
    public static async Task<Result<Organization>> ClaimHostsAsync(this ProngsaiApp app, TestOrg org, string hosts)
    {
        var admin = org[OrgRole.OrgAdmin];
        var actor = new StaffActor(admin.Id, admin.Email, org.Id, new HashSet<OrgRole> { OrgRole.OrgAdmin }, new HashSet<int>());
        return await app.UseAsync<UpdateOrganizationProfile, Result<Organization>>(async update =>
        {
            var input = await update.LoadAsync(org.Id) ?? throw new InvalidOperationException("no profile");
            input.HostNames = hosts;
            return await update.RunAsync(actor, input);
        }, org.Id);
    }

    /// <summary>A GET of <paramref name="path"/> with <paramref name="host"/> as the Host header.</summary>
    public static async Task<HttpResponseMessage> GetOnHostAsync(this ProngsaiApp app, string host, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return await app.Client().SendAsync(request);
    }

    public const string OperatorPage = "/staff/operator/organizations";

    [GeneratedRegex("<div class=\"validation-summary-errors\"[^>]* role=\"alert\"[^>]*>(?<body>.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex Summary();

    /// <summary>
    /// A host decision or revoke refused: the Operator's page again (HTML, in the error's status), its title saying so,
    /// with the one Thai reason in the page's one summary.
    /// </summary>
    public static async Task AssertRefusedOnOperatorPageAsync(HttpResponseMessage response, HttpStatusCode status, string reason)
    {
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {html[..Math.Min(html.Length, 2000)]}");
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<title>ข้อผิดพลาด: หน่วยงานทั้งหมด (ผู้ดูแลแพลตฟอร์ม)", html, StringComparison.Ordinal);
        Assert.Contains("<h1>หน่วยงานทั้งหมด (ผู้ดูแลแพลตฟอร์ม)</h1>", html, StringComparison.Ordinal);
        Assert.Equal(reason, Assert.Single(Summary().Matches(html)).Groups["body"].Value.Trim());
    }
}
