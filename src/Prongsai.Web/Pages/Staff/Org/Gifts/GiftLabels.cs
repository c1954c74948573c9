using System.Globalization;
using Prongsai.Core.Gifts;
using Prongsai.Core.Money;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Gifts;

/// <summary>
/// Words and addresses the gift pages share, the website's yearly report included (the words of values come from Core's
/// <see cref="GiftTexts"/>, as in the downloads and the audit trail).
/// </summary>
public static class GiftLabels
{
    public static string Filter(GiftListFilter filter) => filter switch
    {
        GiftListFilter.Waiting => Lang.T("รอพิจารณา", "Waiting"),
        GiftListFilter.ToSettle => Lang.T("รอส่งคืนหรือส่งมอบ", "To return or hand over"),
        GiftListFilter.Mine => Lang.T("ที่ฉันรายงาน", "Mine"),
        _ => Lang.T("ทั้งหมด", "All"),
    };

    public static string Relation(GiverRelation relation) => Lang.T(GiftTexts.Relation(relation), GiftTexts.RelationEnglish(relation));

    public static string Decision(GiftDecision decision) => Lang.T(GiftTexts.Decision(decision), GiftTexts.DecisionEnglish(decision));

    public static string Status(GiftReport report) => Lang.T(GiftTexts.Status(report), GiftTexts.StatusEnglish(report));

    /// <summary>A list row's state in words (the same as the report page's).</summary>
    public static string Status(GiftRow row) => Lang.T(GiftTexts.LineStatus(row.Status, row.Decision), GiftTexts.StateEnglish(row.Status));

    /// <summary>What was done after the decision: "ส่งคืนผู้ให้แล้ว 5 ม.ค. 2568", "อยู่ระหว่างดำเนินการ", or nothing.</summary>
    public static string Settlement(GiftDecision? decision, DateOnly? settledOn) => (decision, settledOn) switch
    {
        (GiftDecision.ReturnToGiver, { } on) => Lang.T("ส่งคืนผู้ให้แล้ว", "Returned to the giver on") + " " + Display.Date(on),
        (GiftDecision.HandToOffice, { } on) => Lang.T("ส่งมอบให้หน่วยงานแล้ว", "Handed to the office on") + " " + Display.Date(on),
        (GiftDecision.ReturnToGiver or GiftDecision.HandToOffice, null) => Lang.T("อยู่ระหว่างดำเนินการ", "Not done yet"),
        _ => "",
    };

    /// <summary>The badge colour of a state (the words say it too, never the colour alone).</summary>
    public static string StatusClass(GiftReportStatus status, bool awaitsSettlement) => status switch
    {
        GiftReportStatus.Reported => "status-scheduled",
        GiftReportStatus.Decided when awaitsSettlement => "status-onTrack",
        GiftReportStatus.Decided => "status-done",
        _ => "status-draft",
    };

    /// <summary>"3,500.00 บาท".</summary>
    public static string Baht(decimal value) => Lang.T($"{ThaiMoney.Format(value)} บาท", $"{ThaiMoney.Format(value)} baht");

    public static string Number(int value) => Display.Number(value);

    /// <summary>The rule in one plain sentence, for the staff list, the form and the website.</summary>
    public static string Rule => Lang.T(
        "ของขวัญหรือประโยชน์อื่นใดที่ได้รับจากผู้ที่ไม่ใช่ญาติ มูลค่าเกิน 3,000 บาท ต้องรายงานผู้บริหารภายใน 30 วันนับแต่วันที่ได้รับ ผู้บริหารจะพิจารณาว่าให้รับไว้ ส่งคืนผู้ให้ หรือส่งมอบเป็นทรัพย์สินของหน่วยงาน ของจากญาติ หรือมูลค่าไม่เกิน 3,000 บาท ไม่ต้องรายงาน",
        "A gift or other benefit worth more than 3,000 baht from someone who is not a relative must be reported to the head of the office within 30 days of receiving it. The head decides whether it may be kept, must go back to the giver, or is handed to the office. Gifts from relatives, or worth 3,000 baht or less, need no report.");

    public static string RegisterPath(string org) => $"/staff/{org}/gifts";

    public static string ReportPath(string org, int id) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/gifts/{id}");

    public static string PublicPath(string org, int year) => GiftsEvidenceSource.PublicPath(org, year);
}
