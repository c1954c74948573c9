namespace Prongsai.Core.Budget;

/// <summary>
/// A line as the clerk types it: ด้าน/แผนงาน/งาน with or without their codes in front ("00110 แผนงานบริหารงานทั่วไป"),
/// งบ, หมวด, รายการ, ส่วนราชการ and the amount as typed ("1,250,000", "๑๒,๐๐๐ บาท").
/// </summary>
public sealed record BudgetLineInput(
    string? Sector, string? Program, string? Work, string? Category, string? Subcategory, string? Item, string? Department, string? Amount);

/// <summary>The 12 planned and disbursed amounts of a line as typed (index 0 = ตุลาคม); blank = nothing entered.</summary>
public sealed record BudgetMonthsInput(IReadOnlyList<string?> Planned, IReadOnlyList<string?> Disbursed);
