using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core;
using Prongsai.Core.Auditing;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Data;

namespace Prongsai.Bench;

/// <summary>
/// Seeds --orgs synthetic organizations (slugs bench-0001, bench-0002, ...; Thai names; --departments each)
/// through the same use case the operator uses, then --documents published documents each (DocumentGenerator). Organizations already there are kept, so a second run
/// only adds what is missing and a seeded database is reused. Migrates the database first.
/// </summary>
public static class Generator
{
    private static readonly string[] First =
        ["บาง", "หนอง", "โคก", "ดอน", "ท่า", "นา", "วัง", "ห้วย", "คลอง", "สระ", "บ้าน", "ทุ่ง", "เขา", "ป่า", "โพธิ์", "ลำ"];

    private static readonly string[] Second =
        ["ทอง", "แก้ว", "ใหญ่", "น้อย", "งาม", "ขาม", "ยาง", "ไผ่", "บัว", "หิน", "กระดี่", "สะแก", "พะยอม", "ตะเคียน", "มะม่วง", "จันทร์"];

    private static readonly string[] Provinces =
        ["ฉะเชิงเทรา", "ขอนแก่น", "เชียงใหม่", "นครราชสีมา", "สุราษฎร์ธานี", "อุบลราชธานี", "พิษณุโลก", "ชลบุรี", "ลำปาง", "สงขลา"];

    private static readonly string[] ExtraDepartments =
        ["กองสาธารณสุขและสิ่งแวดล้อม", "กองสวัสดิการสังคม", "กองส่งเสริมการเกษตร", "หน่วยตรวจสอบภายใน", "กองยุทธศาสตร์และงบประมาณ", "กองการเจ้าหน้าที่"];

    public static async Task<int> RunAsync(Options options)
    {
        var wanted = options.Number("orgs", 1000);
        var departmentsEach = Math.Clamp(options.Number("departments", 6), 1, CreateOrganization.DefaultDepartments.Count + ExtraDepartments.Length);

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IAuditActor>(new FixedAuditActor("bench-generator"));
        services.AddProngsaiData(configuration);
        services.AddProngsaiCore();
        await using var provider = services.BuildServiceProvider();
        await DataServices.MigrateAsync(provider);

        var clock = Stopwatch.StartNew();
        HashSet<string> existing;
        await using (var scope = provider.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            existing = (await db.Organizations.Where(o => o.Slug.StartsWith("bench-")).Select(o => o.Slug).ToListAsync())
                .ToHashSet(StringComparer.Ordinal);
        }

        var created = 0;
        for (var n = 1; n <= wanted; n++)
        {
            var slug = "bench-" + n.ToString("D4", CultureInfo.InvariantCulture);
            if (existing.Contains(slug))
            {
                continue;
            }

            var kind = n % 7 == 0 ? OrganizationKind.SubdistrictMunicipality : OrganizationKind.Sao;
            var place = First[n % First.Length] + Second[(n / First.Length) % Second.Length];
            var departments = CreateOrganization.DefaultDepartments.Concat(ExtraDepartments).Take(departmentsEach).ToList();
            await using var scope = provider.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<CreateOrganization>().RunAsync(Prongsai.Core.Organizations.StaffActor.PlatformOperator(), new CreateOrganizationRequest(
                slug,
                $"{kind.Thai()}{place} ({n.ToString(CultureInfo.InvariantCulture)})",
                kind,
                Provinces[n % Provinces.Length],
                "อำเภอเมือง",
                departments));
            if (result.Value is null)
            {
                Console.Error.WriteLine($"{slug}: {string.Join("; ", result.Errors.Select(e => e.Message))}");
                return 1;
            }

            created++;
        }

        Console.WriteLine($"organizations: {existing.Count} already there, {created} created, {wanted} wanted ({clock.Elapsed.TotalSeconds:F1} s)");

        var documentsEach = options.Number("documents", 200);
        clock.Restart();
        var published = await DocumentGenerator.FillAsync(provider, wanted, documentsEach);
        Console.WriteLine($"documents: {published} published ({documentsEach} wanted per organization, {clock.Elapsed.TotalSeconds:F1} s)");
        return 0;
    }
}
