using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Gifts;

/// <summary>
/// Three decided reports of fiscal year 2567 in the demo organization, so its yearly report on the website shows both
/// filled months and months with nothing to report — every name marked as a sample (ตัวอย่าง).
/// </summary>
public sealed class GiftsDemoContent(ProngsaiDbContext db, CurrentOrganization current) : IDemoContent
{
    private static readonly (DateOnly On, string Position, GiverRelation Relation, string Occasion, string Description, decimal Value,
        GiftDecision Decision, string Note, int SettledAfterDays)[] Samples =
    [
        (new DateOnly(2024, 1, 2), "ตัวอย่าง: นักวิชาการพัสดุ", GiverRelation.Contractor, "ปีใหม่", "กระเช้าผลไม้และของใช้", 3_500m,
            GiftDecision.HandToOffice, "ผู้ให้เป็นคู่สัญญาของหน่วยงาน ส่งคืนไม่ได้เพราะเป็นของสด ให้นำไปมอบแก่ศูนย์พัฒนาเด็กเล็ก", 2),
        (new DateOnly(2024, 4, 11), "ตัวอย่าง: นายช่างโยธา", GiverRelation.ServiceUser, "สงกรานต์", "ผ้าไหมมัดหมี่ 1 ผืน", 4_000m,
            GiftDecision.ReturnToGiver, "ผู้ให้มีคำขออนุญาตก่อสร้างอาคารอยู่ระหว่างพิจารณา ให้ส่งคืน", 5),
        (new DateOnly(2024, 8, 20), "ตัวอย่าง: ปลัดองค์การบริหารส่วนตำบล", GiverRelation.OtherAgency, "ศึกษาดูงาน", "ของที่ระลึกประจำจังหวัด",
            3_200m, GiftDecision.Keep, "ของที่ระลึกที่หน่วยงานเจ้าภาพมอบแก่คณะศึกษาดูงานทุกคนตามมารยาท", 0),
    ];

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        current.Set(organization.Id, organization.Slug);
        if (await db.Set<GiftReport>().AnyAsync(cancellationToken))
        {
            return;
        }

        // Past reports are history, written as they ended: the use cases take a report and its decision one at a time.
        foreach (var sample in Samples)
        {
            var reported = new DateTimeOffset(sample.On.AddDays(3).ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(7)).ToUniversalTime();
            db.Set<GiftReport>().Add(new GiftReport
            {
                ReceiverUserId = "demo",
                ReceiverName = "ตัวอย่าง: เจ้าหน้าที่ (demo)",
                ReceiverPosition = sample.Position,
                ReceivedOn = sample.On,
                GiverName = "ตัวอย่าง (ไม่ใช่ข้อมูลจริง)",
                GiverRelation = sample.Relation,
                Occasion = sample.Occasion,
                Description = sample.Description,
                Value = sample.Value,
                Status = GiftReportStatus.Decided,
                ReportedAt = reported,
                Decision = sample.Decision,
                DecidedAt = reported.AddDays(1),
                DecidedBy = Prongsai.Core.Demo.DemoSeeder.ActorName,
                DecisionNote = sample.Note,
                SettledOn = sample.Decision == GiftDecision.Keep ? null : sample.On.AddDays(sample.SettledAfterDays),
                SettledBy = sample.Decision == GiftDecision.Keep ? null : Prongsai.Core.Demo.DemoSeeder.ActorName,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
