using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Demo;

/// <summary>The demo account's e-mail and its password, printed once when created.</summary>
public sealed record DemoAdmin(string Email, string Password);

/// <summary>
/// Seeds the demo organization (อบต.บางคา) into an empty database. Content added by other
/// features hooks in through IDemoContent, so each feature seeds its own samples.
/// </summary>
public sealed class DemoSeeder(
    ProngsaiDbContext db, CreateOrganization createOrganization, StaffAccounts staffAccounts, IEnumerable<IDemoContent> contents)
{
    public const string Slug = "bangkha";
    public const string AdminEmail = "admin@bangkha.demo";

    /// <summary>Who wrote the demo's sample records, as the records and the audit trail name them.</summary>
    public const string ActorName = "ข้อมูลตัวอย่าง (demo)";

    public async Task<DemoAdmin?> SeedIfEmptyAsync(string? adminPassword, CancellationToken cancellationToken = default)
    {
        if (await db.Organizations.AnyAsync(cancellationToken))
        {
            return null;
        }

        // Checked before anything is written: refused after the organization existed, the demo stayed half-seeded, and
        // the next start (with a good password) found an organization and seeded nothing.
        if (!string.IsNullOrWhiteSpace(adminPassword) && await staffAccounts.PasswordProblemsAsync(adminPassword) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("Prongsai:DemoAdminPassword: " + string.Join(" ", problems));
        }

        var organization = await createOrganization.RunAsync(
            StaffActor.PlatformOperator(ActorName),
            new CreateOrganizationRequest(Slug, "องค์การบริหารส่วนตำบลบางคา", OrganizationKind.Sao, "ฉะเชิงเทรา", "ราชสาส์น",
                ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"]),
            cancellationToken);
        var org = organization.Value ?? throw new InvalidOperationException(organization.Errors[0].Message);
        org.NameEnglish = "Bang Kha Subdistrict Administrative Organization";
        org.Address = "หมู่ที่ 1 ตำบลบางคา อำเภอราชสาส์น จังหวัดฉะเชิงเทรา 24120 (ข้อมูลตัวอย่าง)";
        org.Phone = "038-000-000";
        org.Email = "saraban@bangkha.demo";
        await db.SaveChangesAsync(cancellationToken);

        var system = StaffActor.System(ActorName, org.Id);
        var admin = await staffAccounts.CreateAsync(
            system,
            new CreateStaffRequest(org.Id, AdminEmail, "ผู้ดูแลระบบ (ตัวอย่าง)", [OrgRole.OrgAdmin, OrgRole.Executive]),
            cancellationToken);
        var created = admin.Value ?? throw new InvalidOperationException(admin.Errors[0].Message);

        var password = created.OneTimePassword;
        if (!string.IsNullOrWhiteSpace(adminPassword))
        {
            var reset = await staffAccounts.SetPasswordAsync(system, created.User.Id, adminPassword, cancellationToken);
            if (!reset.Succeeded)
            {
                throw new InvalidOperationException("Prongsai:DemoAdminPassword: " + string.Join(" ", reset.Errors.Select(e => e.Message)));
            }

            password = adminPassword;
        }

        // The demo admin signs in straight away; a real account must change its one-time password.
        var user = await db.Users.FirstAsync(u => u.Id == created.User.Id, cancellationToken);
        user.MustChangePassword = false;
        user.OneTimePasswordIssuedAt = null;
        await db.SaveChangesAsync(cancellationToken);

        // Content made from the other features' content (the ITA checklists) comes last; the rest in feature order.
        foreach (var content in contents.OrderBy(c => c.BuiltFromOtherContent))
        {
            await content.SeedAsync(org, cancellationToken);
        }

        return new DemoAdmin(AdminEmail, password);
    }
}

/// <summary>A feature's sample content for the demo organization.</summary>
public interface IDemoContent
{
    Task SeedAsync(Organization organization, CancellationToken cancellationToken);

    /// <summary>True for content made from what the other features' samples published: it is seeded after all of them.</summary>
    bool BuiltFromOtherContent => false;
}
