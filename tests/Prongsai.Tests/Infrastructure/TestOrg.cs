using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Tests.Infrastructure;

/// <summary>A fresh organization with one account per role, each with its own generated password.</summary>
public sealed class TestOrg
{
    public required Organization Organization { get; init; }
    public required IReadOnlyList<Department> Departments { get; init; }
    public required IReadOnlyDictionary<OrgRole, TestUser> Users { get; init; }

    public string Slug => Organization.Slug;
    public int Id => Organization.Id;
    public TestUser this[OrgRole role] => Users[role];

    /// <summary>Creates the organization with departments "สำนักปลัด" and "กองคลัง" and a user per role;
    /// department roles belong to the first department.</summary>
    public static async Task<TestOrg> CreateAsync(ProngsaiApp app, string? name = null)
    {
        var slug = "t" + Guid.NewGuid().ToString("N")[..10];
        await using var scope = app.Scope();
        var services = scope.ServiceProvider;
        var created = await services.GetRequiredService<CreateOrganization>()
            .RunAsync(Prongsai.Core.Organizations.StaffActor.PlatformOperator(), new CreateOrganizationRequest(slug, name ?? $"องค์การบริหารส่วนตำบลทดสอบ {slug}", Departments: ["สำนักปลัด", "กองคลัง"]));
        var organization = created.Value ?? throw new InvalidOperationException(created.Errors[0].Message);
        var db = services.GetRequiredService<ProngsaiDbContext>();
        var departments = await db.Departments.IgnoreQueryFilters().Where(d => d.OrganizationId == organization.Id).OrderBy(d => d.SortOrder).ToListAsync();

        var accounts = services.GetRequiredService<StaffAccounts>();
        var users = new Dictionary<OrgRole, TestUser>();
        foreach (var role in Enum.GetValues<OrgRole>())
        {
            var email = $"{role.ToString().ToLowerInvariant()}@{slug}.test";
            var departmentIds = role is OrgRole.DepartmentHead or OrgRole.DepartmentStaff ? new[] { departments[0].Id } : [];
            var result = await accounts.CreateAsync(StaffActor.System(organizationId: organization.Id), new CreateStaffRequest(organization.Id, email, $"{role} {slug}", [role], departmentIds));
            var user = result.Value ?? throw new InvalidOperationException(result.Errors[0].Message);
            var entity = await db.Users.FirstAsync(u => u.Id == user.User.Id);
            entity.MustChangePassword = false;
            entity.OneTimePasswordIssuedAt = null;
            await db.SaveChangesAsync();
            users[role] = new TestUser(user.User.Id, email, user.OneTimePassword, role);
        }

        return new TestOrg { Organization = organization, Departments = departments, Users = users };
    }
}

public sealed record TestUser(string Id, string Email, string Password, OrgRole Role);
