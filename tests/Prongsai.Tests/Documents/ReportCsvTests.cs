using System.Text;
using Prongsai.Documents.Measures;

namespace Prongsai.Tests.Documents;

public class ReportCsvTests
{
    private static readonly Prongsai.Core.Measures.Reports.MeasuresReport Report = MeasuresReportBuilder.BangkhaFiscal2567();

    private static byte[] WriteBytes()
    {
        using var stream = new MemoryStream();
        ReportCsvWriter.Write(Report, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Write_IsUtf8WithBom_MetadataThenThaiHeader_NumberedItemsOnePerLine()
    {
        var bytes = WriteBytes();
        Assert.True(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }));
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n");

        Assert.Equal("#format,prongsai-measures-report/1", lines[0]);
        Assert.Contains("#fiscal_year,2567", lines);
        Assert.Contains("#published_at,2024-04-05T10:00:00+07:00", lines);
        Assert.Contains(lines, l => l.StartsWith("ลำดับ,มาตรการ/แนวทาง,ขั้นตอน/วิธีการดำเนินการ,หน่วยงานผู้รับผิดชอบ,ระยะเวลาดำเนินการ,", StringComparison.Ordinal));
        Assert.Contains("\"1. ในปีงบประมาณ พ.ศ. 2567", text, StringComparison.Ordinal);
        Assert.Contains("\n2. ส่วนงานใดมีคู่มือ", text, StringComparison.Ordinal);
        Assert.Contains(",ตุลาคม 2566- มีนาคม 2567,,,", text, StringComparison.Ordinal); // months left empty: Excel would make dates
        Assert.Contains(",\"9, 10\",completed,100\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenRead_RoundTripsTheReport()
    {
        var result = ReportCsvReader.Read(new MemoryStream(WriteBytes()));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var read = result.Report!;
        ReportAssert.SameTable(Report, read, withMachineColumns: true);
        Assert.Equal(Report.Organization, read.Organization);
        Assert.Equal(Report.FiscalYear, read.FiscalYear);
        Assert.Equal(Report.Version, read.Version);
        Assert.Equal(Report.PublishedAt, read.PublishedAt);
        Assert.All(read.Measures, m => Assert.Null(m.Period.Start));
    }

    [Fact]
    public void WriteThenRead_QuotesCommasQuotesLineBreaks_AndGuardsFormulas()
    {
        var report = new MeasuresReportBuilder()
            .WithTitle("รายงาน, \"ฉบับร่าง\"")
            .WithIntroduction("ย่อหน้าแรก\nย่อหน้าที่สอง")
            .WithMeasure(MeasuresReportBuilder.Measure("1", "=HYPERLINK(\"http://x\")", ["-ลบ", "@mention", "+1 รายการ"], "กองช่าง", new("ตลอดปีงบประมาณ", null, null), ["a,b"], "ผล \"ดี\"", []))
            .Build();
        using var stream = new MemoryStream();
        ReportCsvWriter.Write(report, stream);
        var text = Encoding.UTF8.GetString(stream.ToArray());

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\"", text, StringComparison.Ordinal);
        var result = ReportCsvReader.Read(new MemoryStream(stream.ToArray()));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        ReportAssert.SameTable(report, result.Report!, withMachineColumns: true);
    }

    [Fact]
    public void Read_EnglishHeaders_NoMetadata_NoBom_UnnumberedAndThaiNumberedItems()
    {
        const string csv =
            "number,title,steps,responsible,period_text,period_start,period_end,results,outcome,indicators,status,percent_done\n" +
            "๒,เปิดเผยข้อมูล,\"๑. ขั้นแรก\n๒) ขั้นที่สอง\",สำนักปลัด,ตลอดปีงบประมาณ,2023-10,Oct-23,\"ผลเดียว\",ผลลัพธ์,๙,in_progress,50\n";

        var result = ReportCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var m = Assert.Single(result.Report!.Measures);
        Assert.Equal("๒", m.Number);
        Assert.Equal(["ขั้นแรก", "ขั้นที่สอง"], m.Steps);
        Assert.Equal(["ผลเดียว"], m.Results);
        Assert.Equal("2023-10", m.Period.Start);
        Assert.Null(m.Period.End); // "Oct-23" is what Excel made of it: ignored, the importer re-parses the text
        Assert.Equal([9], m.Indicators);
        Assert.Equal(50, m.PercentDone);
        Assert.Equal(string.Empty, result.Report.Title);
    }

    [Fact]
    public void Read_Windows874File_IsDecoded()
    {
        var csv = "มาตรการ/แนวทาง,หน่วยงานผู้รับผิดชอบ\r\nจัดทำคู่มือ,กองคลัง\r\n";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(874)!.GetBytes(csv);

        var result = ReportCsvReader.Read(new MemoryStream(bytes));

        Assert.True(result.Succeeded);
        Assert.Equal("กองคลัง", Assert.Single(Assert.Single(result.Report!.Measures).Responsible));
    }

    [Fact]
    public void Read_BadInput_ReturnsThaiErrors_NeverThrows()
    {
        var noHeader = ReportCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes("a,b\n1,2\n")));
        Assert.False(noHeader.Succeeded);
        Assert.Equal("no-header", Assert.Single(noHeader.Errors).Code);

        var badValues = ReportCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(
            "มาตรการ/แนวทาง,ตัวชี้วัด ITA,ร้อยละความก้าวหน้า\nจัดทำคู่มือ,เก้า,150\n")));
        Assert.False(badValues.Succeeded);
        Assert.Equal(["bad-indicators", "bad-percent"], badValues.Errors.Select(e => e.Code));
        Assert.All(badValues.Errors, e => Assert.Equal(2, e.Row));

        var binary = ReportCsvReader.Read(new MemoryStream([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]));
        Assert.False(binary.Succeeded);
    }
}
