namespace Prongsai.Core.Measures;

/// <summary>Permissions of the measures feature (declared with their roles in MeasuresFeature).</summary>
public static class MeasurePermissions
{
    /// <summary>Create the plan, add, remove and reorder measures.</summary>
    public const string ManageMeasurePlan = "ManageMeasurePlan";
    /// <summary>Edit a measure's text, record progress and evidence — limited to own departments for department roles.</summary>
    public const string EditMeasures = "EditMeasures";
    public const string RequestPublication = "RequestPublication";
    /// <summary>Approve and publish reports (ผู้บริหาร).</summary>
    public const string ApproveAndPublish = "ApproveAndPublish";
}
