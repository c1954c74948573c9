namespace Prongsai.Core.Satisfaction;

/// <summary>Permissions of the satisfaction survey (declared with their roles in SatisfactionFeature; docs/permissions.md).</summary>
public static class SatisfactionPermissions
{
    /// <summary>Publish (and correct) a fiscal year's report of the survey. Every member of the back office reads the results.</summary>
    public const string PublishSatisfactionReport = "PublishSatisfactionReport";
}
