namespace Prongsai.Core.Circulars;

/// <summary>Permissions of internal circulars (declared with their roles in CircularsFeature; docs/permissions.md).</summary>
public static class CircularsPermissions
{
    /// <summary>Issue a circular to staff and withdraw it.</summary>
    public const string IssueCirculars = "IssueCirculars";

    /// <summary>See every circular and who has and has not acknowledged it (the evidence of แจ้งเวียน).</summary>
    public const string ViewCircularAcknowledgements = "ViewCircularAcknowledgements";
}
