using System.Text;
using Prongsai.Core.Budget;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Budget;

/// <summary>Budget files as offices write them, and the steps most tests share.</summary>
public static class BudgetFixture
{
    public const int Year = 2568;

    public static readonly string[] PlanHeader =
        ["ปีงบประมาณ", "ด้าน", "แผนงาน", "งาน", "งบ", "หมวด", "รายการ", "ส่วนราชการ", "จำนวนเงิน", "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];

    /// <summary>Four lines, two departments, three งบ; codes in the cell or not, Thai digits, "บาท", commas.</summary>
    public static string[][] PlanRows(int year = Year) =>
    [
        [Y(year), "00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00111 งานบริหารทั่วไป", "งบบุคลากร", "เงินเดือน (ฝ่ายประจำ)", "เงินเดือนพนักงาน", "สำนักปลัด", "1,200,000", "100,000", "100,000", "100,000", "100,000", "100,000", "100,000", "100,000", "100,000", "100,000", "100,000", "100,000", "100,000"],
        [Y(year), "ด้านบริหารทั่วไป", "แผนงานบริหารงานทั่วไป", "งานบริหารงานคลัง", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุสำนักงาน", "กองคลัง", "๑๒๐,๐๐๐ บาท", "10000", "10000", "10000", "10000", "10000", "10000", "", "", "", "", "", ""],
        [Y(year), "00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00113 งานบริหารงานคลัง", "ดำเนินงาน", "ค่าใช้สอย", "ค่าจัดทำแผนที่ภาษี", "กองคลัง", "100,000.00", "60,000", "60,000", "", "", "", "", "", "", "", "", "", ""],
        [Y(year), "00400 ด้านการดำเนินงานอื่น", "00410 แผนงานงบกลาง", "00411 งบกลาง", "งบกลาง", "งบกลาง", "เบี้ยยังชีพผู้สูงอายุ", "กองสวัสดิการสังคม", "580,000", "", "", "", "", "", "", "", "", "", "", "", ""],
    ];

    public static byte[] PlanCsv(int year = Year) => Csv(PlanHeader, PlanRows(year));

    public static byte[] Csv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows) => CsvFiles.ToFile(header, rows);

    public static byte[] Disbursements(params string[][] rows) => Csv(BudgetTable.DisbursementColumns, rows);

    public static string Y(int year) => year.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static Task<Result<BudgetImportOutcome>> ImportAsync(MeasuresTestHost host, byte[] file, StaffActor? actor = null, int year = Year, bool dryRun = false, bool replace = false) =>
        host.UseAsync<ImportBudget, Result<BudgetImportOutcome>>(i => i.RunAsync(new BudgetImportRequest(actor ?? MeasuresTestHost.Admin, new MemoryStream(file), year, dryRun, replace)));

    public static async Task PublishAsync(MeasuresTestHost host, BudgetReportKind kind, int year = Year)
    {
        var result = await host.UseAsync<PublishBudgetReport, Result<BudgetReportPublication>>(p => p.PublishAsync(MeasuresTestHost.Executive, year, kind));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
    }

    public static string Messages<T>(Result<T> result) => string.Join("\n", result.Errors.Select(e => e.Message));

    public static byte[] Tis620(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(874).GetBytes(text);
    }
}
