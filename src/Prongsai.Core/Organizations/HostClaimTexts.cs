using Prongsai.Core.Text;

namespace Prongsai.Core.Organizations;

/// <summary>
/// Where a host-name claim stands, in the words the profile page writes after the host ("bangkha.go.th — ใช้งานได้"),
/// which the audit trail reads too.
/// </summary>
public static class HostClaimTexts
{
    private static readonly BilingualWords<HostClaimStatus> Statuses = new(
        (HostClaimStatus.Pending, "รอผู้ดูแลแพลตฟอร์มอนุมัติ", "waiting for the operator's approval"),
        (HostClaimStatus.Approved, "ใช้งานได้", "approved"),
        (HostClaimStatus.Rejected, "ผู้ดูแลแพลตฟอร์มไม่อนุมัติ", "rejected by the operator"));

    public static string Status(HostClaimStatus status) => Statuses.Thai(status);

    public static string StatusEnglish(HostClaimStatus status) => Statuses.English(status);
}
