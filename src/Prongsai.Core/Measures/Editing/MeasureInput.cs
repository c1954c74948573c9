namespace Prongsai.Core.Measures.Editing;

/// <summary>
/// A step as the editor sends it: an existing one by id, or a new one (no id; left blank, it is ignored). Only
/// Delete removes an existing step (to the trash); an existing step sent with empty text is refused.
/// </summary>
public sealed record StepInput(int? Id, string? Text, bool Delete = false);

/// <summary>Everything the measure editor changes. Steps and results come in the order they are shown.</summary>
public sealed record MeasureInput(
    string? Number,
    string? Title,
    IReadOnlyList<StepInput> Steps,
    IReadOnlyList<string> Results,
    string? Outcome,
    string? PeriodText,
    bool AllDepartments,
    IReadOnlyList<int> DepartmentIds,
    string? OtherResponsible,
    IReadOnlyList<int> Indicators)
{
    /// <summary>The measure's <see cref="Common.EditVersions">edit count</see> when the form was drawn; none from an import.</summary>
    public int? EditVersion { get; init; }
}

public sealed record PlanInput(string? Title, string? Introduction);
