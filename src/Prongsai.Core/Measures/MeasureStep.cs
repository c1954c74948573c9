using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Measures;

/// <summary>ขั้นตอน/วิธีการดำเนินการ: an ordered step, marked done when carried out.</summary>
public sealed class MeasureStep : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int MeasureId { get; set; }
    public int SortOrder { get; set; }
    public required string Text { get; set; }
    public bool IsDone { get; set; }
    public DateOnly? DoneOn { get; set; }
    public List<ProgressEntry> Progress { get; set; } = [];
}

/// <summary>สรุปผลการดำเนินการ: an ordered result item.</summary>
public sealed class MeasureResult : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int MeasureId { get; set; }
    public int SortOrder { get; set; }
    public required string Text { get; set; }
}
