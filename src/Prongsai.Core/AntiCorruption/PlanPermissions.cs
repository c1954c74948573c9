namespace Prongsai.Core.AntiCorruption;

/// <summary>Permissions of the anti-corruption plan (declared with their roles in AntiCorruptionFeature; docs/permissions.md).</summary>
public static class PlanPermissions
{
    /// <summary>Write the plan's projects and report their progress: for department heads, within their departments.</summary>
    public const string WriteAntiCorruptionPlan = "WriteAntiCorruptionPlan";

    /// <summary>Approve the year's plan, which puts it on the website, and open it again.</summary>
    public const string ApproveAntiCorruptionPlan = "ApproveAntiCorruptionPlan";
}
