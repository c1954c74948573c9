using Prongsai.Core.Common;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Budget;

/// <summary>The งบ of a budget line in the LAO budget structure (ด้าน → แผนงาน → งาน → งบ → หมวด → รายการ).</summary>
public enum BudgetCategory
{
    /// <summary>งบบุคลากร</summary>
    Personnel = 1,

    /// <summary>งบดำเนินงาน</summary>
    Operating = 2,

    /// <summary>งบลงทุน</summary>
    Investment = 3,

    /// <summary>งบเงินอุดหนุน</summary>
    Subsidy = 4,

    /// <summary>งบรายจ่ายอื่น</summary>
    OtherExpense = 5,

    /// <summary>งบกลาง</summary>
    Central = 6,
}

/// <summary>Whether the plan spreads each line's amount over months or over quarters.</summary>
public enum BudgetPlanningPeriod
{
    Month = 1,

    /// <summary>Planned amounts sit on the first month of each quarter (ต.ค., ม.ค., เม.ย., ก.ค.).</summary>
    Quarter = 2,
}

/// <summary>The published documents of a spending plan's year (ITA O18, O19, O20).</summary>
public enum BudgetReportKind
{
    /// <summary>แผนการใช้จ่ายงบประมาณประจำปี</summary>
    Plan = 1,

    /// <summary>รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน (ต.ค.–มี.ค.)</summary>
    SixMonth = 2,

    /// <summary>รายงานผลการใช้จ่ายงบประมาณประจำปี</summary>
    Annual = 3,
}

/// <summary>
/// The budget-spending plan (แผนการใช้จ่ายงบประมาณประจำปี) of one organization for one Buddhist-era fiscal year.
/// </summary>
public sealed class BudgetPlan : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>Buddhist-era fiscal year (2568 = 1 Oct 2024 – 30 Sep 2025).</summary>
    public int FiscalYear { get; set; }

    public BudgetPlanningPeriod PlanningPeriod { get; set; } = BudgetPlanningPeriod.Month;

    /// <summary>The day the budget was allocated (ข้อบัญญัติงบประมาณประกาศใช้): the procurement plan's 30 working days count from it.</summary>
    public DateOnly? AllocatedOn { get; set; }

    /// <summary>Demo content, shown as a sample (ตัวอย่าง).</summary>
    public bool IsSample { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<BudgetLine> Lines { get; set; } = [];
}

/// <summary>One line of the plan: where it sits in the budget structure, who spends it, how much, and when.</summary>
public sealed class BudgetLine : ITenantOwned, IEditVersioned
{
    /// <summary>Saves made through the edit forms (<see cref="EditVersions"/>).</summary>
    public int EditVersion { get; set; }

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int PlanId { get; set; }

    /// <summary>Order in the plan as imported or entered (1-based).</summary>
    public int Ordinal { get; set; }

    /// <summary>ด้าน, e.g. "00100" / "ด้านบริหารทั่วไป".</summary>
    public string? SectorCode { get; set; }
    public required string Sector { get; set; }

    /// <summary>แผนงาน, e.g. "00110" / "แผนงานบริหารงานทั่วไป".</summary>
    public string? ProgramCode { get; set; }
    public required string Program { get; set; }

    /// <summary>งาน, e.g. "00111" / "งานบริหารทั่วไป".</summary>
    public string? WorkCode { get; set; }
    public required string Work { get; set; }

    public BudgetCategory Category { get; set; }

    /// <summary>หมวด, e.g. "ค่าตอบแทน", "ค่าใช้สอย", "ค่าครุภัณฑ์".</summary>
    public required string Subcategory { get; set; }

    /// <summary>รายการ: what is bought or paid.</summary>
    public required string Item { get; set; }

    /// <summary>The department (ส่วนราชการ) that spends it, when it matches one of the organization's departments.</summary>
    public int? DepartmentId { get; set; }

    /// <summary>ส่วนราชการ as written in the plan (kept even when no department matches).</summary>
    public required string DepartmentName { get; set; }

    /// <summary>The amount in baht (จำนวนเงิน).</summary>
    public decimal Amount { get; set; }

    public List<BudgetLineMonth> Months { get; set; } = [];
}

/// <summary>One fiscal month of a line: the planned amount and what was actually disbursed (เบิกจ่าย).</summary>
public sealed class BudgetLineMonth : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int LineId { get; set; }

    /// <summary>1 = ตุลาคม (the fiscal year's first month) … 12 = กันยายน.</summary>
    public int FiscalMonth { get; set; }

    public decimal? Planned { get; set; }
    public decimal? Disbursed { get; set; }
}

/// <summary>A plan or report of a fiscal year approved for the public by an Executive.</summary>
public sealed class BudgetReportPublication : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int FiscalYear { get; set; }
    public BudgetReportKind Kind { get; set; }
    public DateTimeOffset PublishedAt { get; set; }
    public required string PublishedByUserId { get; set; }
    public required string PublishedByName { get; set; }
}
