using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Reports;
using Prongsai.Tests.Measures.Import;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Measures.UseCases;

/// <summary>The import use case on a real database: the seed's acceptance numbers, all or nothing, clear refusals.</summary>
public sealed class ImportReportTests
{
    private static Task<Prongsai.Core.Common.Result<ImportReportOutcome>> ImportAsync(
        MeasuresTestHost host, byte[] content, bool replace = false, bool createDepartments = false, bool dryRun = false, int fiscalYear = 2567) =>
        host.UseAsync<ImportReport, Prongsai.Core.Common.Result<ImportReportOutcome>>(import =>
            import.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(content), fiscalYear, replace, createDepartments, dryRun)));

    private static Task<MeasuresReport?> DraftAsync(MeasuresTestHost host, int fiscalYear = 2567) =>
        host.UseAsync<BuildMeasuresReport, MeasuresReport?>(b => b.DraftAsync(fiscalYear));

    [Theory, Providers]
    public async Task Seed_import_saves_the_acceptance_rows_and_warns_about_measure_3(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);

        var result = await ImportAsync(host, SeedFixture.Bytes());

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        var outcome = result.Value!;
        Assert.Equal(ReportFileFormat.SeedText, outcome.Format);
        Assert.True(outcome.Saved);
        var duplicate = Assert.Single(outcome.Warnings, w => w.Code == ImportWarningCodes.DuplicateMeasureNumber);
        Assert.Contains("มาตรการที่ 3", duplicate.Message, StringComparison.Ordinal);
        Assert.Empty(outcome.UnknownDepartments);

        var report = await DraftAsync(host);
        Assert.NotNull(report);
        Assert.Equal(["1", "2", "3", "3", "4"], report.Measures.Select(m => m.Number));
        Assert.Equal([3, 5, 3, 4, 3], report.Measures.Select(m => m.Steps.Count));
        Assert.Equal([2, 5, 2, 5, 2], report.Measures.Select(m => m.Results.Count));
        Assert.Equal(["2023-10", "2023-10", "2023-10", "2023-10", "2023-10"], report.Measures.Select(m => m.Period.Start));
        Assert.Equal(["2024-03", "2024-09", "2024-02", "2024-09", "2024-09"], report.Measures.Select(m => m.Period.End));
        Assert.Contains(report.Measures[1].Results, r => r.Contains("(Q&A)", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Measures.SelectMany(m => m.Results), r => r.Contains("&amp;", StringComparison.Ordinal));
        Assert.Equal(["ทุกส่วนราชการ"], report.Measures[0].Responsible);
        Assert.Equal(["สำนักปลัด"], report.Measures[1].Responsible);
        Assert.Equal(["กองคลัง"], report.Measures[4].Responsible);
        Assert.StartsWith("รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส", report.Title, StringComparison.Ordinal);
        Assert.StartsWith("ตามที่ได้กำหนดมาตรการ", report.Introduction, StringComparison.Ordinal);
        Assert.Equal(host.Slug, report.Organization);

        // Departments are linked, not copied as text.
        var linked = await host.QueryAsync(db => db.MeasureDepartments.CountAsync());
        Assert.Equal(4, linked);
        Assert.Equal(1, await host.QueryAsync(db => db.Measures.CountAsync(m => m.AllDepartments)));
    }

    [Theory, Providers]
    public async Task A_year_end_results_report_marked_done_on_the_preview_shows_every_measure_done_not_late(DbProvider provider)
    {
        // October 2024: fiscal year 2567 has ended.
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2024, 10, 15));

        // Without the mark, FY2567 is over and the file ticks no step: its measures are late.
        Assert.True((await ImportAsync(host, SeedFixture.Bytes())).Succeeded);
        var asRead = (await DraftAsync(host))!;
        Assert.Contains(asRead.Measures, m => m.Status == Prongsai.Core.Measures.Progress.MeasureStatus.Late);

        var marked = await host.UseAsync<ImportReport, Prongsai.Core.Common.Result<ImportReportOutcome>>(import =>
            import.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567, Replace: true, MarkAllDone: true)));

        Assert.True(marked.Succeeded, string.Join(" ", marked.Errors.Select(e => e.Message)));
        var report = (await DraftAsync(host))!;
        Assert.All(report.Measures, m =>
        {
            Assert.Equal(Prongsai.Core.Measures.Progress.MeasureStatus.Done, m.Status);
            Assert.Equal(100, m.PercentDone);
        });
        // The steps are the file's own; none is invented when a measure lists steps.
        Assert.Equal([3, 5, 3, 4, 3], report.Measures.Select(m => m.Steps.Count));
        Assert.DoesNotContain(report.Measures.SelectMany(m => m.Steps), s => s == ImportReport.FinishedStepText);
        Assert.Equal(await host.QueryAsync(db => db.MeasureSteps.CountAsync()), await host.QueryAsync(db => db.MeasureSteps.CountAsync(s => s.IsDone)));
    }

    [Theory, Providers]
    public async Task Windows874_with_crlf_reads_the_same_as_utf8(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);

        var result = await ImportAsync(host, SeedFixture.AsWindows874WithCrLf());

        Assert.True(result.Succeeded);
        Assert.Equal(TextFileDecoder.Windows874, result.Value!.Encoding);
        Assert.Equal(5, (await DraftAsync(host))!.Measures.Count);
    }

    [Theory, Providers]
    public async Task A_fiscal_year_with_a_plan_is_refused_without_replace_and_replaced_with_it(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        Assert.True((await ImportAsync(host, SeedFixture.Bytes())).Succeeded);
        var before = await host.CountsAsync();

        var again = await ImportAsync(host, SeedFixture.Bytes());

        Assert.False(again.Succeeded);
        Assert.Equal("conflict", again.Errors[0].Code);
        Assert.Contains("มีแผนมาตรการอยู่แล้ว", again.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, await host.CountsAsync());

        var replaced = await ImportAsync(host, SeedFixture.Bytes(), replace: true);

        Assert.True(replaced.Succeeded);
        Assert.True(replaced.Value!.ReplacedExisting);
        Assert.Equal(before, await host.CountsAsync());
    }

    [Theory, Providers]
    public async Task Dry_run_reads_and_warns_but_saves_nothing(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var before = await host.CountsAsync();

        var result = await ImportAsync(host, SeedFixture.Bytes(), dryRun: true);

        Assert.True(result.Succeeded);
        Assert.False(result.Value!.Saved);
        Assert.Equal(5, result.Value.Report.Measures.Count);
        Assert.Contains(result.Value.Warnings, w => w.Code == ImportWarningCodes.DuplicateMeasureNumber);
        Assert.Equal(before, await host.CountsAsync());
    }

    public static TheoryData<DbProvider, string, byte[]> BadFiles()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var random = new byte[4096];
        new Random(7).NextBytes(random);
        var files = new TheoryData<string, byte[]>
        {
            { "binary", random },
            { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4] },
            { "pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n"u8.ToArray() },
            { "no table", Encoding.UTF8.GetBytes("## รายงาน\n\nมีแต่บทนำ ไม่มีตาราง\n") },
            { "utf-16", Encoding.Unicode.GetBytes("\uFEFFมาตรการ/แนวทาง\tขั้นตอน\n") },
            { "shift-jis", Encoding.GetEncoding(932).GetBytes("日本語のテキストです。表はありません。これはタイ語ではありません。") },
            { "broken json", Encoding.UTF8.GetBytes("{ \"title\": ") },
            { "zip that is not office", [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0] },
        };
        var data = new TheoryData<DbProvider, string, byte[]>();
        foreach (var provider in Enum.GetValues<DbProvider>())
        {
            foreach (var file in files)
            {
                data.Add(provider, (string)file[0], (byte[])file[1]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_with_a_clear_message_and_nothing_is_saved(DbProvider provider, string kind, byte[] content)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var before = await host.CountsAsync();

        var result = await ImportAsync(host, content);

        Assert.False(result.Succeeded, kind);
        Assert.All(result.Errors, e => Assert.Contains("ไม่ได้บันทึกข้อมูลใด ๆ", e.Message, StringComparison.Ordinal));
        Assert.All(result.Errors, e => Assert.True(e.Message.Length > 30, e.Message));
        Assert.Equal(before, await host.CountsAsync());
    }

    [Theory, Providers]
    public async Task An_oversized_file_is_refused_and_nothing_is_saved(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, settings: new() { ["Prongsai:Import:MaxBytes"] = "1000" });
        var before = await host.CountsAsync();

        var result = await ImportAsync(host, SeedFixture.Bytes());

        Assert.False(result.Succeeded);
        Assert.Contains("ใหญ่เกินกำหนด", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(before, await host.CountsAsync());
    }

    [Theory, Providers]
    public async Task Unknown_departments_are_reported_and_created_only_when_asked(DbProvider provider)
    {
        var text = SeedFixture.Text().Replace("\tกองคลัง\t", "\tกองสาธารณสุขและสิ่งแวดล้อม\t", StringComparison.Ordinal);
        await using var host = await MeasuresTestHost.StartAsync(provider);

        var kept = await ImportAsync(host, Encoding.UTF8.GetBytes(text), dryRun: true);
        Assert.Equal(["กองสาธารณสุขและสิ่งแวดล้อม"], kept.Value!.UnknownDepartments);
        Assert.Contains(kept.Value.Warnings, w => w.Code == ImportReport.UnknownDepartmentCode);

        var created = await ImportAsync(host, Encoding.UTF8.GetBytes(text), createDepartments: true);
        Assert.True(created.Succeeded);
        Assert.Equal(["กองสาธารณสุขและสิ่งแวดล้อม"], created.Value!.CreatedDepartments);
        Assert.Equal(5, (await host.CountsAsync()).Departments);
        var report = await DraftAsync(host);
        Assert.Equal(["กองสาธารณสุขและสิ่งแวดล้อม"], report!.Measures[2].Responsible);
    }

    [Theory, Providers]
    public async Task Without_create_an_unknown_department_is_kept_as_text(DbProvider provider)
    {
        var text = SeedFixture.Text().Replace("\tกองคลัง\t", "\tกองสาธารณสุข\t", StringComparison.Ordinal);
        await using var host = await MeasuresTestHost.StartAsync(provider);

        var result = await ImportAsync(host, Encoding.UTF8.GetBytes(text));

        Assert.True(result.Succeeded);
        Assert.Equal(4, (await host.CountsAsync()).Departments);
        Assert.Equal(["กองสาธารณสุข"], (await DraftAsync(host))!.Measures[2].Responsible);
    }

    [Fact]
    public void Department_names_match_ignoring_spaces_and_punctuation()
    {
        Assert.True(ImportReport.SameName("กองคลัง", " กอง คลัง "));
        Assert.True(ImportReport.SameName("กองการศึกษา ศาสนาและวัฒนธรรม", "กองการศึกษา ศาสนา และวัฒนธรรม"));
        Assert.False(ImportReport.SameName("กองคลัง", "กองช่าง"));
        Assert.False(ImportReport.SameName("สำนักปลัด", "สำนักปลัดฯ กองคลัง"));
    }

    [Theory, Providers]
    public async Task Script_and_event_handlers_never_survive_a_json_import(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var hostile = new MeasuresReport(host.Slug, 2567, 1, null,
            "<script>alert(1)</script>ชื่อรายงาน<img src=x onerror=alert(2)>",
            "<p onclick=\"evil()\">บทนำ</p><script>steal()</script>",
            [
                new MeasureReportItem("1", "<b onmouseover=x()>มาตรการ</b>", ["<script>alert(3)</script>ขั้นตอนที่หนึ่ง", "<a href=\"javascript:alert(4)\">ขั้นตอนที่สอง</a>"],
                    ["ทุกส่วนราชการ"], new ReportPeriod("ตลอดปีงบประมาณ", null, null), ["<iframe src=//evil></iframe>ผล"], "<svg onload=alert(5)>ผลลัพธ์</svg>ผลลัพธ์",
                    [9], "notStarted", 0),
            ]);
        var json = MeasuresReportJson.Serialize(hostile);

        var result = await ImportAsync(host, Encoding.UTF8.GetBytes(json));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        var stored = await host.QueryAsync(async db => string.Join("\n",
            (await db.MeasurePlans.Select(p => p.Title + p.Introduction).ToListAsync())
            .Concat(await db.Measures.Select(m => m.Title + m.Outcome + m.PeriodText).ToListAsync())
            .Concat(await db.MeasureSteps.Select(s => s.Text).ToListAsync())
            .Concat(await db.MeasureResults.Select(r => r.Text).ToListAsync())));
        var report = await DraftAsync(host);
        var exported = MeasuresReportJson.Serialize(report!);
        foreach (var text in new[] { stored, exported })
        {
            Assert.DoesNotContain("<script", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("alert(", text, StringComparison.Ordinal);
            Assert.DoesNotContain("onerror", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onclick", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("javascript:", text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal("ชื่อรายงาน", report!.Title);
        Assert.Equal(["ขั้นตอนที่หนึ่ง", "ขั้นตอนที่สอง"], report.Measures[0].Steps);
        Assert.Equal(["2023-10", "2024-09"], [report.Measures[0].Period.Start!, report.Measures[0].Period.End!]);
    }
}
