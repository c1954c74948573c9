namespace Prongsai.Core.Budget;

/// <summary>
/// A line as the clerk types it: ด้าน/แผนงาน/งาน with or without their codes in front ("00110 แผนงานบริหารงานทั่วไป"),
/// งบ, หมวด, รายการ, ส่วนราชการ and the amount as typed ("1,250,000", "๑๒,๐๐๐ บาท").
/// </summary>
public sealed record BudgetLineInput(
    string? Sector, string? Program, string? Work, string? Category, string? Subcategory, string? Item, string? Department, string? Amount)
{
    /// <summary>The line's <see cref="Common.EditVersions">edit count</see> when the form was drawn; none from an import.</summary>
    public int? EditVersion { get; init; }
}

/// <summary>The 12 planned and disbursed amounts of a line as typed (index 0 = ตุลาคม); blank = nothing entered.</summary>
public sealed record BudgetMonthsInput(IReadOnlyList<string?> Planned, IReadOnlyList<string?> Disbursed)
{
    /// <summary>The line's edit count when the months were drawn: a blank box clears its month, so a box that was only
    /// blank on an older page must not clear what a colleague typed since.</summary>
    public int? EditVersion { get; init; }
}
