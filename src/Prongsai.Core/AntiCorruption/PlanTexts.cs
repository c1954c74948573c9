using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Money;
using Prongsai.Core.Text;

namespace Prongsai.Core.AntiCorruption;

/// <summary>
/// The plan's words, for the pages, the downloads, the website and the audit trail alike: Thai, and the English of the
/// English pages beside it.
/// </summary>
public static class PlanTexts
{
    private static readonly BilingualWords<PlanDimension> Dimensions = new(
        (PlanDimension.IntolerantSociety, "มิติที่ 1 การสร้างสังคมที่ไม่ทนต่อการทุจริต",
            "Dimension 1: a society that does not tolerate corruption"),
        (PlanDimension.Administration, "มิติที่ 2 การบริหารราชการเพื่อป้องกันการทุจริต",
            "Dimension 2: administration that prevents corruption"),
        (PlanDimension.PublicParticipation, "มิติที่ 3 การส่งเสริมบทบาทและการมีส่วนร่วมของภาคประชาชน",
            "Dimension 3: the public's part and participation"),
        (PlanDimension.Oversight, "มิติที่ 4 การเสริมสร้างและปรับปรุงกลไกในการตรวจสอบการปฏิบัติราชการขององค์กรปกครองส่วนท้องถิ่น",
            "Dimension 4: stronger oversight of the local administration's work"));

    private static readonly BilingualWords<ProjectStatus> Statuses = new(
        (ProjectStatus.NotStarted, "ยังไม่ดำเนินการ", "Not started"),
        (ProjectStatus.InProgress, "อยู่ระหว่างดำเนินการ", "In progress"),
        (ProjectStatus.Done, "ดำเนินการแล้ว", "Done"),
        (ProjectStatus.Cancelled, "ยกเลิก", "Cancelled"));

    private static readonly BilingualWords<PlanStatus> PlanStates = new(
        (PlanStatus.Draft, "ร่าง ยังไม่อนุมัติ", "Draft, not approved yet"),
        (PlanStatus.Approved, "อนุมัติแล้ว เผยแพร่บนเว็บไซต์", "Approved, on the website"));

    /// <summary>The report's name as the ITA lists it.</summary>
    private static readonly BilingualWords<FollowUpRound> Reports = new(
        (FollowUpRound.HalfYear, "รายงานการกำกับติดตามการดำเนินการป้องกันการทุจริต รอบ 6 เดือน (ต.ค. – มี.ค.)",
            "Six-month monitoring report (Oct – Mar)"),
        (FollowUpRound.YearEnd, "รายงานผลการดำเนินการป้องกันการทุจริตประจำปี (ต.ค. – ก.ย.)", "Annual report (Oct – Sep)"));

    public static string Dimension(PlanDimension dimension) => Dimensions.Thai(dimension);

    public static string DimensionEnglish(PlanDimension dimension) => Dimensions.English(dimension);

    public static string Status(ProjectStatus status) => Statuses.Thai(status);

    public static string StatusEnglish(ProjectStatus status) => Statuses.English(status);

    public static string PlanState(PlanStatus status) => PlanStates.Thai(status);

    public static string PlanStateEnglish(PlanStatus status) => PlanStates.English(status);

    public static string Report(FollowUpRound round) => Reports.Thai(round);

    public static string ReportEnglish(FollowUpRound round) => Reports.English(round);

    /// <summary>"50,000.00 บาท", or "ไม่ใช้งบประมาณ" for nothing.</summary>
    public static string Budget(decimal budget) => budget == 0 ? "ไม่ใช้งบประมาณ" : ThaiMoney.Format(budget) + " บาท";

    /// <summary>The money spent, or a dash when not told.</summary>
    public static string Spent(decimal? spent) => spent is { } s ? ThaiMoney.Format(s) + " บาท" : "-";
}
