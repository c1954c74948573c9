using System.IO.Compression;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Publishing;
using Prongsai.Core.Publishing.Jobs;
using Prongsai.Core.Storage.Archives;
using Prongsai.Documents.Measures;
using Prongsai.Documents.Spreadsheets;
using Prongsai.Tests.Documents;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Security;

/// <summary>
/// Office files that are valid ZIPs and XML but carry values no spreadsheet program writes (the outside review of
/// 2026-12-05): each import refuses them with its Thai message, never a 500 or a server filling its memory, and the
/// search's text reading marks such a file failed and goes on with the next.
/// </summary>
public sealed class DamagedOfficeFileTests
{
    private const string Header = """<row r="1"><c r="A1" t="inlineStr"><is><t>มาตรการ</t></is></c></row>""";

    /// <summary>A workbook with an unknown cell type and a row numbered 30 million (also sent to every upload path).</summary>
    public static byte[] DamagedWorkbook => Workbook("""<row r="1"><c r="A1" t="bogus"><v>1</v></c></row><row r="30000000"><c t="inlineStr"><is><t>x</t></is></c></row>""");

    /// <summary>A 60000 × 60000 JPEG whose frame header comes after 130 KB of comments.</summary>
    public static byte[] PaddedJpeg
    {
        get
        {
            var comment = new byte[65_002];
            comment[0] = 0xFF;
            comment[1] = 0xFE;
            comment[2] = 0xFD; // a comment segment: 65,000 bytes after its marker, its length field included
            comment[3] = 0xE8;
            return [0xFF, 0xD8, .. comment, .. comment, .. HugeFrame];
        }
    }

    private static readonly byte[] HugeFrame = [0xFF, 0xC0, 0, 11, 8, 0xEA, 0x60, 0xEA, 0x60, 1, 1, 0x11, 0, 0, 0, 0xFF, 0xD9]; // 60000 × 60000

    /// <summary>A workbook written by the app itself, its sheet's XML then replaced by <paramref name="rows"/>.</summary>
    private static byte[] Workbook(string rows)
    {
        var valid = SimpleSheets.Write("แผ่นงาน", [], ["หัว"], [["ค่า"]]);
        using var buffer = new MemoryStream();
        buffer.Write(valid);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var sheet = zip.Entries.Single(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal));
            var name = sheet.FullName;
            sheet.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
            writer.Write($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{rows}</sheetData></worksheet>""");
        }

        return buffer.ToArray();
    }

    public static TheoryData<string, string> HostileSheets => new()
    {
        { "a row numbered 30 million", Header + """<row r="30000000"><c r="A30000000" t="inlineStr"><is><t>x</t></is></c></row>""" },
        { "a row numbered past 2^31", Header + """<row r="2147483648"><c t="inlineStr"><is><t>x</t></is></c></row>""" },
        { "a row number past 32 bits", Header + """<row r="99999999999"><c t="inlineStr"><is><t>x</t></is></c></row>""" },
        { "a negative row number", Header + """<row r="-1"><c t="inlineStr"><is><t>x</t></is></c></row>""" },
        { "a row number that is a word", Header + """<row r="abc"><c t="inlineStr"><is><t>x</t></is></c></row>""" },
        { "an unknown cell type", """<row r="1"><c r="A1" t="bogus"><v>1</v></c></row>""" },
        { "a cell past column XFD", Header + """<row r="2"><c r="XFE2" t="inlineStr"><is><t>x</t></is></c></row>""" },
        { "a cell reference of ten letters", Header + """<row r="2"><c r="ZZZZZZZZZZ2" t="inlineStr"><is><t>x</t></is></c></row>""" },
        { "three hundred rows each with a cell in column XFD", Header + string.Concat(Enumerable.Range(2, 300).Select(r => $"""<row r="{r}"><c r="XFD{r}" t="inlineStr"><is><t>x</t></is></c></row>""")) },
    };

    [Theory]
    [MemberData(nameof(HostileSheets))]
    public void A_sheet_no_spreadsheet_program_writes_is_refused_with_a_Thai_message_within_a_small_memory_budget(string what, string rows)
    {
        var file = Workbook(rows);
        var before = GC.GetTotalAllocatedBytes(precise: true);

        var (grid, problem) = SimpleSheets.ReadFirstSheet(new MemoryStream(file, writable: false));
        var report = ReportXlsxReader.Read(new MemoryStream(file, writable: false));

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        Assert.True(grid is null, $"{what}: read as {grid?.Count} rows");
        Assert.Matches("[ก-๙]", problem);
        Assert.False(report.Succeeded, what);
        Assert.Matches("[ก-๙]", Assert.Single(report.Errors).Message);
        Assert.True(allocated < 200_000_000, $"{what}: {allocated:N0} bytes allocated");
    }

    [Fact]
    public void A_sheet_with_gaps_within_bounds_is_still_read_with_its_empty_rows_and_cells()
    {
        var file = Workbook(Header + """<row r="4"><c r="C4" t="inlineStr"><is><t>ค่า</t></is></c></row>""");
        var (grid, problem) = SimpleSheets.ReadFirstSheet(new MemoryStream(file, writable: false));
        Assert.Null(problem);
        Assert.Equal(4, grid!.Count);
        Assert.Equal(["", "", "ค่า"], grid[3]);
    }

    [Theory]
    [InlineData("""<w:gridSpan w:val="abc"/>""")]
    [InlineData("""<w:vMerge w:val="bogus"/>""")]
    public void A_measures_table_with_a_cell_property_Word_never_writes_is_refused_in_Thai(string property)
    {
        using var written = new MemoryStream();
        ReportDocxWriter.Write(MeasuresReportBuilder.BangkhaFiscal2567(), written);
        using var buffer = new MemoryStream();
        buffer.Write(written.ToArray());
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            var cell = xml.IndexOf("<w:tc>", StringComparison.Ordinal);
            Assert.True(cell > 0, "the report has no table cell");
            xml = xml.Insert(cell + "<w:tc>".Length, $"<w:tcPr>{property}</w:tcPr>");
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open(), new UTF8Encoding(false));
            writer.Write(xml);
        }

        var result = ReportDocxReader.Read(new MemoryStream(buffer.ToArray(), writable: false));

        Assert.False(result.Succeeded);
        Assert.Matches("[ก-๙]", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void A_jpeg_cannot_hide_its_size_behind_padding_or_stray_bytes()
    {
        var limits = new ArchiveLimits();
        byte[] stray = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0x00, 0x42, 0x42, .. HugeFrame];

        foreach (var (what, image) in new[] { ("padded", PaddedJpeg), ("stray bytes", stray) })
        {
            Assert.True(ImageGuard.Check(image, limits)?.Code == "too-many-pixels", $"{what}, from memory");
            using var file = new MemoryStream(image, writable: false);
            Assert.True(ImageGuard.Check(file, limits)?.Code == "too-many-pixels", $"{what}, from a stream");
            Assert.Equal(0, file.Position);
        }

        Assert.Null(ImageGuard.Check(Requests.TestImages.JpegWithMetadata().File, limits));
    }

    [Theory, Providers]
    public async Task A_spreadsheet_attachment_the_reader_cannot_parse_is_marked_failed_and_the_next_attachment_is_read(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var bad = Workbook("""<row r="1"><c r="A1" t="bogus"><v>1</v></c></row>""");
        var good = SimpleSheets.Write("แผ่นงาน", [], ["รายการ"], [["ค่าจ้างเหมาเก็บขยะมูลฝอย"]]);
        var document = await PublishingFixture.SaveAsync(app, org, "ตารางข้อมูล", ("เสีย.xlsx", bad), ("ดี.xlsx", good));

        var handled = await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<AttachmentTextJob>().ExtractPendingAsync(10));

        Assert.Equal(2, handled);
        var attachments = await PublishingFixture.AsOrgAsync(app, org, sp => sp.GetRequiredService<ProngsaiDbContext>().Attachments
            .Where(a => a.DocumentId == document.Id).OrderBy(a => a.Id).Select(a => new { a.TextState, a.TextNote, a.ExtractedText }).ToListAsync());
        Assert.Equal(TextState.Failed, attachments[0].TextState);
        Assert.Contains("อ่านไฟล์ไม่สำเร็จ", attachments[0].TextNote, StringComparison.Ordinal);
        Assert.Equal(TextState.Done, attachments[1].TextState);
        Assert.Contains("ค่าจ้างเหมาเก็บขยะมูลฝอย", attachments[1].ExtractedText, StringComparison.Ordinal);
    }
}
