using Prongsai.Core.Common;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Procurement;

/// <summary>How the item is bought (พ.ร.บ. การจัดซื้อจัดจ้างฯ 2560, มาตรา 55).</summary>
public enum ProcurementMethod
{
    /// <summary>วิธีเฉพาะเจาะจง</summary>
    Specific = 1,

    /// <summary>วิธีคัดเลือก</summary>
    Selection = 2,

    /// <summary>วิธีประกาศเชิญชวนทั่วไป ด้วยวิธีตลาดอิเล็กทรอนิกส์ (e-market)</summary>
    EMarket = 3,

    /// <summary>วิธีประกาศเชิญชวนทั่วไป ด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)</summary>
    EBidding = 4,

    /// <summary>วิธีอื่น (written in <see cref="ProcurementRecord.MethodNote"/>)</summary>
    Other = 9,
}

/// <summary>สถานะการจัดซื้อจัดจ้าง, one of the 16 fields.</summary>
public enum ProcurementStatus
{
    /// <summary>อยู่ระหว่างดำเนินการ</summary>
    InProgress = 1,

    /// <summary>ลงนามในสัญญาแล้ว (อยู่ระหว่างส่งมอบ)</summary>
    Contracted = 2,

    /// <summary>ดำเนินการแล้วเสร็จ</summary>
    Completed = 3,

    /// <summary>ยกเลิก</summary>
    Cancelled = 4,
}

/// <summary>The published reports of a fiscal year's procurement (ITA O23 monthly, O24 annual).</summary>
public enum ProcurementReportKind
{
    /// <summary>สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) of <see cref="ProcurementReportPublication.Month"/>.</summary>
    Monthly = 1,

    /// <summary>รายงานผลการจัดซื้อจัดจ้างประจำปี</summary>
    Annual = 2,
}

/// <summary>
/// The procurement plan (แผนการจัดซื้อจัดจ้าง) of one Buddhist-era fiscal year. Its items are the working copy;
/// each publication is kept as a <see cref="ProcurementPlanRevision"/> (plans are amended during the year).
/// </summary>
public sealed class ProcurementPlan : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>The day the budget was allocated: the plan must be published within 30 working days of it.</summary>
    public DateOnly? BudgetAllocatedOn { get; set; }

    public bool IsSample { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public List<ProcurementPlanItem> Items { get; set; } = [];
    public List<ProcurementPlanRevision> Revisions { get; set; } = [];
}

/// <summary>One item of the plan.</summary>
public sealed class ProcurementPlanItem : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int PlanId { get; set; }
    public int Ordinal { get; set; }
    public required string Name { get; set; }
    public decimal Quantity { get; set; }

    /// <summary>หน่วยนับ, e.g. "ชุด", "โครงการ".</summary>
    public required string Unit { get; set; }

    public decimal UnitPrice { get; set; }

    /// <summary>งบประมาณ (baht).</summary>
    public decimal Budget { get; set; }

    /// <summary>แหล่งที่มาของงบประมาณ, e.g. "ข้อบัญญัติงบประมาณ", "เงินอุดหนุนเฉพาะกิจ", "เงินสะสม".</summary>
    public required string FundingSource { get; set; }

    public ProcurementMethod Method { get; set; }

    /// <summary>The first day of the month the procurement is expected to start (คาดว่าจะประกาศจัดหา).</summary>
    public DateOnly ExpectedMonth { get; set; }

    public int? DepartmentId { get; set; }
}

/// <summary>
/// One publication of the plan: 0 = the original, 1 = แก้ไขครั้งที่ 1, …; the items as they were then, as JSON, so
/// every earlier version can be shown beside the current one.
/// </summary>
public sealed class ProcurementPlanRevision : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int PlanId { get; set; }
    public int Number { get; set; }

    /// <summary>The day the plan (or its amendment) was announced; checked against the 30-working-day rule.</summary>
    public DateOnly PublishedOn { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
    public required string PublishedByUserId { get; set; }
    public required string PublishedByName { get; set; }

    /// <summary>Why the plan was amended (blank for the original).</summary>
    public string? Reason { get; set; }

    public required string ItemsJson { get; set; }
}

/// <summary>
/// One procurement as the monthly summary สขร.1 reports it, with the extra fields of the 16-field line
/// (fiscal year, budget source, status, e-GP project number).
/// </summary>
public sealed class ProcurementRecord : ITenantOwned, IEditVersioned
{
    /// <summary>Saves made through the edit forms (<see cref="EditVersions"/>).</summary>
    public int EditVersion { get; set; }

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>The first day of the month whose สขร.1 lists it.</summary>
    public DateOnly Month { get; set; }

    /// <summary>ลำดับที่ within the month.</summary>
    public int Ordinal { get; set; }

    /// <summary>งานที่จัดซื้อหรือจัดจ้าง</summary>
    public required string Title { get; set; }

    /// <summary>วงเงินที่จะซื้อหรือจ้าง / วงเงินงบประมาณที่ได้รับจัดสรร (baht).</summary>
    public decimal BudgetAmount { get; set; }

    /// <summary>ราคากลาง (baht); blank when none was set.</summary>
    public decimal? ReferencePrice { get; set; }

    public ProcurementMethod Method { get; set; }

    /// <summary>The method as written when it is <see cref="ProcurementMethod.Other"/>.</summary>
    public string? MethodNote { get; set; }

    /// <summary>ผู้ได้รับการคัดเลือก</summary>
    public string? SelectedSupplier { get; set; }

    /// <summary>ราคาที่ตกลงซื้อหรือจ้าง (baht).</summary>
    public decimal? AgreedPrice { get; set; }

    /// <summary>เหตุผลที่คัดเลือกโดยสรุป</summary>
    public string? SelectionReason { get; set; }

    public string? ContractNumber { get; set; }
    public DateOnly? ContractDate { get; set; }

    /// <summary>แหล่งที่มาของงบประมาณ</summary>
    public string? BudgetSource { get; set; }

    public ProcurementStatus Status { get; set; } = ProcurementStatus.Completed;

    /// <summary>เลขที่โครงการ in e-GP (กรมบัญชีกลาง), when it has one.</summary>
    public string? EgpProjectNumber { get; set; }

    public int? PlanItemId { get; set; }
    public int? DepartmentId { get; set; }
    public bool IsSample { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>รายชื่อผู้เสนอราคาและราคาที่เสนอ</summary>
    public List<ProcurementBid> Bids { get; set; } = [];

    /// <summary>Announcements (ประกาศ) from the document library: invitation, winner, contract.</summary>
    public List<ProcurementAnnouncement> Announcements { get; set; } = [];
}

/// <summary>One bidder and the price they offered.</summary>
public sealed class ProcurementBid : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int RecordId { get; set; }
    public int Ordinal { get; set; }
    public required string Bidder { get; set; }
    public decimal? Price { get; set; }
}

/// <summary>A published document of the library attached to a procurement (e.g. ประกาศผู้ชนะการเสนอราคา).</summary>
public sealed class ProcurementAnnouncement : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int RecordId { get; set; }
    public int DocumentId { get; set; }
}

/// <summary>A monthly summary or the annual report approved for the public by an Executive.</summary>
public sealed class ProcurementReportPublication : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int FiscalYear { get; set; }
    public ProcurementReportKind Kind { get; set; }

    /// <summary>The month of a monthly summary (first day); null for the annual report.</summary>
    public DateOnly? Month { get; set; }

    public DateTimeOffset PublishedAt { get; set; }
    public required string PublishedByUserId { get; set; }
    public required string PublishedByName { get; set; }
}
