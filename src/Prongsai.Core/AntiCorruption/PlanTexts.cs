using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Money;

namespace Prongsai.Core.AntiCorruption;

/// <summary>The plan's words in Thai, for the pages, the downloads and the website alike.</summary>
public static class PlanTexts
{
    public static string Dimension(PlanDimension dimension) => dimension switch
    {
        PlanDimension.IntolerantSociety => "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต",
        PlanDimension.Administration => "มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต",
        PlanDimension.PublicParticipation => "มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
        PlanDimension.Oversight => "มิติที่ 4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น",
        _ => "",
    };

    public static string Status(ProjectStatus status) => status switch
    {
        ProjectStatus.NotStarted => "ยังไม่ดำเนินการ",
        ProjectStatus.InProgress => "อยู่ระหว่างดำเนินการ",
        ProjectStatus.Done => "ดำเนินการแล้ว",
        ProjectStatus.Cancelled => "ยกเลิก",
        _ => "",
    };

    public static string PlanState(PlanStatus status) => status switch
    {
        PlanStatus.Draft => "ร่าง ยังไม่อนุมัติ",
        PlanStatus.Approved => "อนุมัติแล้ว เผยแพร่บนเว็บไซต์",
        _ => "",
    };

    /// <summary>The report's name as the ITA lists it.</summary>
    public static string Report(FollowUpRound round) => round == FollowUpRound.HalfYear
        ? "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน (ต.ค. – มี.ค.)"
        : "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี (ต.ค. – ก.ย.)";

    /// <summary>"50,000.00 บาท", or "ไม่ใช้งบประมาณ" for nothing.</summary>
    public static string Budget(decimal budget) => budget == 0 ? "ไม่ใช้งบประมาณ" : ThaiMoney.Format(budget) + " บาท";

    /// <summary>The money spent, or a dash when not told.</summary>
    public static string Spent(decimal? spent) => spent is { } s ? ThaiMoney.Format(s) + " บาท" : "-";
}
