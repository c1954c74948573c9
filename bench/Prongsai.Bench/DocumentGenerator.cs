using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Publishing;
using Prongsai.Core.Tenancy;

namespace Prongsai.Bench;

/// <summary>
/// Publishes synthetic Thai documents in the bench organizations through the same use cases staff
/// use (SaveDocument, PublishDocument): versions, ledger entries and the search index are real.
/// Organizations that already hold enough documents are skipped, so a seeded database is reused.
/// </summary>
public static class DocumentGenerator
{
    private static readonly string[] Subjects =
    [
        "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง", "แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ", "ประกาศผู้ชนะการเสนอราคาจ้างก่อสร้างถนน",
        "คู่มือการให้บริการรับชำระภาษีที่ดินและสิ่งปลูกสร้าง", "รายงานผลการดำเนินงานรอบหกเดือน", "ประชาสัมพันธ์การฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า",
        "สรุปผลการจัดซื้อจัดจ้างประจำเดือน", "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี", "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
        "โครงการฝึกอบรมอาชีพให้แก่ประชาชนในพื้นที่",
    ];

    private static readonly string[] Bodies =
    [
        "องค์การบริหารส่วนตำบลขอประชาสัมพันธ์ให้ประชาชนในพื้นที่ทราบโดยทั่วกัน สามารถสอบถามรายละเอียดเพิ่มเติมได้ที่สำนักปลัดในวันและเวลาราชการ",
        "ตามที่ได้ดำเนินการตามแผนการใช้จ่ายงบประมาณประจำปี ขอรายงานผลการเบิกจ่ายงบประมาณและความก้าวหน้าของโครงการต่าง ๆ ให้ประชาชนได้มีส่วนร่วมในการตรวจสอบ",
        "ขั้นตอนการให้บริการ ระยะเวลา และเอกสารที่ต้องใช้ ผู้มาขอรับบริการสามารถยื่นคำขอได้ที่กองคลังหรือผ่านช่องทางออนไลน์ของหน่วยงาน",
    ];

    public static async Task<int> FillAsync(IServiceProvider provider, int organizations, int perOrganization)
    {
        var published = 0;
        for (var n = 1; n <= organizations && perOrganization > 0; n++)
        {
            var slug = "bench-" + n.ToString("D4", CultureInfo.InvariantCulture);
            await using var scope = provider.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<ProngsaiDbContext>();
            var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Slug == slug);
            if (organization is null)
            {
                continue;
            }

            services.GetRequiredService<CurrentOrganization>().Set(organization.Id, organization.Slug);
            await DefaultCategories.EnsureAsync(db, organization.Id);
            var have = await db.Documents.CountAsync();
            if (have >= perOrganization)
            {
                continue;
            }

            var categories = await db.DocumentCategories.Select(c => c.Id).OrderBy(id => id).ToListAsync();
            var departments = await db.Departments.Select(d => d.Id).OrderBy(id => id).ToListAsync();
            var save = services.GetRequiredService<SaveDocument>();
            var publish = services.GetRequiredService<PublishDocument>();
            var editor = Prongsai.Core.Organizations.StaffActor.System("bench-generator");
            for (var i = have; i < perOrganization; i++)
            {
                var input = new DocumentInput(
                    $"{Subjects[i % Subjects.Length]} ฉบับที่ {(i + 1).ToString(CultureInfo.InvariantCulture)}",
                    Bodies[(i + n) % Bodies.Length],
                    Bodies[i % Bodies.Length] + " " + Bodies[(i + 1) % Bodies.Length],
                    categories[i % categories.Count],
                    departments.Count == 0 ? null : departments[i % departments.Count],
                    2566 + (i % 3));
                var saved = await save.RunAsync(null, input, [], [], editor);
                if (saved.Value is null || (await publish.PublishNowAsync(saved.Value.Id, editor)).Value is null)
                {
                    Console.Error.WriteLine($"{slug}: document {i + 1} could not be published: {string.Join("; ", saved.Errors.Select(e => e.Message))}");
                    return published;
                }

                db.ChangeTracker.Clear();
                published++;
            }

            if (n % 50 == 0)
            {
                Console.WriteLine($"  {n} organizations filled, {published} documents published so far");
            }
        }

        return published;
    }
}
