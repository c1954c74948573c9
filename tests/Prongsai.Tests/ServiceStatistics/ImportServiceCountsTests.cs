using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using static Prongsai.Tests.ServiceStatistics.ServiceCountsFiles;
using static Prongsai.Tests.ServiceStatistics.ServiceStatisticsTestData;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// A year of figures from a spreadsheet on both databases (the clock at 15 January 2567, fiscal year 2567): the preview
/// saves nothing and says what each box would do, the confirmation saves it all in one transaction (audited, stamped
/// like the month's form), an empty box keeps a recorded figure unless the clerk chose to replace; any bad box anywhere
/// and nothing is saved, every error listed; names not in the list are errors unless added; department roles import
/// their own departments' services; a figure recorded after the preview stops the confirmation.
/// </summary>
public sealed class ImportServiceCountsTests
{
    private static readonly FiscalYear Year = new(2567);
    private static readonly YearMonth October = new(2023, 10);
    private static readonly YearMonth November = new(2023, 11);
    private static readonly YearMonth December = new(2023, 12);
    private static readonly YearMonth January = new(2024, 1);

    private static string[] Header => ["งานบริการ", "หน่วยนับ", .. MonthHeadings(Year)];

    [Theory, Providers]
    public async Task A_year_is_previewed_without_saving_then_confirmed_all_at_once(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;
        var tax = await AddAsync(host, admin, LandTax, team.Finance);
        var allowance = await AddAsync(host, admin, Allowance, team.Office);
        var water = await AddAsync(host, admin, WaterTruck, null, "เที่ยว");
        await RecordedAsync(host, admin, December, (tax.Id, "100"), (allowance.Id, "4"));
        var file = Csv(Header,
            Row(LandTax, "ราย", "120", "๑,๒๐๐", "100"),
            Row($"  {LandTax} ", "ราย"), // the same name, spaced: not a second row of it
            Row(Allowance, "ราย", "3", "", "", "5"),
            Row(WaterTruck, "เที่ยว", "-", "๗"));
        var auditBefore = await AuditCountAsync(host);

        var preview = await PreviewAsync(host, admin, file);
        Assert.Equal(["แถวที่ 3 คอลัมน์ A \"งานบริการ\": บริการ \"รับชำระภาษีที่ดินและสิ่งปลูกสร้าง\" ซ้ำกับแถวที่ 2 (หนึ่งแถวต่อหนึ่งบริการ)"],
            preview.Errors.Select(e => e.ToString()));

        file = Csv(Header, Row(LandTax, "ราย", "120", "๑,๒๐๐", "100"), Row(Allowance, "ราย", "3", "", "", "5"), Row(WaterTruck, "เที่ยว", "-", "๗"));
        preview = await PreviewAsync(host, admin, file);
        Assert.Empty(preview.Errors);
        Assert.Equal(("CSV", ServiceCountsFileShape.ServicesByMonth, 12), (preview.Format, preview.Shape, preview.Months.Count));
        Assert.Equal([tax.Id, allowance.Id, water.Id], preview.Services.Select(s => s.ServiceId!.Value));
        Assert.Equal([FigureChange.Added, FigureChange.Added, FigureChange.Unchanged, FigureChange.None], preview.Services[0].Figures.Take(4).Select(f => f.Change));
        var keptDecember = preview.Services[1].Figures[2];
        Assert.Equal((null, 4, FigureChange.None), (keptDecember.Figure, keptDecember.Existing, keptDecember.Change)); // empty: the figure stays
        Assert.Equal((5, 1, 0, 0), (preview.Count(FigureChange.Added), preview.Count(FigureChange.Unchanged), preview.Count(FigureChange.Changed), preview.Count(FigureChange.Cleared)));
        Assert.True(preview.CanImport);
        Assert.False(preview.Saved);
        Assert.Equal(2, await FigureCountAsync(host)); // the preview saved nothing

        host.Clock.Now = host.Clock.Now.AddMinutes(5);
        var saved = await ImportAsync(host, admin, file, preview.Fingerprint);
        Assert.True(saved.Saved);
        Assert.Equal(7, await FigureCountAsync(host));
        var october = await FiguresAsync(host, October);
        Assert.Equal((120, team.Admin.Name, host.Clock.GetUtcNow()), (october[tax.Id].Count, october[tax.Id].RecordedBy, october[tax.Id].RecordedAt));
        Assert.Equal(3, october[allowance.Id].Count);
        Assert.False(october.ContainsKey(water.Id)); // a dash: not recorded
        Assert.Equal(1_200, (await FiguresAsync(host, November))[tax.Id].Count);
        Assert.Equal(7, (await FiguresAsync(host, November))[water.Id].Count);
        Assert.Equal((100, 4), ((await FiguresAsync(host, December))[tax.Id].Count, (await FiguresAsync(host, December))[allowance.Id].Count));
        Assert.Equal(5, (await FiguresAsync(host, January))[allowance.Id].Count);
        Assert.Equal(auditBefore + 5, await AuditCountAsync(host)); // each figure written is in the audit trail

        // The same file again changes nothing; with "replace" its empty December clears the allowance's figure, and a
        // figure typed differently replaces the recorded one.
        var again = await PreviewAsync(host, admin, file);
        Assert.False(again.HasChanges);
        Assert.False((await ImportAsync(host, admin, file, again.Fingerprint)).Saved);
        var replacing = Csv(Header, Row(Allowance, "ราย", "3", "", "", "6"));
        var replace = new ServiceCountsImportOptions(EmptyClears: true);
        var cleared = await PreviewAsync(host, admin, replacing, replace);
        Assert.Equal([FigureChange.Unchanged, FigureChange.None, FigureChange.Cleared, FigureChange.Changed], cleared.Services[0].Figures.Take(4).Select(f => f.Change));
        Assert.True((await ImportAsync(host, admin, replacing, cleared.Fingerprint, replace)).Saved);
        Assert.False((await FiguresAsync(host, December)).ContainsKey(allowance.Id));
        Assert.Equal(6, (await FiguresAsync(host, January))[allowance.Id].Count);
    }

    [Theory, Providers]
    public async Task A_bad_box_anywhere_saves_nothing_and_every_error_is_listed_with_its_row_and_column(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;
        var tax = await AddAsync(host, admin, LandTax, team.Finance);
        var water = await AddAsync(host, admin, WaterTruck, null, "เที่ยว");
        Assert.True((await RetireAsync(host, admin, water.Id)).Succeeded); // on 15 January: asked for in January, not after
        host.Clock.Now = host.Clock.Now.AddMonths(2); // 15 March 2567
        await RecordedAsync(host, admin, October, (tax.Id, "10"));

        var file = Csv(Header,
            Row(LandTax, "ราย", "-3", "2.5", "สิบ", "4", "4", "4", "4"),
            Row(WaterTruck, "เที่ยว", "1", "1", "1", "1", "1"),
            Row("บริการที่ไม่มีในรายการ", "ครั้ง", "1"));
        var preview = await PreviewAsync(host, admin, file);

        Assert.Equal(
        [
            "แถวที่ 2 คอลัมน์ C \"ต.ค. 66\": จำนวนติดลบไม่ได้ (จำนวนครั้งที่ให้บริการเป็น 0 ขึ้นไป)",
            "แถวที่ 2 คอลัมน์ D \"พ.ย. 66\": จำนวนต้องเป็นจำนวนเต็ม ไม่มีทศนิยม",
            "แถวที่ 2 คอลัมน์ E \"ธ.ค. 66\": \"สิบ\" ไม่ใช่ตัวเลข กรอกจำนวนเต็ม เช่น 1,250 หรือ ๑๒ (เว้นว่างหรือใส่ - ถ้ายังไม่ได้นับ)",
            "แถวที่ 2 คอลัมน์ I \"เม.ย. 67\": ยังไม่ถึงเดือนเมษายน 2567 บันทึกได้ตั้งแต่วันแรกของเดือน (เว้นว่างไว้)",
            $"แถวที่ 3 คอลัมน์ G \"ก.พ. 67\": {WaterTruck} เลิกให้บริการเมื่อ 15 มกราคม 2567 จึงบันทึกจำนวนของเดือนกุมภาพันธ์ 2567ไม่ได้",
            "แถวที่ 4 คอลัมน์ A \"งานบริการ\": ไม่พบบริการ \"บริการที่ไม่มีในรายการ\" ในรายการบริการของหน่วยงาน แก้ชื่อให้ตรงกับรายการ หรือเลือก \"เพิ่มเป็นบริการใหม่\" แล้วตรวจสอบอีกครั้ง",
        ], preview.Errors.Select(e => e.ToString()));
        Assert.False(preview.CanImport);

        // Confirming anyway saves nothing: not the good boxes of the same file, not the new service.
        var answer = await ImportAsync(host, admin, file, preview.Fingerprint, new ServiceCountsImportOptions(AddNewServices: true));
        Assert.False(answer.Saved);
        Assert.NotEmpty(answer.Errors);
        Assert.Equal(1, await FigureCountAsync(host));
        Assert.Equal(2, await ServiceCountAsync(host));
        Assert.Equal(10, (await FiguresAsync(host, October))[tax.Id].Count);

        // A year not open to import, and files that are not a table, are refused in Thai.
        Assert.Contains("ถึงปีปัจจุบัน (2567)", Refused<ValidationError, ServiceCountsImportPreview>(
            await TryPreviewAsync(host, admin, file, 2568), "FiscalYear").Message, StringComparison.Ordinal);
        Refused<ValidationError, ServiceCountsImportPreview>(await TryPreviewAsync(host, admin, file, 2559), "FiscalYear");
        var pdf = await PreviewAsync(host, admin, "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8.ToArray());
        Assert.Equal("ไฟล์นี้ไม่ใช่ CSV หรือ Excel (.xlsx) กรุณาใช้ไฟล์ตามต้นแบบ", Assert.Single(pdf.Errors).Message);
        var xls = await PreviewAsync(host, admin, Storage.CompoundFiles.Xls());
        Assert.Equal("ไฟล์ Excel รุ่นเก่า (.xls) นำเข้าไม่ได้ กรุณาบันทึกเป็น Excel (.xlsx) หรือ CSV แล้วนำเข้าใหม่", Assert.Single(xls.Errors).Message);
        Assert.Equal("ไฟล์ใหญ่เกินกำหนด (ไม่เกิน 5 MB) กรุณาลบแผ่นงานอื่น รูปภาพ และแถวที่ไม่ใช้ออกจากไฟล์ แล้วนำเข้าใหม่",
            Assert.Single((await PreviewAsync(host, admin, new byte[ImportServiceCounts.MaxBytes + 1])).Errors).Message);
    }

    [Theory, Providers]
    public async Task A_name_not_in_the_list_is_an_error_unless_added_with_the_files_unit_and_department(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;
        var tax = await AddAsync(host, admin, LandTax, team.Finance);
        string[] header = ["ที่", "งานบริการ", "หน่วยนับ", "ส่วนราชการ", .. MonthHeadings(Year)];
        var file = Csv(header,
            ["1", "ขออนุญาตก่อสร้างอาคาร", "ราย", "กองช่าง", "2", "1"],
            ["2", "รถบรรทุกน้ำดื่ม", "เที่ยว", "", "6"],
            ["3", "ขุดลอกคูคลอง", "ครั้ง", "กองที่ไม่มี", "1"],
            ["4", "ภาษีป้าย", "", "ทั้งหน่วยงาน", "๓"],
            ["", "หมายเหตุ: ตัวเลขจากสมุดทะเบียนของแต่ละงาน"]);

        var refused = await PreviewAsync(host, admin, file);
        Assert.Equal([2, 3, 4, 5], refused.Errors.Select(e => e.Line));
        Assert.All(refused.Errors, e => Assert.Contains("ไม่พบบริการ", e.Message, StringComparison.Ordinal));
        Assert.Equal(["แถวที่ 6 คอลัมน์ B \"งานบริการ\": ไม่พบบริการ \"หมายเหตุ: ตัวเลขจากสมุดทะเบียนของแต่ละงาน\" ในรายการ และแถวนี้ไม่มีตัวเลข จึงข้ามแถวนี้"],
            refused.Warnings.Select(w => w.ToString()));

        var add = new ServiceCountsImportOptions(AddNewServices: true);
        var preview = await PreviewAsync(host, admin, file, add);
        Assert.Empty(preview.Errors);
        Assert.Equal(4, preview.NewServices);
        Assert.Contains("แถวที่ 4: ไม่พบส่วนราชการ \"กองที่ไม่มี\" ในหน่วยงานนี้ บริการใหม่นี้จะเป็นของทั้งหน่วยงาน (แก้ไขได้ภายหลังในรายการบริการ)",
            preview.Warnings.Select(w => w.ToString()));
        Assert.Equal(1, await ServiceCountAsync(host)); // nothing added by the preview

        Assert.True((await ImportAsync(host, admin, file, preview.Fingerprint, add)).Saved);
        var services = await host.QueryAsync(db => db.Set<CountedService>().AsNoTracking().OrderBy(s => s.SortOrder).ToListAsync());
        Assert.Equal([LandTax, "ขออนุญาตก่อสร้างอาคาร", "รถบรรทุกน้ำดื่ม", "ขุดลอกคูคลอง", "ภาษีป้าย"], services.Select(s => s.Name));
        Assert.Equal(["ราย", "ราย", "เที่ยว", "ครั้ง", ServiceStatisticsRules.DefaultUnit], services.Select(s => s.Unit));
        Assert.Equal([team.Finance, team.Works, null, null, null], services.Select(s => s.DepartmentId));
        var october = await FiguresAsync(host, October);
        Assert.Equal([2, 6, 1, 3], services.Skip(1).Select(s => october[s.Id].Count));
        Assert.Equal(1, (await FiguresAsync(host, November))[services[1].Id].Count);
        Assert.DoesNotContain(tax.Id, october.Keys);
    }

    [Theory, Providers]
    public async Task A_department_clerk_imports_their_own_departments_services_and_readers_import_nothing(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;
        var tax = await AddAsync(host, admin, LandTax, team.Finance);
        var allowance = await AddAsync(host, admin, Allowance, team.Office);
        var water = await AddAsync(host, admin, WaterTruck, null, "เที่ยว");
        await RecordedAsync(host, admin, October, (tax.Id, "10"));
        var clerk = team.Clerk.Actor;

        // The whole office's service and กองคลัง's with a different figure are refused; กองคลัง's figure as recorded is not a change.
        var file = Csv(Header, Row(Allowance, "ราย", "5"), Row(LandTax, "ราย", "11"), Row(WaterTruck, "เที่ยว", "3"));
        var refused = await PreviewAsync(host, clerk, file);
        Assert.Equal(
        [
            $"แถวที่ 3 คอลัมน์ A \"งานบริการ\": \"{LandTax}\" เป็นบริการของกองคลัง คุณนำเข้าได้เฉพาะบริการของส่วนราชการของคุณ",
            $"แถวที่ 4 คอลัมน์ A \"งานบริการ\": \"{WaterTruck}\" เป็นบริการของทั้งหน่วยงาน คุณนำเข้าได้เฉพาะบริการของส่วนราชการของคุณ",
        ], refused.Errors.Select(e => e.ToString()));
        Assert.False((await ImportAsync(host, clerk, file, refused.Fingerprint)).Saved);
        Assert.False((await FiguresAsync(host, October)).ContainsKey(allowance.Id));

        var mine = Csv(Header, Row(Allowance, "ราย", "5"), Row(LandTax, "ราย", "10"));
        var preview = await PreviewAsync(host, clerk, mine);
        Assert.Empty(preview.Errors);
        Assert.True((await ImportAsync(host, clerk, mine, preview.Fingerprint)).Saved);
        Assert.Equal((5, team.Clerk.Name), ((await FiguresAsync(host, October))[allowance.Id].Count, (await FiguresAsync(host, October))[allowance.Id].RecordedBy));

        // A new service from a clerk is their department's; naming another department or the whole office is refused.
        string[] header = ["งานบริการ", "ส่วนราชการ", .. MonthHeadings(Year)];
        var add = new ServiceCountsImportOptions(AddNewServices: true);
        var others = await PreviewAsync(host, clerk, Csv(header, ["รับเรื่องขอประปา", "กองคลัง", "1"], ["งานศพ", "ทั้งหน่วยงาน", "1"]), add);
        Assert.Equal(
        [
            "แถวที่ 2: รับเรื่องขอประปา: บริการใหม่ของ \"กองคลัง\" เพิ่มได้โดยผู้บันทึกสถิติของส่วนราชการนั้นหรือผู้ดูแลระบบ คุณเพิ่มได้เฉพาะบริการของส่วนราชการของคุณ",
            "แถวที่ 3: งานศพ: บริการของทั้งหน่วยงานเพิ่มได้โดยผู้ดูแลระบบของหน่วยงาน ระบุส่วนราชการของคุณในคอลัมน์ \"ส่วนราชการ\"",
        ], others.Errors.Select(e => e.ToString()));
        var own = Csv(header, ["รับเรื่องขอประปา", "", "1"]);
        var added = await PreviewAsync(host, clerk, own, add);
        Assert.Equal(("สำนักปลัด", team.Office), (added.Services[0].Department, added.Services[0].DepartmentId));
        Assert.True((await ImportAsync(host, clerk, own, added.Fingerprint, add)).Saved);
        Assert.Equal(team.Office, (await host.QueryAsync(db => db.Set<CountedService>().SingleAsync(s => s.Name == "รับเรื่องขอประปา"))).DepartmentId);

        // The treasurer imports กองคลัง's; the executive, the complaint officer and the auditor import nothing.
        var theirs = Csv(Header, Row(LandTax, "ราย", "12"));
        Assert.True((await ImportAsync(host, team.Treasurer.Actor, theirs, null)).Saved);
        foreach (var member in new[] { team.Executive, team.Officer, team.Auditor })
        {
            Refused<ForbiddenError, ServiceCountsImportPreview>(await TryPreviewAsync(host, member.Actor, theirs, Year.BeYear));
            Refused<ForbiddenError, ServiceCountsImportPreview>(await host.UseAsync<ImportServiceCounts, Result<ServiceCountsImportPreview>>(i =>
                i.ImportAsync(new ServiceCountsImportRequest(member.Actor, Year.BeYear, new MemoryStream(theirs), new ServiceCountsImportOptions()), null)));
        }

        Assert.Equal(12, (await FiguresAsync(host, October))[tax.Id].Count);
    }

    [Theory, Providers]
    public async Task A_figure_recorded_after_the_preview_stops_the_confirmation_and_an_Excel_workbook_imports_its_number_and_date_cells(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var team = await TeamAsync(host);
        var admin = team.Admin.Actor;
        var tax = await AddAsync(host, admin, LandTax, team.Finance);
        var water = await AddAsync(host, admin, WaterTruck, null, "เที่ยว");
        var workbook = Workbook("สถิติการให้บริการ ปีงบประมาณ 2567", Year,
            (LandTax, "ราย", [1250, 0, null, 12]), (WaterTruck, "เที่ยว", [4]));

        var preview = await PreviewAsync(host, admin, workbook);
        Assert.Empty(preview.Errors);
        Assert.Equal(("Excel (.xlsx)", 12), (preview.Format, preview.Months.Count));
        Assert.Equal([1250, 0, null, 12], preview.Services[0].Figures.Take(4).Select(f => f.Figure));

        // Someone records October on the month's form meanwhile: the confirmation of the old preview saves nothing.
        await RecordedAsync(host, team.Treasurer.Actor, October, (tax.Id, "7"));
        var stale = await host.UseAsync<ImportServiceCounts, Result<ServiceCountsImportPreview>>(i =>
            i.ImportAsync(new ServiceCountsImportRequest(admin, Year.BeYear, new MemoryStream(workbook), new ServiceCountsImportOptions()), preview.Fingerprint));
        Assert.Contains("ตัวเลขในระบบเปลี่ยนไป", Refused<ConflictError, ServiceCountsImportPreview>(stale).Message, StringComparison.Ordinal);
        Assert.Equal(7, (await FiguresAsync(host, October))[tax.Id].Count);
        Assert.False((await FiguresAsync(host, October)).ContainsKey(water.Id));

        var again = await PreviewAsync(host, admin, workbook);
        Assert.Equal((1250, 7, FigureChange.Changed), (again.Services[0].Figures[0].Figure, again.Services[0].Figures[0].Existing, again.Services[0].Figures[0].Change));
        Assert.True((await ImportAsync(host, admin, workbook, again.Fingerprint)).Saved);
        Assert.Equal((1250, 4), ((await FiguresAsync(host, October))[tax.Id].Count, (await FiguresAsync(host, October))[water.Id].Count));
        Assert.Equal(12, (await FiguresAsync(host, January))[tax.Id].Count);
    }

    private static Task<Result<ServiceCountsImportPreview>> TryPreviewAsync(
        MeasuresTestHost host, StaffActor actor, byte[] file, int fiscalYear, ServiceCountsImportOptions? options = null) =>
        host.UseAsync<ImportServiceCounts, Result<ServiceCountsImportPreview>>(i =>
            i.PreviewAsync(new ServiceCountsImportRequest(actor, fiscalYear, new MemoryStream(file), options ?? new ServiceCountsImportOptions())));

    private static async Task<ServiceCountsImportPreview> PreviewAsync(MeasuresTestHost host, StaffActor actor, byte[] file, ServiceCountsImportOptions? options = null)
    {
        var result = await TryPreviewAsync(host, actor, file, Year.BeYear, options);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    private static async Task<ServiceCountsImportPreview> ImportAsync(
        MeasuresTestHost host, StaffActor actor, byte[] file, string? fingerprint, ServiceCountsImportOptions? options = null)
    {
        var result = await host.UseAsync<ImportServiceCounts, Result<ServiceCountsImportPreview>>(i =>
            i.ImportAsync(new ServiceCountsImportRequest(actor, Year.BeYear, new MemoryStream(file), options ?? new ServiceCountsImportOptions()), fingerprint));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }

    private static Task<int> AuditCountAsync(MeasuresTestHost host) =>
        host.QueryAsync(db => db.Set<AuditEntry>().CountAsync(a => a.Entity == nameof(ServiceMonthCount)));
}
