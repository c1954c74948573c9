using System.Text.Json;

namespace Prongsai.Core.Procurement;

/// <summary>One plan item as a published revision keeps it (<see cref="ProcurementPlanRevision.ItemsJson"/>).</summary>
public sealed record ProcurementPlanItemSnapshot(
    int ItemId,
    int Ordinal,
    string Name,
    decimal Quantity,
    string Unit,
    decimal UnitPrice,
    decimal Budget,
    string FundingSource,
    ProcurementMethod Method,
    DateOnly ExpectedMonth,
    int? DepartmentId,
    string? DepartmentName);

/// <summary>
/// The items of a published plan revision, to and from JSON. The public sees the plan only through its revisions
/// (the latest is "the plan"; earlier ones are shown as amended), never the working copy being edited.
/// </summary>
public static class ProcurementPlanSnapshot
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string ToJson(IEnumerable<ProcurementPlanItemSnapshot> items) => JsonSerializer.Serialize(items.ToList(), Json);

    public static IReadOnlyList<ProcurementPlanItemSnapshot> FromJson(string json) =>
        JsonSerializer.Deserialize<List<ProcurementPlanItemSnapshot>>(json, Json) ?? [];
}
