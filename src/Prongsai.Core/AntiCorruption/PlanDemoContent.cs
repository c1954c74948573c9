using Microsoft.EntityFrameworkCore;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// An approved plan of fiscal year 2567 in the demo organization, with projects in all four dimensions and both rounds
/// reported, so its page on the website shows the plan, the six-month and the annual report; every text marked as a
/// sample (ตัวอย่าง).
/// </summary>
public sealed class PlanDemoContent(ProngsaiDbContext db, CurrentOrganization current) : IDemoContent
{
    private const int Year = 2567;
    private const string By = Prongsai.Core.Demo.DemoSeeder.ActorName;

    private sealed record Sample(PlanDimension Dimension, string Name, string Objective, string Department, decimal Budget, string Period,
        ProjectStatus HalfYear, decimal? HalfYearSpent, string HalfYearResult, ProjectStatus YearEnd, decimal? YearEndSpent, string YearEndResult);

    private static readonly Sample[] Samples =
    [
        new(PlanDimension.IntolerantSociety, "ตัวอย่าง: โครงการอบรมคุณธรรมจริยธรรมแก่ผู้บริหาร สมาชิกสภา และพนักงาน",
            "ให้ผู้บริหารและพนักงานทุกคนรู้และยึดถือประมวลจริยธรรม เป้าหมาย 60 คน", "สำนักปลัด", 30_000m, "ก.พ. 2567",
            ProjectStatus.Done, 28_500m, "ตัวอย่าง: อบรมแล้ว 1 รุ่น ผู้เข้าร่วม 58 คน",
            ProjectStatus.Done, 28_500m, "ตัวอย่าง: อบรมครบตามแผน ผู้เข้าร่วมผ่านแบบทดสอบร้อยละ 92"),
        new(PlanDimension.IntolerantSociety, "ตัวอย่าง: กิจกรรมปลูกจิตสำนึกต่อต้านการทุจริตในโรงเรียน",
            "ให้นักเรียนรู้จักแยกแยะประโยชน์ส่วนตนกับประโยชน์ส่วนรวม เป้าหมาย 3 โรงเรียน", "กองการศึกษา ศาสนาและวัฒนธรรม", 15_000m, "มิ.ย. – ส.ค. 2567",
            ProjectStatus.NotStarted, null, "ตัวอย่าง: กำหนดจัดในภาคเรียนที่ 1",
            ProjectStatus.Done, 14_200m, "ตัวอย่าง: จัดกิจกรรมครบ 3 โรงเรียน นักเรียนเข้าร่วม 240 คน"),
        new(PlanDimension.Administration, "ตัวอย่าง: มาตรการเผยแพร่ข้อมูลการจัดซื้อจัดจ้างรายเดือน",
            "ให้ประชาชนตรวจสอบการจัดซื้อจัดจ้างได้ทุกเดือน", "กองคลัง", 0m, "ต.ค. 2566 – ก.ย. 2567",
            ProjectStatus.InProgress, null, "ตัวอย่าง: เผยแพร่สรุปผลครบ 6 เดือน",
            ProjectStatus.Done, null, "ตัวอย่าง: เผยแพร่สรุปผลครบ 12 เดือนบนเว็บไซต์"),
        new(PlanDimension.Administration, "ตัวอย่าง: มาตรการลดขั้นตอนการออกใบอนุญาตก่อสร้างอาคาร",
            "ให้ผู้ยื่นคำขอรู้ขั้นตอนและระยะเวลา และติดตามสถานะคำขอได้", "กองช่าง", 5_000m, "ต.ค. 2566 – มี.ค. 2567",
            ProjectStatus.Done, 4_800m, "ตัวอย่าง: ประกาศขั้นตอนและระยะเวลาที่หน้าสำนักงานและบนเว็บไซต์แล้ว",
            ProjectStatus.Done, 4_800m, "ตัวอย่าง: คำขอ 31 เรื่องเสร็จในเวลาที่ประกาศทุกเรื่อง"),
        new(PlanDimension.PublicParticipation, "ตัวอย่าง: โครงการประชาคมหมู่บ้านเพื่อจัดทำแผนพัฒนาท้องถิ่น",
            "ให้ประชาชนร่วมเสนอและจัดลำดับโครงการพัฒนา เป้าหมายครบทุกหมู่บ้าน", "สำนักปลัด", 20_000m, "ม.ค. – เม.ย. 2567",
            ProjectStatus.InProgress, 9_000m, "ตัวอย่าง: จัดประชาคมแล้ว 5 จาก 9 หมู่บ้าน",
            ProjectStatus.Done, 18_600m, "ตัวอย่าง: จัดประชาคมครบ 9 หมู่บ้าน ผู้เข้าร่วม 410 คน"),
        new(PlanDimension.PublicParticipation, "ตัวอย่าง: มาตรการรับเรื่องร้องเรียนการทุจริตผ่านเว็บไซต์และไลน์",
            "ให้ประชาชนแจ้งเบาะแสได้สะดวกและได้รับคำตอบภายใน 15 วัน", "สำนักปลัด", 0m, "ต.ค. 2566 – ก.ย. 2567",
            ProjectStatus.InProgress, null, "ตัวอย่าง: เปิดช่องทางแล้ว ไม่มีเรื่องร้องเรียนการทุจริต",
            ProjectStatus.Done, null, "ตัวอย่าง: ไม่มีเรื่องร้องเรียนการทุจริตตลอดปี"),
        new(PlanDimension.Oversight, "ตัวอย่าง: กิจกรรมจัดทำรายงานการควบคุมภายในและการตรวจสอบภายใน",
            "ให้มีการประเมินการควบคุมภายในและรายงานต่อผู้กำกับดูแลตามกำหนด", "สำนักปลัด", 0m, "ต.ค. – ธ.ค. 2566",
            ProjectStatus.Done, null, "ตัวอย่าง: ส่งรายงานการควบคุมภายในแล้ว",
            ProjectStatus.Done, null, "ตัวอย่าง: ส่งรายงานตามกำหนด ไม่พบข้อบกพร่องสำคัญ"),
        new(PlanDimension.Oversight, "ตัวอย่าง: โครงการอบรมสมาชิกสภาท้องถิ่นด้านการตรวจสอบการปฏิบัติงาน",
            "ให้สมาชิกสภาตรวจสอบการใช้งบประมาณได้ เป้าหมาย 18 คน", "สำนักปลัด", 12_000m, "ก.ค. 2567",
            ProjectStatus.NotStarted, null, "ตัวอย่าง: กำหนดจัดเดือนกรกฎาคม",
            ProjectStatus.Cancelled, null, "ตัวอย่าง: ยกเลิกเพราะวิทยากรไม่ว่าง เลื่อนไปปีงบประมาณ 2568"),
    ];

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        current.Set(organization.Id, organization.Slug);
        if (await db.Set<AntiCorruptionPlan>().AnyAsync(cancellationToken))
        {
            return;
        }

        var departments = await db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken);

        // A past year is history, written as it ended rather than through the use cases one step at a time.
        var approved = new DateTimeOffset(2023, 10, 25, 10, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        var halfYear = new DateTimeOffset(2024, 4, 10, 10, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        var yearEnd = new DateTimeOffset(2024, 10, 15, 10, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        var plan = new AntiCorruptionPlan
        {
            FiscalYear = Year,
            Title = "ตัวอย่าง: แผนปฏิบัติการป้องกันการทุจริต 4 ปี (พ.ศ. 2566–2569)",
            Status = PlanStatus.Approved,
            ApprovedAt = approved,
            ApprovedBy = By,
        };
        foreach (var s in Samples)
        {
            plan.Projects.Add(new PlanProject
            {
                Dimension = s.Dimension,
                Name = s.Name,
                Objective = s.Objective,
                DepartmentId = departments.GetValueOrDefault(s.Department) is var id and > 0 ? id : null,
                Budget = s.Budget,
                Period = s.Period,
                UpdatedAt = approved.AddDays(-7),
                Reports =
                [
                    Report(FollowUpRound.HalfYear, s.HalfYear, s.HalfYearSpent, s.HalfYearResult, halfYear),
                    Report(FollowUpRound.YearEnd, s.YearEnd, s.YearEndSpent, s.YearEndResult, yearEnd),
                ],
            });
        }

        db.Set<AntiCorruptionPlan>().Add(plan);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static ProjectReport Report(FollowUpRound round, ProjectStatus status, decimal? spent, string result, DateTimeOffset at) => new()
    {
        Round = round,
        Status = status,
        Spent = spent,
        Result = result,
        RecordedAt = at,
        RecordedBy = By,
    };
}
