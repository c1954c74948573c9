using Prongsai.Cli;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Foundation;

/// <summary>The command line, run in-process against a real database, with its exit codes.</summary>
public sealed class CommandLineTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(IDictionary<string, string?> settings, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, settings);
        return (code, output.ToString(), error.ToString());
    }

    private static Dictionary<string, string?> FreshSqlite() => new()
    {
        ["Database:Provider"] = "Sqlite",
        ["Prongsai:DataDirectory"] = Directory.CreateTempSubdirectory("prongsai-cli-").FullName,
    };

    [Theory, Providers]
    public async Task Create_org_and_user_then_the_user_signs_in_with_the_printed_password(DbProvider provider)
    {
        var app = Apps.For(provider);
        var slug = "c" + Guid.NewGuid().ToString("N")[..8];
        var org = await RunAsync(app.Settings, "create-org", "--slug", slug, "--name", "เทศบาลตำบลทดสอบ", "--kind", "ทต.", "--province", "ชลบุรี");
        Assert.True(org.Code == 0, org.Error);

        var user = await RunAsync(app.Settings, "create-user", "--org", slug, "--email", $"clerk@{slug}.test", "--role", "DepartmentStaff", "--department", "กองคลัง");
        Assert.True(user.Code == 0, user.Error);
        var password = user.Out.Split('\n').Single(l => l.Contains("one-time password", StringComparison.Ordinal)).Split(": ")[1].Trim();

        var client = app.Client();
        var signIn = await client.PostFormAsync("/staff/signin", "/staff/signin", [new("Email", $"clerk@{slug}.test"), new("Password", password)]);
        Assert.Equal("/staff/account/password?first=true", signIn.Headers.Location?.OriginalString);
    }

    [Theory, Providers]
    public async Task Close_account_shuts_out_someone_who_left_but_never_the_last_administrator(DbProvider provider)
    {
        var app = Apps.For(provider);
        var slug = "c" + Guid.NewGuid().ToString("N")[..8];
        Assert.Equal(0, (await RunAsync(app.Settings, "create-org", "--slug", slug, "--name", "เทศบาลตำบลทดสอบปิดบัญชี")).Code);
        Assert.Equal(0, (await RunAsync(app.Settings, "create-user", "--org", slug, "--email", $"admin@{slug}.test", "--role", "OrgAdmin")).Code);
        Assert.Equal(0, (await RunAsync(app.Settings, "create-user", "--org", slug, "--email", $"clerk@{slug}.test", "--role", "DepartmentStaff", "--department", "กองคลัง")).Code);
        Assert.Equal(0, (await RunAsync(app.Settings, "reset-password", "--email", $"clerk@{slug}.test", "--password", "Clerk-Leaves-2569!")).Code);

        var closed = await RunAsync(app.Settings, "close-account", "--email", $"clerk@{slug}.test", "--reason", "ย้ายไปสังกัดอื่น");
        Assert.True(closed.Code == 0, closed.Error);
        Assert.Contains("closed", closed.Out, StringComparison.Ordinal);

        // It no longer signs in (only the right password is told why), and the command line gives it no password.
        var signIn = await app.Client().PostFormAsync("/staff/signin", "/staff/signin", [new("Email", $"clerk@{slug}.test"), new("Password", "Clerk-Leaves-2569!")]);
        Assert.Contains("บัญชีนี้ถูกปิดแล้ว", System.Net.WebUtility.HtmlDecode(await signIn.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var password = await RunAsync(app.Settings, "reset-password", "--email", $"clerk@{slug}.test", "--password", "Another-Passw0rd-2569");
        Assert.Equal(1, password.Code);
        Assert.Contains("บัญชีนี้ปิดแล้ว", password.Error, StringComparison.Ordinal);

        var last = await RunAsync(app.Settings, "close-account", "--email", $"admin@{slug}.test");
        Assert.Equal(1, last.Code);
        Assert.Contains("ผู้ดูแลระบบคนสุดท้าย", last.Error, StringComparison.Ordinal);
        Assert.Equal(1, (await RunAsync(app.Settings, "close-account", "--email", $"nobody@{slug}.test")).Code);
    }

    [Fact]
    public async Task Wrong_usage_exits_2_and_bad_data_exits_1_with_Thai_and_English_errors()
    {
        var settings = FreshSqlite();
        Assert.Equal(2, (await RunAsync(settings)).Code);
        Assert.Equal(2, (await RunAsync(settings, "no-such-verb")).Code);

        var missing = await RunAsync(settings, "create-org", "--slug", "abc");
        Assert.Equal(2, missing.Code);
        Assert.Contains("--name", missing.Error, StringComparison.Ordinal);

        var reserved = await RunAsync(settings, "create-org", "--slug", "api", "--name", "ทดสอบ");
        Assert.Equal(1, reserved.Code);
        Assert.Contains("ใช้ชื่อ \"api\" ไม่ได้", reserved.Error, StringComparison.Ordinal);

        var unknownOrg = await RunAsync(settings, "create-user", "--org", "nobody", "--email", "a@b.test", "--role", "Auditor");
        Assert.Equal(1, unknownOrg.Code);
        Assert.Contains("organization nobody not found", unknownOrg.Error, StringComparison.Ordinal);

        var badRole = await RunAsync(settings, "create-user", "--org", "nobody", "--email", "a@b.test", "--role", "King");
        Assert.Equal(2, badRole.Code);

        var help = await RunAsync(settings, "create-user", "--help");
        Assert.Equal(0, help.Code);
        Assert.Contains("--email", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_demo_prints_a_generated_password_once_and_backup_copies_the_database()
    {
        var settings = FreshSqlite();
        var seeded = await RunAsync(settings, "seed-demo");
        Assert.True(seeded.Code == 0, seeded.Error);
        Assert.Contains("admin@bangkha.demo", seeded.Out, StringComparison.Ordinal);
        Assert.Equal(1, (await RunAsync(settings, "seed-demo")).Code);

        var reset = await RunAsync(settings, "reset-password", "--email", "admin@bangkha.demo", "--password", "Another-Passw0rd-2569");
        Assert.True(reset.Code == 0, reset.Error);

        var target = Path.Combine(settings["Prongsai:DataDirectory"]!, "backup", "copy.db");
        var backup = await RunAsync(settings, "backup", "--out", target);
        Assert.True(backup.Code == 0, backup.Error);
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={target};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Name FROM Organizations WHERE Slug = 'bangkha'";
        Assert.Equal("องค์การบริหารส่วนตำบลบางคา", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Backup_on_PostgreSQL_points_to_pg_dump()
    {
        var result = await RunAsync(Apps.For(DbProvider.Postgres).Settings, "backup", "--out", "/tmp/never.db");
        Assert.Equal(1, result.Code);
        Assert.Contains("pg_dump", result.Error, StringComparison.Ordinal);
    }
}
