using System.Globalization;

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

/// <summary>The words for states, shared by pages and downloads.</summary>
public static class AssetTexts
{
    public static string Status(AssetLoanStatus status) => status switch
    {
        AssetLoanStatus.Requested => "รอพิจารณา",
        AssetLoanStatus.Approved => "อนุมัติแล้ว อยู่ระหว่างยืม",
        AssetLoanStatus.Refused => "ไม่อนุมัติ",
        AssetLoanStatus.Withdrawn => "ยกเลิกคำขอ",
        AssetLoanStatus.Returned => "คืนแล้ว",
        _ => status.ToString(),
    };

    public static string Condition(AssetCondition condition) => condition switch
    {
        AssetCondition.Good => "ปกติ ใช้งานได้",
        AssetCondition.Damaged => "ชำรุด",
        AssetCondition.Lost => "สูญหาย",
        _ => condition.ToString(),
    };

    public static string Bar(LendingBar bar) => bar switch
    {
        LendingBar.WrittenOff => "ทรัพย์สินนี้จำหน่ายออกจากทะเบียนแล้ว ให้ยืมไม่ได้",
        LendingBar.NotForLending => "ทรัพย์สินนี้ไม่ได้กำหนดให้ยืม ใช้เฉพาะในงานของหน่วยงาน",
        _ => "ทรัพย์สินนี้ชำรุดหรือสูญหาย ให้ยืมไม่ได้จนกว่าเจ้าหน้าที่พัสดุจะตรวจสอบ",
    };

    /// <summary>"1,200 ชิ้น".</summary>
    public static string Pieces(int quantity) => string.Create(CultureInfo.InvariantCulture, $"{quantity:N0} ชิ้น");

    /// <summary>"1,200 pcs": <see cref="Pieces"/> on English pages and in English notifications.</summary>
    public static string PiecesEnglish(int quantity) => string.Create(CultureInfo.InvariantCulture, $"{quantity:N0} pcs");
}
