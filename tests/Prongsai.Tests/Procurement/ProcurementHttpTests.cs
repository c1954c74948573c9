using System.Diagnostics;
using System.Net;
using System.Text;
using C = Prongsai.Core.Procurement.Import.ProcurementColumns;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Procurement.Lines;
using Prongsai.Core.Storage.Archives;
using Prongsai.Core.Tenancy;
using Prongsai.Documents.Procurement;
using Prongsai.Documents.Spreadsheets;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Performance;

namespace Prongsai.Tests.Procurement;

/// <summary>The public pages, files and API over HTTP, as a villager and a machine see them.</summary>
public sealed class ProcurementHttpTests
{
    [Theory, Providers]
    public async Task A_month_not_over_is_not_due_and_an_ended_one_is_not_published(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var client = app.Client();
        var today = BangkokTime.Today(TimeProvider.System);
        var next = FiscalYear.ForDate(today).BeYear + 1;
        var future = WebUtility.HtmlDecode(await client.GetStringAsync($"/{org.Slug}/procurement/{next}"));
        Assert.Equal(12, future.Split("ยังไม่ถึงกำหนดเผยแพร่").Length - 1);
        Assert.DoesNotContain("ยังไม่เผยแพร่", future, StringComparison.Ordinal);
        var september = WebUtility.HtmlDecode(await client.GetStringAsync($"/{org.Slug}/procurement/{next}/{ProcurementTexts.MonthSlug(new FiscalYear(next).LastMonth)}"));
        Assert.Contains("ยังไม่ถึงกำหนดเผยแพร่", september, StringComparison.Ordinal);

        var past = WebUtility.HtmlDecode(await client.GetStringAsync($"/{org.Slug}/procurement/2567"));
        Assert.Equal(12, past.Split("ยังไม่เผยแพร่").Length - 1);
        Assert.DoesNotContain("ยังไม่ถึงกำหนด", past, StringComparison.Ordinal);
    }

    private static async Task<T> AsAsync<T>(ProngsaiApp app, TestOrg org, Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        return await action(scope.ServiceProvider);
    }

    private static readonly StaffActor Executive = ProcurementTestData.Executive;

    /// <summary>FY2568: plan published; October 2567 published with two lines; November 2567 published empty; December has an unpublished line.</summary>
    private static async Task SeedAsync(ProngsaiApp app, TestOrg org)
    {
        await AsAsync(app, org, async sp =>
        {
            var plans = sp.GetRequiredService<ManageProcurementPlan>();
            ProcurementTestData.Ok(await plans.CreateAsync(ProcurementTestData.Admin, 2568, "1/10/2567"));
            ProcurementTestData.Ok(await plans.SaveItemAsync(ProcurementTestData.Admin, 2568, null, ProcurementTestData.Item()));
            ProcurementTestData.Ok(await plans.PublishAsync(Executive, 2568, null, "5/11/2567"));
            ProcurementTestData.Ok(await sp.GetRequiredService<ImportProcurementRecords>().ImportAsync(ProcurementTestData.Admin, 2568, ProcurementCsv.Table(
                ProcurementCsv.Line("1"),
                ProcurementCsv.Line("2", (C.Title, "จ้างเหมาก่อสร้างถนน คสล."), (C.Budget, "1,450,000"), (C.ReferencePrice, "1,450,000"), (C.Method, "e-bidding"),
                    (C.Bidders, "1. บริษัท ก่อสร้าง จำกัด 1,390,000 บาท\n2. หจก. ถนนดี 1,420,000 บาท"), (C.Selected, "บริษัท ก่อสร้าง จำกัด 1,390,000 บาท")),
                ProcurementCsv.Line("3", (C.Title, "งานเดือนธันวาคม ยังไม่เผยแพร่"), (C.Month, "ธ.ค. 2567")))));
            return ProcurementTestData.Ok(await sp.GetRequiredService<PublishProcurementReports>().PublishMonthsAsync(Executive, 2568, [new YearMonth(2024, 10), new YearMonth(2024, 11)]));
        });
    }

    [Theory, Providers]
    public async Task Months_route_by_BE_and_only_published_months_show_their_lines(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await SeedAsync(app, org);
        var client = app.Client();

        var october = await client.GetStringAsync($"/{org.Slug}/procurement/2568/2567-10");
        Assert.Contains("สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม 2567", october);
        Assert.Contains("จ้างเหมาก่อสร้างถนน คสล.", october);
        Assert.Contains("1,450,000.00", october);
        Assert.Contains("ลงวันที่ 5 ตุลาคม 2567", october);
        Assert.Contains("(หนึ่งล้านสี่แสนหนึ่งพันห้าร้อยบาทถ้วน)", october); // 11,500 + 1,390,000
        Assert.Contains(MonthlySummary.NoProcurement, await client.GetStringAsync($"/{org.Slug}/procurement/2568/2567-11"));
        var december = await client.GetStringAsync($"/{org.Slug}/procurement/2568/2567-12");
        Assert.Contains("ยังไม่ได้เผยแพร่", december);
        Assert.DoesNotContain("ยังไม่เผยแพร่ 3", december);
        Assert.DoesNotContain("งานเดือนธันวาคม", december);

        foreach (var missing in new[] { "2568/2568-10", "2568/2567-09", "2568/2024-10", "2568/abc", "2568/2567-13", "1/2567-10", "99999/2567-10" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/procurement/{missing}")).StatusCode);
        }

        var year = await client.GetStringAsync($"/{org.Slug}/procurement/2568");
        Assert.Contains("แผนฉบับแรก", year);
        Assert.Contains("<svg", year);
        Assert.DoesNotContain("งานเดือนธันวาคม", year);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/procurement/2567-10/2567-10")).StatusCode);

        var json = await client.GetStringAsync($"/api/v1/orgs/{org.Slug}/procurement/2568");
        Assert.Contains("\"month\":\"2567-10\"", json);
        Assert.DoesNotContain("งานเดือนธันวาคม", json);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/api/v1/orgs/{org.Slug}/procurement/2568?format=pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/procurement/2568/2567-12/sorkhor1.xlsx")).StatusCode);

        // Another organization's address shows nothing of this one.
        var other = await TestOrg.CreateAsync(app);
        Assert.DoesNotContain("จ้างเหมาก่อสร้างถนน", await client.GetStringAsync($"/{other.Slug}/procurement/2568/2567-10"));
    }

    [Theory, Providers]
    public async Task The_index_lists_each_year_with_anything_public_newest_first_and_the_home_page_links_to_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await SeedAsync(app, org);
        await AsAsync(app, org, async sp =>
        {
            // FY2569: only the plan is published; FY2570: a draft plan nobody published.
            var plans = sp.GetRequiredService<ManageProcurementPlan>();
            ProcurementTestData.Ok(await plans.CreateAsync(ProcurementTestData.Admin, 2569, "1/10/2568"));
            ProcurementTestData.Ok(await plans.SaveItemAsync(ProcurementTestData.Admin, 2569, null, ProcurementTestData.Item() with { ExpectedMonth = new YearMonth(2025, 11) }));
            ProcurementTestData.Ok(await plans.PublishAsync(Executive, 2569, null));
            ProcurementTestData.Ok(await plans.CreateAsync(ProcurementTestData.Admin, 2570, "1/10/2569"));
            return ProcurementTestData.Ok(await plans.SaveItemAsync(ProcurementTestData.Admin, 2570, null, ProcurementTestData.Item() with { ExpectedMonth = new YearMonth(2026, 11) }));
        });

        // Another organization: FY2566's plan published, FY2567's a draft and lines of an unpublished month.
        var other = await TestOrg.CreateAsync(app);
        await AsAsync(app, other, async sp =>
        {
            var plans = sp.GetRequiredService<ManageProcurementPlan>();
            ProcurementTestData.Ok(await plans.CreateAsync(ProcurementTestData.Admin, 2566, "1/10/2565"));
            ProcurementTestData.Ok(await plans.SaveItemAsync(ProcurementTestData.Admin, 2566, null, ProcurementTestData.Item() with { ExpectedMonth = new YearMonth(2022, 11) }));
            ProcurementTestData.Ok(await plans.PublishAsync(Executive, 2566, null));
            ProcurementTestData.Ok(await plans.CreateAsync(ProcurementTestData.Admin, 2567, "1/10/2566"));
            ProcurementTestData.Ok(await plans.SaveItemAsync(ProcurementTestData.Admin, 2567, null, ProcurementTestData.Item("งานลับยังไม่เผยแพร่") with { ExpectedMonth = new YearMonth(2023, 11) }));
            return ProcurementTestData.Ok(await sp.GetRequiredService<ImportProcurementRecords>().ImportAsync(ProcurementTestData.Admin, 2568, ProcurementCsv.Table(
                ProcurementCsv.Line("1", (C.Title, "งานลับยังไม่เผยแพร่"), (C.Month, "พ.ย. 2567")))));
        });
        var nothing = await TestOrg.CreateAsync(app);
        var client = app.Client();

        // The home page offers both, in words a villager uses.
        var home = await client.GetStringAsync($"/{org.Slug}");
        Assert.Contains($"<a href=\"/{org.Slug}/budget\"><strong>งบประมาณและการใช้จ่าย</strong></a>", home, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/{org.Slug}/procurement\"><strong>การจัดซื้อจัดจ้าง</strong></a>", home, StringComparison.Ordinal);

        // Published years only, newest first, each to its year page (which answers).
        var index = await client.GetAsync($"/{org.Slug}/procurement");
        Assert.Equal(HttpStatusCode.OK, index.StatusCode);
        var html = await index.Content.ReadAsStringAsync();
        Assert.Contains("<h1>การจัดซื้อจัดจ้าง</h1>", html, StringComparison.Ordinal);
        var newer = html.IndexOf($"href=\"/{org.Slug}/procurement/2569\"", StringComparison.Ordinal);
        var older = html.IndexOf($"href=\"/{org.Slug}/procurement/2568\"", StringComparison.Ordinal);
        Assert.True(newer > 0 && older > newer, $"2569 at {newer}, 2568 at {older}");
        Assert.Contains("ปีงบประมาณ พ.ศ. 2568", html, StringComparison.Ordinal);
        foreach (var hidden in new[] { "2570", "2566", "2567" })
        {
            Assert.DoesNotContain($"/procurement/{hidden}", html, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{org.Slug}/procurement/2568")).StatusCode);
        Assert.DoesNotContain("ยังไม่มีข้อมูลการจัดซื้อจัดจ้างที่เผยแพร่", html, StringComparison.Ordinal);

        // One year is still a list, not a redirect; the other organization's drafts and unpublished month stay hidden.
        var single = await client.GetAsync($"/{other.Slug}/procurement");
        Assert.Equal(HttpStatusCode.OK, single.StatusCode);
        var otherHtml = await single.Content.ReadAsStringAsync();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(otherHtml, $"href=\"/{other.Slug}/procurement/\\d{{4}}\""));
        Assert.Contains($"href=\"/{other.Slug}/procurement/2566\"", otherHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("/procurement/2567", otherHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("/procurement/2568", otherHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("งานลับยังไม่เผยแพร่", await client.GetStringAsync($"/{other.Slug}/procurement/2568/2567-11"), StringComparison.Ordinal);

        // An organization with nothing published says so, in Thai.
        var empty = await client.GetStringAsync($"/{nothing.Slug}/procurement");
        Assert.Contains("ยังไม่มีข้อมูลการจัดซื้อจัดจ้างที่เผยแพร่", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("/procurement/25", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/no-such-org-here/procurement")).StatusCode);
    }

    [Theory, Providers]
    public async Task The_files_read_back_with_the_same_content(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await SeedAsync(app, org);
        var client = app.Client();
        var month = $"/{org.Slug}/procurement/2568/2567-10";

        var xlsx = await client.GetByteArrayAsync($"{month}/sorkhor1.xlsx");
        var (sheet, problem) = SimpleSheets.ReadFirstSheet(new MemoryStream(xlsx));
        Assert.Null(problem);
        Assert.Equal(MonthlySummary.Headings, sheet!.First(r => r.Count == 9));
        Assert.Contains(sheet!, r => r.Count == 9 && r[1] == "จ้างเหมาก่อสร้างถนน คสล." && r[2] == "1,450,000.00" && r[4] == "ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)");

        using (var docx = WordprocessingDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"{month}/sorkhor1.docx")), false))
        {
            Documents.OfficeAssert.Valid(docx);
            var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("แบบ สขร.1", text);
            Assert.Contains("ก่อสร้าง", text);
            Assert.StartsWith("สรุปผลการดำเนินการจัดซื้อจัดจ้าง", Documents.WordAssert.TitledWithHeadings(docx), StringComparison.Ordinal);
            Assert.Equal(DocumentFormat.OpenXml.Wordprocessing.PageOrientationValues.Landscape,
                docx.MainDocumentPart.Document.Body.Descendants<DocumentFormat.OpenXml.Wordprocessing.PageSize>().Single().Orient!.Value);
        }

        var lines = Encoding.UTF8.GetString(await client.GetByteArrayAsync($"{month}/lines.csv")).TrimStart('\uFEFF');
        var records = Core.Text.CsvFiles.ReadAll(lines).Where(r => r.Count > 1).ToList();
        Assert.Equal(["ที่", "ปีงบประมาณ", "ชื่อหน่วยงาน", "อำเภอ", "จังหวัด", "กระทรวง", "ประเภทหน่วยงาน", "งานที่ซื้อหรือจ้าง",
            "วงเงินงบประมาณที่ได้รับจัดสรร (บาท)", "แหล่งที่มาของงบประมาณ", "สถานะการจัดซื้อจัดจ้าง", "วิธีการจัดซื้อจัดจ้าง", "ราคากลาง (บาท)",
            "ราคาที่ตกลงซื้อหรือจ้าง (บาท)", "รายชื่อผู้ประกอบการที่ได้รับการคัดเลือก", "เลขที่โครงการ"], records[0]);
        Assert.Equal(3, records.Count);
        Assert.Equal(["2", "2568", org.Organization.Name], records[2].Take(3));
        Assert.Equal(["กระทรวงมหาดไทย", "องค์กรปกครองส่วนท้องถิ่น", "จ้างเหมาก่อสร้างถนน คสล.", "1,450,000.00"], records[2].Skip(5).Take(4));
        var (quarter, _) = SimpleSheets.ReadFirstSheet(new MemoryStream(await client.GetByteArrayAsync($"/{org.Slug}/procurement/2568/q1/lines.xlsx")));
        Assert.Equal(ProcurementLineTemplate.Headers, quarter![0]);
        Assert.Equal(3, quarter.Count); // header + October's two lines; December is not published
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/{org.Slug}/procurement/2568/q5/lines.csv")).StatusCode);
    }

    [Theory, Providers]
    public async Task The_api_csv_imports_into_another_organization_unchanged(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await SeedAsync(app, org);
        var csv = await app.Client().GetByteArrayAsync($"/api/v1/orgs/{org.Slug}/procurement/2568?format=csv");
        var read = new UploadedTables(Options.Create(new ArchiveLimits())).Read(csv);
        Assert.Null(read.Problem);
        var table = read.Rows;
        var copy = await TestOrg.CreateAsync(app);

        var imported = await AsAsync(app, copy, sp => sp.GetRequiredService<ImportProcurementRecords>().ImportAsync(ProcurementTestData.Admin, 2568, table));

        Assert.Empty(ProcurementTestData.Ok(imported).Errors);
        string Describe(ProcurementRecord r) => string.Join("|", r.Month, r.Ordinal, r.Title, r.BudgetAmount, r.ReferencePrice, r.Method, r.SelectedSupplier,
            r.AgreedPrice, r.SelectionReason, r.ContractNumber, r.ContractDate, r.EgpProjectNumber, string.Join(";", r.Bids.OrderBy(b => b.Ordinal).Select(b => b.Bidder + b.Price)));
        async Task<List<string>> RecordsAsync(TestOrg o) => await AsAsync(app, o, async sp =>
            (await sp.GetRequiredService<ProngsaiDbContext>().Set<ProcurementRecord>().Include(r => r.Bids)
                .Where(r => r.Month < new DateOnly(2024, 12, 1)).OrderBy(r => r.Month).ThenBy(r => r.Ordinal).ToListAsync()).Select(Describe).ToList());
        Assert.Equal(await RecordsAsync(org), await RecordsAsync(copy));
        Assert.Equal(2, (await RecordsAsync(copy)).Count);
    }

    [Theory, Providers]
    public async Task Public_pages_send_the_same_sql_commands_however_many_lines(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider, new Dictionary<string, string?> { ["Prongsai:Jobs:Enabled"] = "false", ["Prongsai:PageCache:StampSeconds"] = "3600" });
        var org = await TestOrg.CreateAsync(app);
        await SeedAsync(app, org);
        string[] pages = [$"/{org.Slug}/procurement/2568", $"/{org.Slug}/procurement/2568/2567-10", $"/api/v1/orgs/{org.Slug}/procurement/2568"];
        using var counter = new SqlCommandCounter(app);
        var client = app.Client();

        async Task<int[]> CountAsync(string round)
        {
            var counts = new List<int>();
            foreach (var page in pages)
            {
                await client.GetAsync($"{page}?warm={round}");
                counter.Reset();
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{page}?count={round}")).StatusCode);
                counts.Add(counter.Count);
            }

            return counts.ToArray();
        }

        var few = await CountAsync("a");
        await AsAsync(app, org, async sp => ProcurementTestData.Ok(await sp.GetRequiredService<ImportProcurementRecords>().ImportAsync(ProcurementTestData.Admin, 2568,
            ProcurementCsv.Table([.. Enumerable.Range(10, 8).Select(i => ProcurementCsv.Line(i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]))));
        var many = await CountAsync("b");

        Assert.Equal(few, many);
        Assert.All(many, c => Assert.InRange(c, 1, 12));
    }

    [Theory, Providers]
    public async Task The_pdf_is_a_landscape_A4_with_thai_text(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await SeedAsync(app, org);

        var response = await app.Client().GetAsync($"/{org.Slug}/procurement/2568/2567-10/sorkhor1.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var directory = Directory.CreateTempSubdirectory("prongsai-sorkhor1-").FullName;
        var pdf = Path.Combine(directory, "sorkhor1.pdf");
        await File.WriteAllBytesAsync(pdf, await response.Content.ReadAsByteArrayAsync());
        var text = Run("pdftotext", "-raw", pdf, "-");
        Assert.Contains("สรุปผลการดำเนินการจัดซื้อจัดจ้างในรอบเดือนตุลาคม 2567", text);
        Assert.Contains("ก่อสร้าง", text);
        Assert.Contains("1,450,000.00", text);
        var info = Run("pdfinfo", pdf);
        Assert.Matches(@"Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)", info);
        // Rendered for looking at (the path is printed by the test run's log when kept).
        Run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", pdf, Path.Combine(directory, "page"));
        Assert.True(File.Exists(Path.Combine(directory, "page-1.png")));
        var keep = Environment.GetEnvironmentVariable("PRONGSAI_KEEP_SORKHOR1");
        if (!string.IsNullOrEmpty(keep))
        {
            File.Copy(Path.Combine(directory, "page-1.png"), keep, overwrite: true);
        }
    }

    [Theory, Providers]
    public async Task The_pdf_has_one_address_and_is_drawn_once_however_it_is_asked_for(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        await SeedAsync(app, org);
        var citizen = app.Client();
        var address = $"/{org.Slug}/procurement/2568/2567-10/sorkhor1.pdf";

        // Another spelling of the address is sent to the one address, instead of being drawn again.
        foreach (var other in new[] { address + "?again=1", address.Replace(".pdf", ".PDF", StringComparison.Ordinal) })
        {
            var moved = await citizen.GetAsync(other);
            Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
            Assert.Equal(address, moved.Headers.Location?.OriginalString);
        }

        // A HEAD draws it once and the page cache keeps that drawing: GETs seconds later get the same bytes, although
        // Chromium stamps every drawing with its time.
        using var head = await citizen.SendAsync(new HttpRequestMessage(HttpMethod.Head, address));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        await Task.Delay(1100);
        using var first = await citizen.GetAsync(address);
        await Task.Delay(1100);
        var second = await citizen.GetByteArrayAsync(address);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), second);
        Assert.Equal(head.Headers.ETag, first.Headers.ETag);
    }

    private static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, UseShellExecute = false, StandardOutputEncoding = Encoding.UTF8 };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
