using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Data;

namespace Prongsai.Cli.Verbs;

public sealed class MigrateVerb : IVerb
{
    public string Name => "migrate";
    public string Summary => "สร้าง/ปรับโครงสร้างฐานข้อมูล / apply database migrations";
    public string Help => "prongsai migrate\n  Applies the pending migrations of the configured provider (SQLite or PostgreSQL).";

    public VerbOptions Options { get; } = new VerbOptions();

    /// <summary>Sets up: its work is to create or bring up to date the schema; on a new installation that creates the database.</summary>
    public bool SetsUpInstallation => true;

    public async Task<int> RunAsync(VerbContext context)
    {
        await DataServices.MigrateAsync(context.Services);
        context.Out.WriteLine($"ฐานข้อมูลเป็นปัจจุบันแล้ว / database is up to date ({DataServices.ProviderOf(context.Configuration)})");
        return CliApp.Ok;
    }
}

public sealed class CreateOrgVerb : IVerb
{
    public string Name => "create-org";
    public string Summary => "สร้างหน่วยงาน / create an organization";
    public string Help => "prongsai create-org --slug S --name N [--kind Sao|SubdistrictMunicipality|TownMunicipality|CityMunicipality|Pao] [--province P] [--district D]";

    public VerbOptions Options { get; } = new VerbOptions().Value("slug").Value("name").Value("kind").Value("province").Value("district");

    /// <summary>Sets up: the first organization is how a single-office installation begins (it migrates first).</summary>
    public bool SetsUpInstallation => true;

    public async Task<int> RunAsync(VerbContext context)
    {
        var slug = context.Args.Required("slug");
        var name = context.Args.Required("name");
        var kindText = context.Args.Optional("kind");
        var kind = OrganizationKind.Sao;
        if (kindText is not null && !OrganizationKindNames.TryParse(kindText, out kind))
        {
            throw new UsageException($"--kind ไม่ถูกต้อง: {kindText} / unknown kind");
        }

        await DataServices.MigrateAsync(context.Services);
        await using var scope = context.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CreateOrganization>().RunAsync(
            StaffActor.PlatformOperator(),
            new CreateOrganizationRequest(slug, name, kind, context.Args.Optional("province"), context.Args.Optional("district")));
        if (!result.Succeeded)
        {
            return context.Fail(string.Join(" ", result.Errors.Select(e => e.Message)), "organization not created");
        }

        context.Out.WriteLine($"สร้างหน่วยงานแล้ว / created: {result.Value!.Slug} ({result.Value.Name}), id {result.Value.Id}");
        return CliApp.Ok;
    }
}

public sealed class CreateUserVerb : IVerb
{
    public string Name => "create-user";
    public string Summary => "สร้างบัญชีเจ้าหน้าที่ / create a staff account (prints a one-time password)";
    public string Help => "prongsai create-user --org S --email E --role R[,R...] [--department D[,D...]] [--name N]\n  Roles: " +
        string.Join(", ", Enum.GetNames<OrgRole>()) + "\n  Departments by name or id.";

    public VerbOptions Options { get; } = new VerbOptions().Value("org").Value("email").Value("role").Value("department").Value("name");

    public async Task<int> RunAsync(VerbContext context)
    {
        var slug = context.Args.Required("org");
        var email = context.Args.Required("email");
        var roleText = context.Args.Required("role");
        var name = context.Args.Optional("name") ?? email;
        var roles = new List<OrgRole>();
        foreach (var part in roleText.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            roles.Add(Enum.TryParse<OrgRole>(part, ignoreCase: true, out var role) && Enum.IsDefined(role)
                ? role
                : throw new UsageException($"ไม่รู้จักบทบาท {part} / unknown role; one of {string.Join(", ", Enum.GetNames<OrgRole>())}"));
        }

        await DataServices.MigrateAsync(context.Services);
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Slug == slug);
        if (organization is null)
        {
            return context.Fail($"ไม่พบหน่วยงาน {slug}", $"organization {slug} not found");
        }

        var departmentIds = new List<int>();
        foreach (var part in (context.Args.Optional("department") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var departments = db.Departments.IgnoreQueryFilters().Where(d => d.OrganizationId == organization.Id);
            var id = int.TryParse(part, System.Globalization.CultureInfo.InvariantCulture, out var n)
                ? await departments.Where(d => d.Id == n).Select(d => (int?)d.Id).FirstOrDefaultAsync()
                : await departments.Where(d => d.Name == part).Select(d => (int?)d.Id).FirstOrDefaultAsync();
            if (id is null)
            {
                return context.Fail($"ไม่พบส่วนราชการ \"{part}\" ใน {slug}", $"department \"{part}\" not found");
            }

            departmentIds.Add(id.Value);
        }

        var result = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateAsync(StaffActor.System(organizationId: organization.Id), new CreateStaffRequest(organization.Id, email, name, roles, departmentIds));
        if (!result.Succeeded)
        {
            return context.Fail(string.Join(" ", result.Errors.Select(e => e.Message)), "account not created");
        }

        context.Out.WriteLine($"สร้างบัญชีแล้ว / created: {email} ({string.Join(", ", roles)})");
        context.Out.WriteLine($"รหัสผ่านครั้งแรก / one-time password: {result.Value!.OneTimePassword}");
        return CliApp.Ok;
    }
}

public sealed class CreateOperatorVerb : IVerb
{
    public string Name => "create-operator";
    public string Summary => "สร้างบัญชีผู้ดูแลแพลตฟอร์ม / create a platform Operator account";
    public string Help => "prongsai create-operator --email E [--name N]";

    public VerbOptions Options { get; } = new VerbOptions().Value("email").Value("name");

    /// <summary>Sets up: the first Operator is how a platform installation begins (README, Production: migrate, then create-operator).</summary>
    public bool SetsUpInstallation => true;

    public async Task<int> RunAsync(VerbContext context)
    {
        var email = context.Args.Required("email");
        var name = context.Args.Optional("name") ?? email;
        await DataServices.MigrateAsync(context.Services);
        await using var scope = context.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
            .CreateOperatorAsync(StaffActor.PlatformOperator(), email, name);
        if (!created.Succeeded)
        {
            return context.Fail(string.Join(" ", created.Errors.Select(e => e.Message)), "account not created");
        }

        var password = created.Value!.OneTimePassword;
        context.Out.WriteLine($"สร้างบัญชีผู้ดูแลแพลตฟอร์มแล้ว / operator created: {email}");
        context.Out.WriteLine($"รหัสผ่านครั้งแรก / one-time password: {password}");
        return CliApp.Ok;
    }
}

public sealed class ResetPasswordVerb : IVerb
{
    public string Name => "reset-password";
    public string Summary => "ตั้งรหัสผ่านใหม่ / set a new password (generated, or --password)";
    public string Help => "prongsai reset-password --email E [--password P]\n  Without --password a one-time password is generated and must be changed at sign-in.";

    public VerbOptions Options { get; } = new VerbOptions().Value("email").Value("password");

    public async Task<int> RunAsync(VerbContext context)
    {
        var email = context.Args.Required("email");
        var chosen = context.Args.Optional("password");
        await DataServices.MigrateAsync(context.Services);
        await using var scope = context.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        var normalized = email.Trim().ToUpperInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized);
        if (user is null)
        {
            return context.Fail($"ไม่พบบัญชี {email}", "account not found");
        }

        if (chosen is null)
        {
            var result = await accounts.ResetPasswordAsync(StaffActor.System(organizationId: user.OrganizationId), user.Id);
            if (!result.Succeeded)
            {
                return context.Fail(string.Join(" ", result.Errors.Select(e => e.Message)));
            }

            context.Out.WriteLine($"รหัสผ่านใหม่ (ใช้ครั้งเดียว) / new one-time password: {result.Value}");
            return CliApp.Ok;
        }

        var set = await accounts.SetPasswordAsync(StaffActor.System(organizationId: user.OrganizationId), user.Id, chosen);
        if (!set.Succeeded)
        {
            return context.Fail(string.Join(" ", set.Errors.Select(e => e.Message)), "password not changed");
        }

        context.Out.WriteLine("ตั้งรหัสผ่านแล้ว / password set");
        return CliApp.Ok;
    }
}

public sealed class SeedDemoVerb : IVerb
{
    public string Name => "seed-demo";
    public string Summary => "สร้างหน่วยงานตัวอย่าง (bangkha) ในฐานข้อมูลว่าง / seed the demo organization";
    public string Help => "prongsai seed-demo [--password P]\n  Seeds อบต.บางคา into an empty database and prints the demo admin's password.";

    public VerbOptions Options { get; } = new VerbOptions().Value("password");

    /// <summary>Sets up: a demo is seeded into a new, empty database.</summary>
    public bool SetsUpInstallation => true;

    public async Task<int> RunAsync(VerbContext context)
    {
        var password = context.Args.Optional("password");
        await DataServices.MigrateAsync(context.Services);
        await using var scope = context.Services.CreateAsyncScope();
        var admin = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(password);
        if (admin is null)
        {
            return context.Fail("ฐานข้อมูลมีหน่วยงานอยู่แล้ว จึงไม่สร้างข้อมูลตัวอย่าง", "the database already holds organizations; nothing seeded");
        }

        context.Out.WriteLine($"ผู้ดูแลระบบตัวอย่าง / demo admin: {admin.Email}");
        context.Out.WriteLine($"รหัสผ่าน / password: {admin.Password}");
        return CliApp.Ok;
    }
}
