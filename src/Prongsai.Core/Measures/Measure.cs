using Prongsai.Core.Common;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Measures;

/// <summary>มาตรการ/แนวทาง: one row of the six-column report.</summary>
public sealed class Measure : ITenantOwned, IEditVersioned
{
    /// <summary>Saves made through the edit forms (<see cref="EditVersions"/>).</summary>
    public int EditVersion { get; set; }

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int PlanId { get; set; }
    public MeasurePlan? Plan { get; set; }
    public int SortOrder { get; set; }

    /// <summary>The number as written ("1", "๑"); not unique: real reports repeat numbers.</summary>
    public required string Number { get; set; }
    public required string Title { get; set; }

    /// <summary>ทุกส่วนราชการ: every department is responsible.</summary>
    public bool AllDepartments { get; set; }

    /// <summary>Responsible units named in an import that match no department (kept as written).</summary>
    public string? OtherResponsible { get; set; }

    /// <summary>The period as written, and the parsed month range (first day of the month) when understood.</summary>
    public string PeriodText { get; set; } = "";
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }

    public string Outcome { get; set; } = "";

    /// <summary>ITA indicator numbers (1–10) this measure addresses, comma-separated.</summary>
    public string Indicators { get; set; } = "";

    public List<MeasureStep> Steps { get; set; } = [];
    public List<MeasureResult> Results { get; set; } = [];
    public List<MeasureDepartment> Departments { get; set; } = [];
}

public sealed class MeasureDepartment : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int MeasureId { get; set; }
    public int DepartmentId { get; set; }
}
