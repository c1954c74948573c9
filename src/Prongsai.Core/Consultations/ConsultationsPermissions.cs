namespace Prongsai.Core.Consultations;

/// <summary>Permissions of public consultations (declared with their roles in ConsultationsFeature; docs/permissions.md).</summary>
public static class ConsultationsPermissions
{
    /// <summary>
    /// Write, publish and withdraw consultations, see who gave an opinion, leave opinions out of the count and publish
    /// the summary: for department heads, within their departments.
    /// </summary>
    public const string ManageConsultations = "ManageConsultations";
}
