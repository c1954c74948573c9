using Prongsai.Core.Text;

namespace Prongsai.Core.CorruptionRisks;

/// <summary>
/// The assessment's words, for the pages, the downloads, the website and the audit trail alike: Thai, and the English
/// of the English pages beside it.
/// </summary>
public static class RiskTexts
{
    private static readonly BilingualWords<RiskCategory> Categories = new(
        (RiskCategory.Permits, "การพิจารณาอนุมัติ อนุญาต", "Considering, permitting and licensing"),
        (RiskCategory.UseOfAuthority, "การใช้อำนาจและตำแหน่งหน้าที่", "Use of authority and position"),
        (RiskCategory.BudgetAndResources, "การใช้จ่ายงบประมาณและการบริหารทรัพยากรภาครัฐ", "Spending the budget and managing public resources"),
        (RiskCategory.Bribery, "การให้หรือรับสินบน", "Giving or taking bribes"));

    private static readonly BilingualWords<RiskLevel> Levels = new(
        (RiskLevel.Low, "ต่ำ", "Low"),
        (RiskLevel.Medium, "ปานกลาง", "Medium"),
        (RiskLevel.High, "สูง", "High"),
        (RiskLevel.VeryHigh, "สูงมาก", "Very high"));

    private static readonly BilingualWords<FollowUpRound> Rounds = new(
        (FollowUpRound.HalfYear, "รอบ 6 เดือน (ต.ค. – มี.ค.)", "Six months (Oct – Mar)"),
        (FollowUpRound.YearEnd, "รอบ 12 เดือน (ต.ค. – ก.ย.)", "Twelve months (Oct – Sep)"));

    private static readonly BilingualWords<RiskProgress> Progresses = new(
        (RiskProgress.NotStarted, "ยังไม่ได้ดำเนินการ", "Not started"),
        (RiskProgress.InProgress, "อยู่ระหว่างดำเนินการ", "In progress"),
        (RiskProgress.Done, "ดำเนินการแล้ว", "Done"));

    /// <summary>The outcome with its colour named in words, so it reads the same without colour.</summary>
    private static readonly BilingualWords<RiskOutcome> Outcomes = new(
        (RiskOutcome.Controlled, "เขียว: ควบคุมได้ ไม่เกิดเหตุ", "Green: in check, nothing happened"),
        (RiskOutcome.Watch, "เหลือง: ยังควบคุมได้ไม่ครบ เฝ้าระวังต่อ", "Yellow: not fully in check yet, watched"),
        (RiskOutcome.Occurred, "แดง: เกิดเหตุหรือควบคุมไม่ได้", "Red: it happened, or could not be kept in check"));

    /// <summary>The scale's steps in words, as the form's choices show them.</summary>
    private static readonly BilingualWords<int> Likelihoods = new(
        (1, "1 น้อยมาก (แทบไม่เกิด)", "1 rare"),
        (2, "2 น้อย", "2 unlikely"),
        (3, "3 ปานกลาง", "3 possible"),
        (4, "4 สูง", "4 likely"),
        (5, "5 สูงมาก (เกิดแทบทุกครั้ง)", "5 almost certain"));

    private static readonly BilingualWords<int> Impacts = new(
        (1, "1 น้อยมาก", "1 slight"),
        (2, "2 น้อย", "2 minor"),
        (3, "3 ปานกลาง", "3 moderate"),
        (4, "4 รุนแรง", "4 severe"),
        (5, "5 รุนแรงมาก", "5 very severe"));

    private static readonly BilingualWords<RiskAssessmentStatus> Statuses = new(
        (RiskAssessmentStatus.Draft, "ร่าง ยังไม่อนุมัติ", "Draft, not approved yet"),
        (RiskAssessmentStatus.Approved, "อนุมัติแล้ว เผยแพร่บนเว็บไซต์", "Approved, on the website"));

    public static string Category(RiskCategory category) => Categories.Thai(category);

    public static string CategoryEnglish(RiskCategory category) => Categories.English(category);

    public static string Level(RiskLevel level) => Levels.Thai(level);

    public static string LevelEnglish(RiskLevel level) => Levels.English(level);

    public static string Round(FollowUpRound round) => Rounds.Thai(round);

    public static string RoundEnglish(FollowUpRound round) => Rounds.English(round);

    public static string Progress(RiskProgress progress) => Progresses.Thai(progress);

    public static string ProgressEnglish(RiskProgress progress) => Progresses.English(progress);

    public static string Outcome(RiskOutcome outcome) => Outcomes.Thai(outcome);

    public static string OutcomeEnglish(RiskOutcome outcome) => Outcomes.English(outcome);

    public static string Likelihood(int value) => Likelihoods.Thai(value);

    public static string LikelihoodEnglish(int value) => Likelihoods.English(value);

    public static string Impact(int value) => Impacts.Thai(value);

    public static string ImpactEnglish(int value) => Impacts.English(value);

    public static string Status(RiskAssessmentStatus status) => Statuses.Thai(status);

    public static string StatusEnglish(RiskAssessmentStatus status) => Statuses.English(status);
}
