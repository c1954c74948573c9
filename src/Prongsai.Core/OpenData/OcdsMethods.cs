using Prongsai.Core.Procurement;

namespace Prongsai.Core.OpenData;

/// <summary>Thai procurement methods and statuses in the OCDS closed code lists.</summary>
public static class OcdsMethods
{
    /// <summary>
    /// method.csv: e-market and e-bidding invite everyone (open), selection invites a few (selective), a specific
    /// supplier is limited. "Other" has no safe mapping and is left out (the details still say what it was).
    /// </summary>
    public static string? Method(ProcurementMethod method) => method switch
    {
        ProcurementMethod.Specific => "limited",
        ProcurementMethod.Selection => "selective",
        ProcurementMethod.EMarket or ProcurementMethod.EBidding => "open",
        _ => null,
    };

    public static string ThaiDetails(ProcurementMethod method, string? note) => method switch
    {
        ProcurementMethod.Specific => "วิธีเฉพาะเจาะจง",
        ProcurementMethod.Selection => "วิธีคัดเลือก",
        ProcurementMethod.EMarket => "วิธีประกาศเชิญชวนทั่วไป ด้วยวิธีตลาดอิเล็กทรอนิกส์ (e-market)",
        ProcurementMethod.EBidding => "วิธีประกาศเชิญชวนทั่วไป ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)",
        _ => string.IsNullOrWhiteSpace(note) ? "วิธีอื่น" : note.Trim(),
    };

    /// <summary>tenderStatus.csv.</summary>
    public static string TenderStatus(ProcurementStatus status) => status switch
    {
        ProcurementStatus.InProgress => "active",
        ProcurementStatus.Cancelled => "cancelled",
        _ => "complete",
    };

    /// <summary>contractStatus.csv: "terminated" is the standard's word for a contract that has come to its end.</summary>
    public static string ContractStatus(ProcurementStatus status) => status switch
    {
        ProcurementStatus.InProgress => "pending",
        ProcurementStatus.Completed => "terminated",
        _ => "active",
    };
}
