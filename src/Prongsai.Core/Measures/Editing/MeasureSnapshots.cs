using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Measures.Editing;

/// <summary>
/// A deleted measure (with its steps, progress, evidence, results and departments) or a deleted step (with its
/// progress and evidence) as JSON for the trash, and back. Ids are kept so that a restore puts back the same rows:
/// links to them (the audit trail, bookmarks) keep working.
/// </summary>
public static class MeasureSnapshots
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // The plan stays where it is; only the measure's own rows go to the trash.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Type == typeof(Measure) && info.Properties.FirstOrDefault(p => p.Name == nameof(Measure.Plan)) is { } plan)
                    {
                        info.Properties.Remove(plan);
                    }
                },
            },
        },
    };

    public static TrashItem OfMeasure(Measure measure, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(MeasureTrash.Key, measure.OrganizationId, measure.Id, $"มาตรการ {measure.Number} {MeasureText.Plain(measure.Title)}", MeasurePermissions.ManageMeasurePlan, JsonSerializer.Serialize(measure, Json), actor, now, parentId: measure.PlanId);

    public static TrashItem OfStep(Measure measure, MeasureStep step, StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(MeasureStepTrash.Key, step.OrganizationId, step.Id, $"ขั้นตอน \"{MeasureText.Plain(step.Text)}\" ของมาตรการ {measure.Number}", MeasurePermissions.EditMeasures, JsonSerializer.Serialize(step, Json), actor, now, parentId: measure.Id);

    public static Measure MeasureOf(TrashItem item) =>
        JsonSerializer.Deserialize<Measure>(item.Payload, Json) ?? throw new InvalidOperationException($"Trash item {item.Id} holds no measure");

    public static MeasureStep StepOf(TrashItem item) =>
        JsonSerializer.Deserialize<MeasureStep>(item.Payload, Json) ?? throw new InvalidOperationException($"Trash item {item.Id} holds no step");
}
