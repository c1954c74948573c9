namespace Prongsai.Core.CorruptionRisks;

/// <summary>Permissions of the corruption risk assessment (declared with their roles in CorruptionRisksFeature; docs/permissions.md).</summary>
public static class RisksPermissions
{
    /// <summary>List and score risks and report on their measures: for department heads, within their departments.</summary>
    public const string AssessRisks = "AssessRisks";

    /// <summary>Approve the year's assessment, which puts it on the website, and open it again.</summary>
    public const string ApproveRiskAssessment = "ApproveRiskAssessment";
}
