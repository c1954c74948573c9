using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;
using static Prongsai.Tests.Infrastructure.CommandLine;
using static Prongsai.Tests.ServiceStatistics.ServiceCountsFiles;
using static Prongsai.Tests.ServiceStatistics.ServiceStatisticsTestData;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// prongsai import-service-figures on both databases, in the current fiscal year and its first month (always begun):
/// the import page's use case on the command line — each service with what its boxes do, names not in the list refused
/// unless --add-new-services, empty boxes clearing figures only with --replace, errors with their row and column and
/// nothing saved, and the same refusals of files.
/// </summary>
public sealed class ImportServiceFiguresVerbTests
{
    private static readonly FiscalYear Year = FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System));
    private static readonly string YearText = Year.BeYear.ToString(CultureInfo.InvariantCulture);
    private static readonly string October = ThaiDate.FormatShortMonthYear(Year.FirstMonth);

    private static string[] Header => ["งานบริการ", "หน่วยนับ", .. MonthHeadings(Year)];

    [Theory, Providers]
    public async Task A_year_is_dry_run_then_saved_new_services_only_when_asked_and_empty_boxes_clear_only_with_replace(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var tax = await AddServiceAsync(app, org, LandTax, org.Departments[1].Id);
        var workbook = TempFile("figures.xlsx", Workbook("สถิติการให้บริการ", Year, (LandTax, "ราย", [120]), (WaterTruck, "เที่ยว", [7])));

        var unknown = await RunAsync(app, "import-service-figures", workbook, "--org", org.Slug, "--fiscal-year", YearText);
        Assert.Equal(1, unknown.Code);
        Assert.Contains($"แถวที่ 4 คอลัมน์ A \"งานบริการ\": ไม่พบบริการ \"{WaterTruck}\" ในรายการบริการของหน่วยงาน", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("nothing saved", unknown.Error, StringComparison.Ordinal);
        Assert.Equal((1, 0), (await ServicesAsync(app, org), (await FiguresAsync(app, org)).Count));

        var dry = await RunAsync(app, "import-service-figures", workbook, "--org", org.Slug, "--fiscal-year", YearText, "--add-new-services", "--dry-run");
        Assert.True(dry.Code == 0, dry.Error);
        Assert.Contains("รูปแบบไฟล์ / format: Excel (.xlsx)", dry.Out, StringComparison.Ordinal);
        Assert.Contains($"แถว/row    3  {LandTax} (ราย) · กองคลัง", dry.Out, StringComparison.Ordinal);
        Assert.Contains($"แถว/row    4  {WaterTruck} (เที่ยว) · ทั้งหน่วยงาน · บริการใหม่/new service", dry.Out, StringComparison.Ordinal);
        Assert.Contains($"        {October} 120\n", dry.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("dry run, nothing saved (would save 2 figures (0 replaced), 0 cleared, 1 services added)", dry.Out, StringComparison.Ordinal);
        Assert.Equal((1, 0), (await ServicesAsync(app, org), (await FiguresAsync(app, org)).Count));

        var saved = await RunAsync(app, "import-service-figures", workbook, "--org", org.Slug, "--fiscal-year", YearText, "--add-new-services");
        Assert.True(saved.Code == 0, saved.Error);
        Assert.Contains("saved: 2 figures (0 replaced), 0 cleared, 1 services added", saved.Out, StringComparison.Ordinal);
        Assert.Equal(2, await ServicesAsync(app, org));
        var figures = await FiguresAsync(app, org);
        Assert.Equal([(120, "command-line"), (7, "command-line")], figures.Select(f => (f.Count, f.RecordedBy)));
        Assert.Equal(tax, figures[0].ServiceId); // the new service, added after it, has the larger id
        Assert.All(figures, f => Assert.Equal(Year.FirstMonth.FirstDay, f.Month));

        // An empty box keeps the recorded figure; with --replace it clears it.
        var emptied = TempFile("figures.csv", Csv(Header, Row(LandTax, "ราย", ""), Row(WaterTruck, "เที่ยว", "9")));
        var kept = await RunAsync(app, "import-service-figures", emptied, "--org", org.Slug, "--fiscal-year", YearText);
        Assert.True(kept.Code == 0, kept.Error);
        Assert.Contains($"{October} คงเดิม/kept 120", kept.Out, StringComparison.Ordinal);
        Assert.Contains($"{October} 9 (เดิม/was 7)", kept.Out, StringComparison.Ordinal);
        Assert.Contains("saved: 1 figures (1 replaced), 0 cleared, 0 services added", kept.Out, StringComparison.Ordinal);
        Assert.Equal([120, 9], (await FiguresAsync(app, org)).Select(f => f.Count));

        var replaced = await RunAsync(app, "import-service-figures", emptied, "--org", org.Slug, "--fiscal-year", YearText, "--replace");
        Assert.True(replaced.Code == 0, replaced.Error);
        Assert.Contains($"{October} ลบ/cleared (เดิม/was 120)", replaced.Out, StringComparison.Ordinal);
        Assert.Contains($"{October} 9 (เท่าเดิม/same)", replaced.Out, StringComparison.Ordinal);
        Assert.Contains("saved: 0 figures (0 replaced), 1 cleared, 0 services added", replaced.Out, StringComparison.Ordinal);
        Assert.Equal([9], (await FiguresAsync(app, org)).Select(f => f.Count));

        var again = await RunAsync(app, "import-service-figures", emptied, "--org", org.Slug, "--fiscal-year", YearText, "--replace");
        Assert.True(again.Code == 0, again.Error);
        Assert.Contains("nothing to save", again.Out, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Bad_boxes_unreadable_files_and_wrong_usage_are_refused_and_nothing_is_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await AddServiceAsync(app, org, LandTax, org.Departments[1].Id);
        var bad = TempFile("bad.csv", Csv(Header, Row(LandTax, "ราย", "-3"), Row(Allowance, "ราย", "4")));

        foreach (var options in new string[][] { [], ["--dry-run"], ["--add-new-services"] })
        {
            var refused = await RunAsync(app, ["import-service-figures", bad, "--org", org.Slug, "--fiscal-year", YearText, .. options]);
            Assert.Equal(1, refused.Code);
            Assert.Contains($"แถวที่ 2 คอลัมน์ C \"{October}\": จำนวนติดลบไม่ได้", refused.Error, StringComparison.Ordinal);
            Assert.Equal(options is ["--add-new-services"] ? 1 : 2, refused.Error.Split('✗').Length - 1);
            Assert.Contains("ไม่ได้บันทึกข้อมูลใด ๆ / nothing saved", refused.Error, StringComparison.Ordinal);
        }

        Assert.Equal((1, 0), (await ServicesAsync(app, org), (await FiguresAsync(app, org)).Count));

        var pdf = await RunAsync(app, "import-service-figures", TempFile("figures.pdf", "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n"u8.ToArray()), "--org", org.Slug, "--fiscal-year", YearText);
        Assert.Equal(1, pdf.Code);
        Assert.Contains("ไฟล์นี้ไม่ใช่ CSV หรือ Excel (.xlsx) กรุณาใช้ไฟล์ตามต้นแบบ", pdf.Error, StringComparison.Ordinal);
        var xls = await RunAsync(app, "import-service-figures", TempFile("figures.xls", Storage.CompoundFiles.Xls()), "--org", org.Slug, "--fiscal-year", YearText);
        Assert.Equal(1, xls.Code);
        Assert.Contains("ไฟล์ Excel รุ่นเก่า (.xls) นำเข้าไม่ได้", xls.Error, StringComparison.Ordinal);

        var good = TempFile("good.csv", Csv(Header, Row(LandTax, "ราย", "5")));
        var early = await RunAsync(app, "import-service-figures", good, "--org", org.Slug, "--fiscal-year", "2559");
        Assert.Equal(1, early.Code);
        Assert.Contains($"ถึงปีปัจจุบัน ({YearText})", early.Error, StringComparison.Ordinal);
        var unknownOrg = await RunAsync(app, "import-service-figures", good, "--org", "no" + org.Slug, "--fiscal-year", YearText);
        Assert.Equal(1, unknownOrg.Code);
        Assert.Contains("no organization with slug", unknownOrg.Error, StringComparison.Ordinal);
        var missing = await RunAsync(app, "import-service-figures", good + ".missing", "--org", org.Slug, "--fiscal-year", YearText);
        Assert.Equal(1, missing.Code);
        Assert.Contains("file not found", missing.Error, StringComparison.Ordinal);
        Assert.Equal(2, (await RunAsync(app, "import-service-figures", good, "--fiscal-year", YearText)).Code);
        Assert.Equal(2, (await RunAsync(app, "import-service-figures", good, "--org", org.Slug)).Code);
        Assert.Equal(2, (await RunAsync(app, "import-service-figures", "--org", org.Slug, "--fiscal-year", YearText)).Code);
        Assert.Empty(await FiguresAsync(app, org));
    }

    private static async Task<int> AddServiceAsync(ProngsaiApp app, TestOrg org, string name, int? departmentId)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var added = await scope.ServiceProvider.GetRequiredService<ManageCountedServices>()
            .AddAsync(StaffActor.System(), new CountedServiceInput(name, "ราย", departmentId));
        Assert.True(added.Succeeded);
        return added.Value!.Id;
    }

    private static Task<int> ServicesAsync(ProngsaiApp app, TestOrg org) => QueryAsync(app, org, db => db.Set<CountedService>().CountAsync());

    /// <summary>The figures recorded, by service (the services in the order they were added).</summary>
    private static Task<List<ServiceMonthCount>> FiguresAsync(ProngsaiApp app, TestOrg org) =>
        QueryAsync(app, org, db => db.Set<ServiceMonthCount>().AsNoTracking().OrderBy(c => c.ServiceId).ToListAsync());
}
