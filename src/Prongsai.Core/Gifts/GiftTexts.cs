using Prongsai.Core.Text;

namespace Prongsai.Core.Gifts;

/// <summary>
/// The words of the register's values, one place for the pages, the downloads, the website, the audit trail and the
/// notifications: Thai, and the English of the English pages beside it.
/// </summary>
public static class GiftTexts
{
    private static readonly BilingualWords<GiverRelation> Relations = new(
        (GiverRelation.Relative, "ญาติ", "A relative"),
        (GiverRelation.ServiceUser, "ผู้มาติดต่อราชการหรือผู้รับบริการ", "Someone with business at the office"),
        (GiverRelation.Contractor, "ผู้ประกอบการหรือคู่สัญญา", "A contractor or supplier"),
        (GiverRelation.OtherAgency, "หน่วยงานหรือเจ้าหน้าที่ของหน่วยงานอื่น", "Another agency or its staff"),
        (GiverRelation.Other, "บุคคลทั่วไป", "Anyone else"));

    private static readonly BilingualWords<GiftDecision> Decisions = new(
        (GiftDecision.Keep, "อนุญาตให้รับไว้", "May be kept"),
        (GiftDecision.ReturnToGiver, "ให้ส่งคืนผู้ให้", "Return it to the giver"),
        (GiftDecision.HandToOffice, "ให้ส่งมอบเป็นทรัพย์สินของหน่วยงาน", "Hand it to the office as its property"));

    /// <summary>
    /// A report's bare state: the trail's words, and the register list's in English (in Thai a decided line names its
    /// decision instead, <see cref="LineStatus"/>).
    /// </summary>
    private static readonly BilingualWords<GiftReportStatus> States = new(
        (GiftReportStatus.Reported, "รอพิจารณา", "Waiting"),
        (GiftReportStatus.Decided, "พิจารณาแล้ว", "Decided"),
        (GiftReportStatus.Withdrawn, "ยกเลิกรายงาน", "Withdrawn"));

    public static string Relation(GiverRelation relation) => Relations.Thai(relation);

    public static string RelationEnglish(GiverRelation relation) => Relations.English(relation);

    public static string Decision(GiftDecision decision) => Decisions.Thai(decision);

    /// <summary>The decision on English pages, in the trail read in English and in the receiver's English notification.</summary>
    public static string DecisionEnglish(GiftDecision decision) => Decisions.English(decision);

    public static string State(GiftReportStatus status) => States.Thai(status);

    public static string StateEnglish(GiftReportStatus status) => States.English(status);

    /// <summary>A report's state on its own page: in Thai a decided report says its decision.</summary>
    public static string Status(GiftReport report) => StatusWords(report).Thai;

    public static string StatusEnglish(GiftReport report) => StatusWords(report).English;

    /// <summary>A register line's state: waiting, withdrawn, or the decision.</summary>
    public static string LineStatus(GiftReportStatus status, GiftDecision? decision) =>
        status == GiftReportStatus.Decided ? Decision(decision!.Value) : State(status);

    private static (string Thai, string English) StatusWords(GiftReport report) => report.Status switch
    {
        GiftReportStatus.Reported => ("รอผู้บริหารพิจารณา", "Waiting for the head of the office"),
        GiftReportStatus.Withdrawn => ("ยกเลิกรายงานแล้ว", "Withdrawn"),
        _ when report.AwaitsSettlement => (Decision(report.Decision!.Value) + " (ยังไม่ได้ดำเนินการ)", "Decided, not done yet"),
        _ => (Decision(report.Decision!.Value), "Decided"),
    };

    /// <summary>What was done after the decision, for the register and the website.</summary>
    public static string Settlement(GiftDecision? decision, DateOnly? settledOn) => (decision, settledOn) switch
    {
        (GiftDecision.ReturnToGiver, { } on) => $"ส่งคืนผู้ให้แล้ว {Calendar.ThaiDateInput.Format(on)}",
        (GiftDecision.HandToOffice, { } on) => $"ส่งมอบให้หน่วยงานแล้ว {Calendar.ThaiDateInput.Format(on)}",
        (GiftDecision.ReturnToGiver or GiftDecision.HandToOffice, null) => "อยู่ระหว่างดำเนินการ",
        _ => "",
    };
}
