using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>The steps the host-name tests share: an OrgAdmin claims hosts on the profile, a visitor asks on a host.</summary>
internal static class HostTestSteps
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
}
