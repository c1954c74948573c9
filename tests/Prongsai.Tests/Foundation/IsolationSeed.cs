using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// Fills organization B with non-public rows of every feature (staff accounts, drafts, ...),
/// each carrying a marker text that must never appear in a response to organization A.
/// Public facts (the organization's name, its departments) carry no marker: anyone may read them.
/// Each feature adds its rows here.
/// </summary>
internal static class IsolationSeed
{
    public static async Task FillAsync(ProngsaiApp app, TestOrg organization, string marker)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id, organization.Slug);
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        foreach (var user in await db.Users.Where(u => u.OrganizationId == organization.Id).ToListAsync())
        {
            user.DisplayName += " " + marker;
        }

        await db.SaveChangesAsync();
    }
}
