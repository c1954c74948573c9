using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>
/// Fills organization B with rows of every feature, each carrying a marker text that must
/// never appear in a response to organization A. Each feature adds its rows here.
/// </summary>
internal static class IsolationSeed
{
    public static async Task FillAsync(ProngsaiApp app, TestOrg organization, string marker)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(organization.Id, organization.Slug);
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        foreach (var department in await db.Departments.ToListAsync())
        {
            department.Name += " " + marker;
        }

        foreach (var user in await db.Users.Where(u => u.OrganizationId == organization.Id).ToListAsync())
        {
            user.DisplayName += " " + marker;
        }

        await db.SaveChangesAsync();
    }
}
