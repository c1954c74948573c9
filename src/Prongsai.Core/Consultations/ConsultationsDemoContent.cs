using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Consultations;

/// <summary>
/// Two sample consultations in the demo organization: one of fiscal year 2567 with its opinions and published summary,
/// and one open from a few days before the demo started, so its form can be tried. Every text is marked "ตัวอย่าง".
/// </summary>
public sealed class ConsultationsDemoContent(ProngsaiDbContext db, CurrentOrganization current, ConsultationIndexer indexer, TimeProvider clock) : IDemoContent
{
    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        current.Set(organization.Id, organization.Slug);
        if (await db.Set<Consultation>().AnyAsync(cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = BangkokTime.Today(clock);
        var planOpens = new DateOnly(2024, 5, 1);
        var plan = Sample(
            "ตัวอย่าง: ร่างแผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) เพิ่มเติม ครั้งที่ 1",
            "ตัวอย่าง: องค์การบริหารส่วนตำบลจะเพิ่มโครงการในแผนพัฒนาท้องถิ่น 3 โครงการ ได้แก่ ขุดลอกคลองสาธารณะหมู่ที่ 2 " +
            "ติดตั้งไฟฟ้าส่องสว่างทางสาธารณะหมู่ที่ 5 และจัดซื้อรถบรรทุกน้ำอเนกประสงค์ ขอรับฟังความคิดเห็นว่าเห็นด้วยหรือไม่ " +
            "และควรเพิ่มหรือปรับโครงการใด\nอ่านร่างแผนฉบับเต็มได้ที่สำนักปลัด ในวันและเวลาราชการ",
            planOpens, planOpens.AddDays(30), Stamp(planOpens));
        plan.Summary = "ตัวอย่าง: มีผู้แสดงความคิดเห็น 4 ราย เห็นด้วยกับทั้งสามโครงการ 2 ราย ไม่เห็นด้วยกับการจัดซื้อรถบรรทุกน้ำ 1 ราย " +
            "เพราะเห็นว่าควรซ่อมรถคันเดิม และเสนอให้ขุดลอกคลองหมู่ที่ 4 ด้วย 1 ราย\n" +
            "คณะกรรมการพัฒนาท้องถิ่นพิจารณาแล้ว คงโครงการทั้งสามไว้ โดยให้ตรวจสภาพรถคันเดิมก่อนจัดซื้อ " +
            "และเพิ่มโครงการขุดลอกคลองหมู่ที่ 4 ในแผนเพิ่มเติมครั้งถัดไป";
        plan.SummaryPublishedAt = Stamp(planOpens.AddDays(45));
        plan.SummaryBy = Prongsai.Core.Demo.DemoSeeder.ActorName;
        plan.Opinions.AddRange([
            Said(OpinionStance.Agree, "ตัวอย่าง: เห็นด้วยทั้งสามโครงการ ไฟทางหมู่ที่ 5 มืดมากตอนกลางคืน", planOpens.AddDays(2)),
            Said(OpinionStance.Agree, "ตัวอย่าง: เห็นด้วย ขอให้ขุดลอกก่อนหน้าฝน", planOpens.AddDays(6)),
            Said(OpinionStance.Disagree, "ตัวอย่าง: ไม่เห็นด้วยกับการซื้อรถบรรทุกน้ำคันใหม่ ควรซ่อมคันเดิม", planOpens.AddDays(11)),
            Said(OpinionStance.Suggestion, "ตัวอย่าง: เสนอให้ขุดลอกคลองหมู่ที่ 4 ด้วย น้ำท่วมทุกปี", planOpens.AddDays(20)),
        ]);

        var roadOpens = today.AddDays(-5);
        var road = Sample(
            "ตัวอย่าง: โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก สายบ้านนา–บ้านดอน หมู่ที่ 3",
            "ตัวอย่าง: ถนนกว้าง 5 เมตร ยาว 850 เมตร งบประมาณ 2,450,000 บาท จะปิดการจราจรครึ่งช่องทางประมาณ 60 วัน " +
            "ขอรับฟังความคิดเห็นเรื่องแนวถนน ช่วงเวลาก่อสร้าง และผลกระทบต่อผู้ใช้ทาง",
            roadOpens, today.AddDays(25), now.AddDays(-5));
        road.Opinions.Add(Said(OpinionStance.Suggestion, "ตัวอย่าง: ขอให้เว้นช่วงหน้าโรงเรียนไว้ทำช่วงปิดภาคเรียน", today.AddDays(-2)));

        db.Set<Consultation>().AddRange(plan, road);
        await db.SaveChangesAsync(cancellationToken);
        await indexer.IndexAsync(plan, cancellationToken);
        await indexer.IndexAsync(road, cancellationToken);
    }

    private static Consultation Sample(string title, string description, DateOnly opensOn, DateOnly closesOn, DateTimeOffset publishedAt) => new()
    {
        Title = title,
        Description = description,
        OpensOn = opensOn,
        ClosesOn = closesOn,
        Status = ConsultationStatus.Published,
        CreatedAt = publishedAt,
        UpdatedAt = publishedAt,
        PublishedAt = publishedAt,
        PublishedBy = Prongsai.Core.Demo.DemoSeeder.ActorName,
        IsSample = true,
    };

    private static Opinion Said(OpinionStance stance, string text, DateOnly on) =>
        new() { Stance = stance, Text = text, ReceivedAt = Stamp(on), IsSample = true };

    private static DateTimeOffset Stamp(DateOnly on) =>
        new DateTimeOffset(on.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(7)).ToUniversalTime();
}
