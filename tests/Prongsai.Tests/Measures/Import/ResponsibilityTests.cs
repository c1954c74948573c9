using Prongsai.Core.Measures.Import;

namespace Prongsai.Tests.Measures.Import;

public class ResponsibilityTests
{
    public static TheoryData<string?, string[]> Cells => new()
    {
        { "ทุกส่วนราชการ", ["ทุกส่วนราชการ"] },
        { "<p>ทุกกอง</p>", ["ทุกกอง"] },
        { "<p>สำนักปลัด</p>", ["สำนักปลัด"] },
        { "สำนักปลัด, กองคลัง", ["สำนักปลัด", "กองคลัง"] },
        { "สำนักปลัด และ กองช่าง", ["สำนักปลัด", "กองช่าง"] },
        { "สำนักปลัด\nกองคลัง", ["สำนักปลัด", "กองคลัง"] },
        { "<p>สำนักปลัด</p><p>กองคลัง</p>", ["สำนักปลัด", "กองคลัง"] },
        { "<ol><li>สำนักปลัด</li><li>กองคลัง, กองช่าง</li></ol>", ["สำนักปลัด", "กองคลัง", "กองช่าง"] },
        { "1. สำนักปลัด 2. กองคลัง", ["สำนักปลัด", "กองคลัง"] },
        { "กองการศึกษา ศาสนาและวัฒนธรรม", ["กองการศึกษา ศาสนาและวัฒนธรรม"] },
        { "กองคลัง, กองคลัง", ["กองคลัง"] },
        { "", [] },
        { null, [] },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Splits_departments(string? cell, string[] expected)
    {
        Assert.Equal(expected, Responsibility.SplitDepartments(cell));
    }
}
