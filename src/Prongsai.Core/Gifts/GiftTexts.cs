namespace Prongsai.Core.Gifts;

/// <summary>
/// The Thai words of the register's values, one place for the pages, the downloads and the website (and the English of a
/// decision, which notifications carry too).
/// </summary>
public static class GiftTexts
{
    public static string Relation(GiverRelation relation) => relation switch
    {
        GiverRelation.Relative => "ญาติ",
        GiverRelation.ServiceUser => "ผู้มาติดต่อราชการหรือผู้รับบริการ",
        GiverRelation.Contractor => "ผู้ประกอบการหรือคู่สัญญา",
        GiverRelation.OtherAgency => "หน่วยงานหรือเจ้าหน้าที่ของหน่วยงานอื่น",
        _ => "บุคคลทั่วไป",
    };

    public static string Decision(GiftDecision decision) => decision switch
    {
        GiftDecision.Keep => "อนุญาตให้รับไว้",
        GiftDecision.ReturnToGiver => "ให้ส่งคืนผู้ให้",
        _ => "ให้ส่งมอบเป็นทรัพย์สินของหน่วยงาน",
    };

    /// <summary>The decision on English pages and in the receiver's English notification.</summary>
    public static string DecisionEnglish(GiftDecision decision) => decision switch
    {
        GiftDecision.Keep => "May be kept",
        GiftDecision.ReturnToGiver => "Return it to the giver",
        _ => "Hand it to the office as its property",
    };

    public static string Status(GiftReport report) => report.Status switch
    {
        GiftReportStatus.Reported => "รอผู้บริหารพิจารณา",
        GiftReportStatus.Withdrawn => "ยกเลิกรายงานแล้ว",
        _ when report.AwaitsSettlement => Decision(report.Decision!.Value) + " (ยังไม่ได้ดำเนินการ)",
        _ => Decision(report.Decision!.Value),
    };

    /// <summary>A register line's state: waiting, withdrawn, or the decision.</summary>
    public static string LineStatus(GiftReportStatus status, GiftDecision? decision) => status switch
    {
        GiftReportStatus.Reported => "รอพิจารณา",
        GiftReportStatus.Withdrawn => "ยกเลิกรายงาน",
        _ => Decision(decision!.Value),
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
