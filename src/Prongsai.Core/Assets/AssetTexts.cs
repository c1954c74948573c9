namespace Prongsai.Core.Assets;

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
}
