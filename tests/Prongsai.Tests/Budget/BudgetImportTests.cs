using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Common;
using Prongsai.Documents.Requests;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.Budget.BudgetFixture;

namespace Prongsai.Tests.Budget;

/// <summary>The plan and disbursement imports: what offices type is read, every mistake named by row and column, nothing half saved.</summary>
public sealed class BudgetImportTests
{
    [Theory, Providers]
    public async Task A_plan_csv_is_previewed_with_its_warnings_then_saved_with_codes_categories_and_months(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);

        var preview = await ImportAsync(host, PlanCsv(), dryRun: true);
        Assert.True(preview.Succeeded, Messages(preview));
        Assert.False(preview.Value!.Saved);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<BudgetLine>().CountAsync()));
        Assert.Equal(4, preview.Value.Lines.Count);
        // 60,000 + 60,000 planned on a 100,000 line; the welfare division is not a department of the organization.
        var over = Assert.Single(preview.Value.Warnings, w => w.Code == ImportBudget.MonthsOverAmountCode);
        Assert.Equal(4, over.Row);
        Assert.Contains("120,000.00", over.Message, StringComparison.Ordinal);
        Assert.Contains(preview.Value.Warnings, w => w.Code == ImportBudget.UnknownDepartmentCode && w.Message.Contains("กองสวัสดิการสังคม", StringComparison.Ordinal));

        var saved = await ImportAsync(host, PlanCsv());
        Assert.True(saved.Succeeded, Messages(saved));
        var lines = await host.QueryAsync(db => db.Set<BudgetLine>().Include(l => l.Months).OrderBy(l => l.Ordinal).ToListAsync());
        Assert.Equal(4, lines.Count);
        Assert.Equal(("00110", "แผนงานบริหารงานทั่วไป"), (lines[0].ProgramCode, lines[0].Program));
        Assert.Null(lines[1].ProgramCode);
        Assert.Equal(120_000m, lines[1].Amount);
        Assert.Equal(BudgetCategory.Operating, lines[2].Category);
        Assert.Equal(BudgetCategory.Central, lines[3].Category);
        Assert.Equal(await host.DepartmentIdAsync("กองคลัง"), lines[1].DepartmentId);
        Assert.Null(lines[3].DepartmentId);
        Assert.Equal(12, lines[0].Months.Count);
        Assert.Equal(6, lines[1].Months.Count);
    }

    [Theory, Providers]
    public async Task Bad_amounts_are_refused_with_the_row_and_column_in_thai_and_nothing_is_saved(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var rows = PlanRows();
        rows[0][8] = "-5,000";
        rows[1][8] = "หนึ่งพันบาท";
        rows[2][8] = "100000000000000000000";
        rows[3][8] = "1,2,3";
        rows[0][10] = "abc";

        var result = await ImportAsync(host, Csv(PlanHeader, rows));

        Assert.False(result.Succeeded);
        var messages = Messages(result);
        Assert.Contains("แถวที่ 2 คอลัมน์ \"จำนวนเงิน\": จำนวนเงินต้องไม่ติดลบ", messages, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 3 คอลัมน์ \"จำนวนเงิน\": อ่านจำนวนเงินไม่ได้", messages, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 4 คอลัมน์ \"จำนวนเงิน\": จำนวนเงินมากเกินไป", messages, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 5 คอลัมน์ \"จำนวนเงิน\": อ่านจำนวนเงินไม่ได้: \"1,2,3\"", messages, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 2 คอลัมน์ \"พ.ย.\"", messages, StringComparison.Ordinal);
        Assert.Contains("ไม่ได้บันทึกข้อมูลใด ๆ", messages, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await host.QueryAsync(async db => (await db.Set<BudgetPlan>().CountAsync(), await db.Set<BudgetLine>().CountAsync(), await db.Set<BudgetLineMonth>().CountAsync())));
    }

    [Theory, Providers]
    public async Task Missing_columns_a_wrong_year_and_an_unknown_category_name_their_rows(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var missing = await ImportAsync(host, Csv(["ปีงบประมาณ", "รายการ", "จำนวนเงิน"], [["2568", "วัสดุ", "100"]]));
        Assert.Contains("แถวที่ 1: ไม่พบคอลัมน์ \"ด้าน\"", Messages(missing), StringComparison.Ordinal);

        var rows = PlanRows();
        rows[1][0] = "2567";
        rows[2][4] = "งบพิเศษ";
        rows[3][6] = "";
        var result = await ImportAsync(host, Csv(PlanHeader, rows));
        var messages = Messages(result);
        Assert.Contains("แถวที่ 3 คอลัมน์ \"ปีงบประมาณ\": ปีงบประมาณ \"2567\" ไม่ตรงกับปีที่นำเข้า (2568)", messages, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 4 คอลัมน์ \"งบ\"", messages, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 5 คอลัมน์ \"รายการ\": กรุณากรอกรายการ", messages, StringComparison.Ordinal);
        Assert.Equal(0, await host.QueryAsync(db => db.Set<BudgetPlan>().CountAsync()));
    }

    [Theory, Providers]
    public async Task Xlsx_and_tis620_files_import_like_the_csv(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        using var xlsx = new MemoryStream();
        TableXlsxWriter.Write(xlsx, "แผน", PlanHeader, PlanRows());
        var fromXlsx = await ImportAsync(host, xlsx.ToArray(), dryRun: true);
        Assert.True(fromXlsx.Succeeded, Messages(fromXlsx));
        Assert.Equal("Excel (.xlsx)", fromXlsx.Value!.Format);
        Assert.Equal(4, fromXlsx.Value.Lines.Count);
        Assert.Equal(1_200_000m, fromXlsx.Value.Lines[0].Line.Amount);

        var text = System.Text.Encoding.UTF8.GetString(PlanCsv()).TrimStart('\uFEFF');
        var fromTis = await ImportAsync(host, Tis620(text), dryRun: true);
        Assert.True(fromTis.Succeeded, Messages(fromTis));
        Assert.Equal("windows-874", fromTis.Value!.Encoding);
        Assert.Equal("เบี้ยยังชีพผู้สูงอายุ", fromTis.Value.Lines[3].Line.Item);

        // Headings as offices write them: a unit in brackets, a "*" for a required column, a line break, Thai digits.
        string[] written = [.. PlanHeader];
        (written[0], written[6], written[8], written[9]) = ("ปีงบประมาณ\n(พ.ศ.)", "รายการ *", "จำนวนเงิน (บาท)", "ต.ค. ");
        var fromWritten = await ImportAsync(host, Csv(written, PlanRows()), dryRun: true);
        Assert.True(fromWritten.Succeeded, Messages(fromWritten));
        Assert.Equal(1_200_000m, fromWritten.Value!.Lines[0].Line.Amount);
        Assert.Equal(100_000m, fromWritten.Value.Lines[0].Line.Months.Single(m => m.FiscalMonth == 1).Planned);

        var pdf = await ImportAsync(host, "%PDF-1.4\n%\u00e2\u00e3"u8.ToArray());
        Assert.Contains("ไม่ใช่ CSV หรือ Excel", Messages(pdf), StringComparison.Ordinal);

        var tooLarge = await ImportAsync(host, new byte[ImportBudget.MaxBytes + 1]);
        Assert.IsType<ValidationError>(Assert.Single(tooLarge.Errors));
        Assert.Equal("ไฟล์ใหญ่เกินกำหนด (ไม่เกิน 10 MB) กรุณาลบแผ่นงานอื่น รูปภาพ และแถวที่ไม่ใช้ออกจากไฟล์ แล้วนำเข้าใหม่ ไม่ได้บันทึกข้อมูลใด ๆ",
            Messages(tooLarge));
        Assert.Equal(0, await host.QueryAsync(db => db.Set<BudgetPlan>().CountAsync()));
    }

    [Theory, Providers]
    public async Task Disbursements_match_lines_by_item_read_every_month_spelling_and_refuse_ambiguity(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, PlanCsv())).Succeeded);

        var good = await ImportAsync(host, Disbursements(
            ["2568", "ต.ค. 2567", "เงินเดือนพนักงาน", "98,500"],
            ["2568", "11/2567", "เงินเดือนพนักงาน", "๙๘,๕๐๐.๐๐ บาท"],
            ["2568", "มกราคม 2568", "วัสดุสำนักงาน", "130,000"],
            ["๒๕๖๘", "ก.พ. 68", "  วัสดุสำนักงาน ", "1,000"]));
        Assert.True(good.Succeeded, Messages(good));
        Assert.Equal([1, 2, 4, 5], good.Value!.Disbursements.Select(d => d.FiscalMonth));
        Assert.Contains(good.Value.Warnings, w => w.Code == ImportBudget.DisbursedOverAmountCode && w.Row == 5);
        var disbursed = await host.QueryAsync(db => db.Set<BudgetLineMonth>().Where(m => m.Disbursed != null).OrderBy(m => m.FiscalMonth).Select(m => m.Disbursed).ToListAsync());
        Assert.Equal([98_500m, 98_500m, 130_000m, 1_000m], disbursed.Select(d => d!.Value));
        // The planned amounts of those months are kept.
        Assert.Equal(100_000m, await host.QueryAsync(db => db.Set<BudgetLineMonth>().Where(m => m.FiscalMonth == 1 && m.Disbursed == 98_500m).Select(m => m.Planned).FirstAsync()));

        // A second line with the same item makes the item ambiguous; a month outside the year and an unknown item are errors.
        var line = new BudgetLineInput("ด้านบริหารทั่วไป", "แผนงานบริหารงานทั่วไป", "งานบริหารทั่วไป", "งบดำเนินงาน", "ค่าวัสดุ", "วัสดุสำนักงาน", "สำนักปลัด", "5,000");
        Assert.True((await host.UseAsync<EditBudgetPlan, Prongsai.Core.Common.Result<BudgetLine>>(e => e.AddLineAsync(MeasuresTestHost.Admin, Year, line))).Succeeded);
        var bad = await ImportAsync(host, Disbursements(
            ["2568", "ต.ค. 2567", "วัสดุสำนักงาน", "10"],
            ["2568", "ต.ค. 2568", "เงินเดือนพนักงาน", "10"],
            ["2568", "เดือนสิบ", "เงินเดือนพนักงาน", "10"],
            ["2568", "ธ.ค. 2567", "ค่าเช่ารถ", "10"],
            ["2568", "ธ.ค. 2567", "เงินเดือนพนักงาน", "-10"],
            ["2568", "ธ.ค. 2567", "เงินเดือนพนักงาน", "10"],
            ["2568", "12/2567", "เงินเดือนพนักงาน", "10"]));
        var messages = Messages(bad);
        Assert.Contains("แถวที่ 2 คอลัมน์ \"รายการ\": รายการ \"วัสดุสำนักงาน\" ตรงกับหลายรายการในแผน (ลำดับที่ 2, 5)", messages, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 3 คอลัมน์ \"เดือน\": เดือน \"ต.ค. 2568\" ไม่อยู่ในปีงบประมาณ 2568", messages, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 4 คอลัมน์ \"เดือน\": อ่านเดือนไม่ได้", messages, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 5 คอลัมน์ \"รายการ\": ไม่พบรายการ \"ค่าเช่ารถ\"", messages, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 6 คอลัมน์ \"จำนวนเงินเบิกจ่าย\": จำนวนเงินต้องไม่ติดลบ", messages, StringComparison.Ordinal);
        Assert.Contains("แถวที่ 8 คอลัมน์ \"รายการ\": รายการนี้ของเดือนธันวาคมซ้ำกับแถวที่ 7", messages, StringComparison.Ordinal);
        Assert.Equal(4, await host.QueryAsync(db => db.Set<BudgetLineMonth>().CountAsync(m => m.Disbursed != null)));
    }

    [Theory, Providers]
    public async Task A_second_plan_import_needs_replace_and_a_published_plan_is_never_replaced(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, PlanCsv())).Succeeded);
        var again = await ImportAsync(host, PlanCsv());
        Assert.Equal("conflict", again.Errors.Single().Code);
        Assert.True((await ImportAsync(host, PlanCsv(), replace: true)).Succeeded);
        Assert.Equal(4, await host.QueryAsync(db => db.Set<BudgetLine>().CountAsync()));

        await PublishAsync(host, BudgetReportKind.Plan);
        var replaced = await ImportAsync(host, PlanCsv(), replace: true);
        Assert.Contains("เผยแพร่แล้ว", Messages(replaced), StringComparison.Ordinal);
        var delete = await host.UseAsync<EditBudgetPlan, Prongsai.Core.Common.Result<BudgetPlan>>(e => e.DeletePlanAsync(MeasuresTestHost.Admin, Year));
        Assert.Equal("conflict", delete.Errors.Single().Code);
        Assert.Equal(4, await host.QueryAsync(db => db.Set<BudgetLine>().CountAsync()));
    }

    [Theory, Providers]
    public async Task The_published_csv_imports_again_into_the_same_plan_unchanged(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, PlanCsv())).Succeeded);
        Assert.True((await ImportAsync(host, Disbursements(["2568", "ต.ค. 2567", "เงินเดือนพนักงาน", "98,500.25"]))).Succeeded);
        var before = (await host.UseAsync<BudgetReports, BudgetReport?>(r => r.StaffAsync(Year)))!;

        var csv = BudgetTable.ToCsv(before);
        var again = await ImportAsync(host, csv, replace: true);

        Assert.True(again.Succeeded, Messages(again));
        var after = (await host.UseAsync<BudgetReports, BudgetReport?>(r => r.StaffAsync(Year)))!;
        Assert.Equal(before.Lines.Select(Comparable), after.Lines.Select(Comparable));
        Assert.Equal(98_500.25m, after.Disbursed);
    }

    private static string Comparable(BudgetReportLine l) =>
        string.Join("|", l.SectorCode, l.Sector, l.ProgramCode, l.Program, l.WorkCode, l.Work, l.Category, l.Subcategory, l.Item, l.DepartmentName,
            l.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(",", l.Planned), string.Join(",", l.Disbursed));
}
