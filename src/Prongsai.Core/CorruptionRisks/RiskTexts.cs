namespace Prongsai.Core.CorruptionRisks;

/// <summary>The assessment's words in Thai, for the pages, the downloads and the website alike.</summary>
public static class RiskTexts
{
    public static string Category(RiskCategory category) => category switch
    {
        RiskCategory.Permits => "การพิจารณาอนุมัติ อนุญาต",
        RiskCategory.UseOfAuthority => "การใช้อำนาจและตำแหน่งหน้าที่",
        RiskCategory.BudgetAndResources => "การใช้จ่ายงบประมาณและการบริหารทรัพยากรภาครัฐ",
        RiskCategory.Bribery => "การให้หรือรับสินบน",
        _ => "",
    };

    public static string Level(RiskLevel level) => level switch
    {
        RiskLevel.Low => "ต่ำ",
        RiskLevel.Medium => "ปานกลาง",
        RiskLevel.High => "สูง",
        RiskLevel.VeryHigh => "สูงมาก",
        _ => "",
    };

    public static string Round(FollowUpRound round) => round switch
    {
        FollowUpRound.HalfYear => "รอบ 6 เดือน (ต.ค. – มี.ค.)",
        FollowUpRound.YearEnd => "รอบ 12 เดือน (ต.ค. – ก.ย.)",
        _ => "",
    };

    public static string Progress(RiskProgress progress) => progress switch
    {
        RiskProgress.NotStarted => "ยังไม่ได้ดำเนินการ",
        RiskProgress.InProgress => "อยู่ระหว่างดำเนินการ",
        RiskProgress.Done => "ดำเนินการแล้ว",
        _ => "",
    };

    /// <summary>The outcome with its colour named in words, so it reads the same without colour.</summary>
    public static string Outcome(RiskOutcome outcome) => outcome switch
    {
        RiskOutcome.Controlled => "เขียว: ควบคุมได้ ไม่เกิดเหตุ",
        RiskOutcome.Watch => "เหลือง: ยังควบคุมได้ไม่ครบ เฝ้าระวังต่อ",
        RiskOutcome.Occurred => "แดง: เกิดเหตุหรือควบคุมไม่ได้",
        _ => "",
    };

    /// <summary>The scale's steps in words, as the form's choices show them.</summary>
    public static string Likelihood(int value) => value switch
    {
        1 => "1 น้อยมาก (แทบไม่เกิด)",
        2 => "2 น้อย",
        3 => "3 ปานกลาง",
        4 => "4 สูง",
        5 => "5 สูงมาก (เกิดแทบทุกครั้ง)",
        _ => "",
    };

    public static string Impact(int value) => value switch
    {
        1 => "1 น้อยมาก",
        2 => "2 น้อย",
        3 => "3 ปานกลาง",
        4 => "4 รุนแรง",
        5 => "5 รุนแรงมาก",
        _ => "",
    };

    public static string Status(RiskAssessmentStatus status) => status switch
    {
        RiskAssessmentStatus.Draft => "ร่าง ยังไม่อนุมัติ",
        RiskAssessmentStatus.Approved => "อนุมัติแล้ว เผยแพร่บนเว็บไซต์",
        _ => "",
    };
}
