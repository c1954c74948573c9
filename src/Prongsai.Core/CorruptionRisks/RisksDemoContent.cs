using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>
/// An approved assessment of fiscal year 2567 in the demo organization, with both follow-up reports, so its page on the
/// website shows the matrix, the risks and what was done; every text marked as a sample (ตัวอย่าง).
/// </summary>
public sealed class RisksDemoContent(ProngsaiDbContext db, CurrentOrganization current) : IDemoContent
{
    private const int Year = 2567;

    private static readonly (string Process, RiskCategory Category, string Description, int Likelihood, int Impact, string Controls,
        string Measures, string Department, RiskOutcome HalfYear, string HalfYearResult, RiskOutcome YearEnd, string YearEndResult)[] Samples =
    [
        ("ตัวอย่าง: การออกใบอนุญาตก่อสร้างอาคาร", RiskCategory.Permits, "ผู้ยื่นคำขอเสนอเงินหรือของตอบแทนเพื่อให้พิจารณาเร็วขึ้นหรือผ่อนปรนการตรวจแบบ", 3, 4,
            "มีขั้นตอนและระยะเวลาตามคู่มือการให้บริการ", "ประกาศขั้นตอนและระยะเวลาที่หน้าสำนักงานและเว็บไซต์ ให้ผู้ยื่นติดตามสถานะคำขอได้ และจัดช่องทางร้องเรียนโดยตรงต่อนายก", "กองช่าง",
            RiskOutcome.Controlled, "ประกาศขั้นตอนบนเว็บไซต์แล้ว คำขอ 14 เรื่องเสร็จในเวลาที่กำหนด ไม่มีเรื่องร้องเรียน",
            RiskOutcome.Controlled, "คำขอ 31 เรื่องเสร็จตามกำหนดทุกเรื่อง ไม่มีเรื่องร้องเรียน"),
        ("ตัวอย่าง: การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง", RiskCategory.BudgetAndResources, "แบ่งซื้อแบ่งจ้างให้วงเงินต่ำกว่าเกณฑ์ หรือกำหนดคุณลักษณะเอื้อผู้ขายบางราย", 3, 5,
            "มีแผนการจัดซื้อจัดจ้างประจำปี", "ตรวจทานรายการซื้อซ้ำในเดือนเดียวกันก่อนอนุมัติ และเผยแพร่สรุปผลการจัดซื้อจัดจ้างรายเดือน", "กองคลัง",
            RiskOutcome.Watch, "พบการซื้อวัสดุสำนักงานซ้ำสองครั้งในเดือนเดียวกัน ชี้แจงแล้วว่าไม่ได้แบ่งซื้อ เพิ่มการตรวจทานก่อนอนุมัติ",
            RiskOutcome.Controlled, "ตรวจทานครบทุกเดือน เผยแพร่สรุปผลรายเดือนครบ 12 เดือน"),
        ("ตัวอย่าง: การใช้รถยนต์ส่วนกลาง", RiskCategory.UseOfAuthority, "นำรถยนต์ส่วนกลางไปใช้ในธุระส่วนตัว", 2, 2,
            "มีสมุดบันทึกการใช้รถ", "ขออนุญาตใช้รถทุกครั้งผ่านระบบ และตรวจเลขไมล์รายเดือน", "สำนักปลัด",
            RiskOutcome.Controlled, "บันทึกการใช้รถครบทุกครั้ง", RiskOutcome.Controlled, "ตรวจเลขไมล์ครบ 12 เดือน ไม่พบการใช้ผิดวัตถุประสงค์"),
    ];

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        current.Set(organization.Id, organization.Slug);
        if (await db.Set<RiskAssessment>().AnyAsync(cancellationToken))
        {
            return;
        }

        var departments = await db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken);

        // A past year is history, written as it ended: the use cases take a risk, the approval and each report one at a time.
        var approved = new DateTimeOffset(2023, 10, 20, 10, 0, 0, TimeSpan.FromHours(7)).ToUniversalTime();
        var assessment = new RiskAssessment
        {
            FiscalYear = Year,
            Status = RiskAssessmentStatus.Approved,
            ApprovedAt = approved,
            ApprovedBy = Prongsai.Core.Demo.DemoSeeder.ActorName,
        };
        foreach (var s in Samples)
        {
            assessment.Risks.Add(new CorruptionRisk
            {
                Process = s.Process,
                Category = s.Category,
                Description = s.Description,
                Likelihood = s.Likelihood,
                Impact = s.Impact,
                ExistingControls = s.Controls,
                Measures = s.Measures,
                DepartmentId = departments.GetValueOrDefault(s.Department) is var id and > 0 ? id : null,
                Period = "ต.ค. 2566 – ก.ย. 2567",
                UpdatedAt = approved.AddDays(-5),
                FollowUps =
                [
                    FollowUp(FollowUpRound.HalfYear, s.HalfYear, s.HalfYearResult, new DateTimeOffset(2024, 4, 5, 10, 0, 0, TimeSpan.FromHours(7))),
                    FollowUp(FollowUpRound.YearEnd, s.YearEnd, s.YearEndResult, new DateTimeOffset(2024, 10, 8, 10, 0, 0, TimeSpan.FromHours(7))),
                ],
            });
        }

        db.Set<RiskAssessment>().Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static RiskFollowUp FollowUp(FollowUpRound round, RiskOutcome outcome, string result, DateTimeOffset at) => new()
    {
        Round = round,
        Progress = RiskProgress.Done,
        Outcome = outcome,
        Result = result,
        RecordedAt = at.ToUniversalTime(),
        RecordedBy = Prongsai.Core.Demo.DemoSeeder.ActorName,
    };
}
