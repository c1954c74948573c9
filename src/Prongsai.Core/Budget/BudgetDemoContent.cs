using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Text;

namespace Prongsai.Core.Budget;

/// <summary>
/// The demo organization's sample spending plan for the current fiscal year: typical lines of a subdistrict
/// administration over its departments, planned per month, six months (ต.ค.–มี.ค.) disbursed; imported through the
/// import like a clerk's file, marked as a sample, and the plan and six-month report published.
/// </summary>
public sealed class BudgetDemoContent(
    ProngsaiDbContext db, CurrentOrganization current, ImportBudget import, PublishBudgetReport publish, TimeProvider clock) : IDemoContent
{
    /// <summary>ด้าน, แผนงาน, งาน, งบ, หมวด, รายการ, ส่วนราชการ, amount, and how much of a month's plan was spent (per cent).</summary>
    private static readonly (string Sector, string Program, string Work, string Category, string Sub, string Item, string Department, decimal Amount, int SpentPercent)[] Lines =
    [
        ("00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00111 งานบริหารทั่วไป", "งบบุคลากร", "เงินเดือน (ฝ่ายการเมือง)", "เงินเดือนนายก/รองนายก", "สำนักปลัด", 514_080m, 100),
        ("00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00111 งานบริหารทั่วไป", "งบบุคลากร", "เงินเดือน (ฝ่ายประจำ)", "เงินเดือนพนักงาน สำนักปลัด", "สำนักปลัด", 2_350_000m, 98),
        ("00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00111 งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าตอบแทน", "ค่าตอบแทนผู้ปฏิบัติราชการอันเป็นประโยชน์แก่ อปท.", "สำนักปลัด", 150_000m, 70),
        ("00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00111 งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าใช้สอย", "ค่าใช้จ่ายในการเดินทางไปราชการ สำนักปลัด", "สำนักปลัด", 120_000m, 55),
        ("00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00111 งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุสำนักงาน สำนักปลัด", "สำนักปลัด", 80_000m, 80),
        ("00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00113 งานบริหารงานคลัง", "งบบุคลากร", "เงินเดือน (ฝ่ายประจำ)", "เงินเดือนพนักงาน กองคลัง", "กองคลัง", 1_480_000m, 98),
        ("00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00113 งานบริหารงานคลัง", "งบดำเนินงาน", "ค่าใช้สอย", "ค่าจัดทำแผนที่ภาษีและทะเบียนทรัพย์สิน", "กองคลัง", 100_000m, 40),
        ("00100 ด้านบริหารทั่วไป", "00110 แผนงานบริหารงานทั่วไป", "00113 งานบริหารงานคลัง", "งบลงทุน", "ค่าครุภัณฑ์", "เครื่องคอมพิวเตอร์สำหรับงานประมวลผล กองคลัง", "กองคลัง", 44_000m, 100),
        ("00300 ด้านเศรษฐกิจ", "00310 แผนงานเคหะและชุมชน", "00311 งานบริหารทั่วไปเกี่ยวกับเคหะและชุมชน", "งบบุคลากร", "เงินเดือน (ฝ่ายประจำ)", "เงินเดือนพนักงาน กองช่าง", "กองช่าง", 1_120_000m, 97),
        ("00300 ด้านเศรษฐกิจ", "00310 แผนงานเคหะและชุมชน", "00312 งานไฟฟ้าถนน", "งบลงทุน", "ค่าที่ดินและสิ่งก่อสร้าง", "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3", "กองช่าง", 1_850_000m, 60),
        ("00300 ด้านเศรษฐกิจ", "00310 แผนงานเคหะและชุมชน", "00312 งานไฟฟ้าถนน", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุไฟฟ้าและวิทยุ", "กองช่าง", 150_000m, 65),
        ("00200 ด้านบริการชุมชนและสังคม", "00210 แผนงานการศึกษา", "00212 งานระดับก่อนวัยเรียนและประถมศึกษา", "งบดำเนินงาน", "ค่าวัสดุ", "ค่าอาหารเสริม (นม)", "สำนักปลัด", 620_000m, 95),
        ("00200 ด้านบริการชุมชนและสังคม", "00210 แผนงานการศึกษา", "00212 งานระดับก่อนวัยเรียนและประถมศึกษา", "งบเงินอุดหนุน", "เงินอุดหนุน", "อุดหนุนอาหารกลางวันโรงเรียนในเขตตำบล", "สำนักปลัด", 1_300_000m, 90),
        ("00200 ด้านบริการชุมชนและสังคม", "00220 แผนงานสาธารณสุข", "00223 งานบริการสาธารณสุขและงานสาธารณสุขอื่น", "งบเงินอุดหนุน", "เงินอุดหนุน", "อุดหนุนโครงการตามพระราชดำริด้านสาธารณสุข หมู่ที่ 1–8", "สำนักปลัด", 160_000m, 50),
        ("00400 ด้านการดำเนินงานอื่น", "00410 แผนงานงบกลาง", "00411 งบกลาง", "งบกลาง", "งบกลาง", "เบี้ยยังชีพผู้สูงอายุ", "สำนักปลัด", 8_900_000m, 100),
        ("00400 ด้านการดำเนินงานอื่น", "00410 แผนงานงบกลาง", "00411 งบกลาง", "งบกลาง", "งบกลาง", "สำรองจ่าย", "กองคลัง", 300_000m, 20),
    ];

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organization);
        current.Set(organization.Id, organization.Slug);
        var fiscalYear = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        var actor = StaffActor.System(Prongsai.Core.Demo.DemoSeeder.ActorName);
        await using var file = new MemoryStream(Csv(fiscalYear));
        var imported = await import.RunAsync(new BudgetImportRequest(actor, file, fiscalYear), cancellationToken);
        if (!imported.Succeeded)
        {
            throw new InvalidOperationException("Demo budget import failed: " + string.Join(" ", imported.Errors.Select(e => e.Message)));
        }

        var plan = await db.Set<BudgetPlan>().FirstAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        plan.IsSample = true;
        plan.AllocatedOn = new DateOnly(FiscalYear.BeToCe(fiscalYear) - 1, 9, 15);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var kind in new[] { BudgetReportKind.Plan, BudgetReportKind.SixMonth })
        {
            var published = await publish.PublishAsync(actor, fiscalYear, kind, cancellationToken: cancellationToken);
            if (!published.Succeeded)
            {
                throw new InvalidOperationException("Demo budget publication failed: " + string.Join(" ", published.Errors.Select(e => e.Message)));
            }
        }
    }

    /// <summary>The sample as the import reads it: each line's amount spread over 12 months, six of them disbursed.</summary>
    public static byte[] Csv(int fiscalYear)
    {
        var header = BudgetTable.PlanColumns.Concat(BudgetNames.ShortMonths)
            .Concat(BudgetNames.ShortMonths.Take(6).Select(m => BudgetTable.DisbursedPrefix + m)).ToList();
        var rows = Lines.Select(l =>
        {
            var monthly = decimal.Round(l.Amount / 12, 2);
            var planned = Enumerable.Range(1, 12).Select(m => m < 12 ? monthly : l.Amount - (monthly * 11)).ToList();
            var disbursed = planned.Take(6).Select((p, i) => decimal.Round(p * (l.SpentPercent - (i % 3 * 2)) / 100, 2));
            return (IReadOnlyList<string>)new[] { fiscalYear.ToString(CultureInfo.InvariantCulture), l.Sector, l.Program, l.Work, l.Category, l.Sub, l.Item, l.Department, BudgetTable.Plain(l.Amount) }
                .Concat(planned.Select(BudgetTable.Plain)).Concat(disbursed.Select(BudgetTable.Plain)).ToList();
        });
        return CsvFiles.ToFile(header, rows);
    }
}
