using System.Globalization;
using Prongsai.Core.Text;

namespace Prongsai.Core.Assets;

/// <summary>Why an article cannot be lent at all.</summary>
public enum LendingBar
{
    WrittenOff = 1,
    NotForLending = 2,

    /// <summary>Damaged or lost, until a keeper marks it good.</summary>
    NotInGoodCondition = 3,
}

/// <summary>The rule of what may be lent, for the use cases and for the pages that offer "ขอยืม".</summary>
public static class AssetLending
{
    public static LendingBar? Bar(bool lendable, DateTimeOffset? retiredAt, AssetCondition condition) =>
        retiredAt is not null ? LendingBar.WrittenOff
        : !lendable ? LendingBar.NotForLending
        : condition != AssetCondition.Good ? LendingBar.NotInGoodCondition
        : null;

    public static LendingBar? Bar(Asset asset) => Bar(asset.Lendable, asset.RetiredAt, asset.Condition);
}

/// <summary>
/// The words for states, shared by the pages, the downloads and the audit trail: Thai, and the English of the English
/// pages beside it.
/// </summary>
public static class AssetTexts
{
    private static readonly BilingualWords<AssetLoanStatus> Statuses = new(
        (AssetLoanStatus.Requested, "รอพิจารณา", "Waiting for a decision"),
        (AssetLoanStatus.Approved, "อนุมัติแล้ว อยู่ระหว่างยืม", "Approved, out on loan"),
        (AssetLoanStatus.Refused, "ไม่อนุมัติ", "Refused"),
        (AssetLoanStatus.Withdrawn, "ยกเลิกคำขอ", "Withdrawn"),
        (AssetLoanStatus.Returned, "คืนแล้ว", "Returned"));

    private static readonly BilingualWords<AssetCondition> Conditions = new(
        (AssetCondition.Good, "ปกติ ใช้งานได้", "Good, in working order"),
        (AssetCondition.Damaged, "ชำรุด", "Damaged"),
        (AssetCondition.Lost, "สูญหาย", "Lost"));

    private static readonly BilingualWords<LendingBar> Bars = new(
        (LendingBar.WrittenOff, "ทรัพย์สินนี้จำหน่ายออกจากทะเบียนแล้ว ให้ยืมไม่ได้", "Written off: it cannot be lent."),
        (LendingBar.NotForLending, "ทรัพย์สินนี้ไม่ได้กำหนดให้ยืม ใช้เฉพาะในงานของหน่วยงาน",
            "Not for lending: it is kept for the office's own work."),
        (LendingBar.NotInGoodCondition, "ทรัพย์สินนี้ชำรุดหรือสูญหาย ให้ยืมไม่ได้จนกว่าเจ้าหน้าที่พัสดุจะตรวจสอบ",
            "Damaged or lost: not lent until the keeper has checked it."));

    public static string Status(AssetLoanStatus status) => Statuses.Thai(status);

    public static string StatusEnglish(AssetLoanStatus status) => Statuses.English(status);

    public static string Condition(AssetCondition condition) => Conditions.Thai(condition);

    public static string ConditionEnglish(AssetCondition condition) => Conditions.English(condition);

    public static string Bar(LendingBar bar) => Bars.Thai(bar);

    public static string BarEnglish(LendingBar bar) => Bars.English(bar);

    /// <summary>"1,200 ชิ้น".</summary>
    public static string Pieces(int quantity) => string.Create(CultureInfo.InvariantCulture, $"{quantity:N0} ชิ้น");

    /// <summary>"1,200 pcs": <see cref="Pieces"/> on English pages and in English notifications.</summary>
    public static string PiecesEnglish(int quantity) => string.Create(CultureInfo.InvariantCulture, $"{quantity:N0} pcs");
}
