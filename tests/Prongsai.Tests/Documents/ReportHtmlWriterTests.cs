using System.Net;
using System.Text.RegularExpressions;
using Prongsai.Documents.Measures;

namespace Prongsai.Tests.Documents;

public class ReportHtmlWriterTests
{
    private static readonly Prongsai.Core.Measures.Reports.MeasuresReport Report = MeasuresReportBuilder.BangkhaFiscal2567();

    [Fact]
    public void Write_IsAStandaloneThaiPrintableDocument()
    {
        var html = ReportHtmlWriter.Write(Report);

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"th\">", html, StringComparison.Ordinal);
        Assert.Contains("<meta charset=\"utf-8\">", html, StringComparison.Ordinal);
        Assert.Contains("@page { size: A4 landscape; margin: 12mm; }", html, StringComparison.Ordinal);
        Assert.Contains("font-family: \"TH Sarabun New\", \"TH SarabunPSK\", \"Laksaman\", \"Sarabun\", \"Noto Sans Thai\", sans-serif", html, StringComparison.Ordinal);
        Assert.Contains("font-size: 16pt; line-height: 1.5", html, StringComparison.Ordinal);
        Assert.Contains("thead { display: table-header-group; }", html, StringComparison.Ordinal);
        Assert.Contains("word-break: normal; line-break: auto", html, StringComparison.Ordinal);
        Assert.Contains("break-inside: avoid", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal); // nothing fetched
    }

    [Fact]
    public void Write_TableHasTheSixHeadings_AndOrderedListsForStepsAndResults()
    {
        var html = ReportHtmlWriter.Write(Report);

        var headings = Regex.Matches(html, "<th scope=\"col\">(.*?)</th>").Select(m => m.Groups[1].Value.Replace("<br>", "", StringComparison.Ordinal)).ToList();
        Assert.Equal(["มาตรการ/แนวทาง", "ขั้นตอน/วิธีการดำเนินการ", "หน่วยงานผู้รับผิดชอบ", "ระยะเวลาดำเนินการ", "สรุปผลการดำเนินการ", "ผลลัพธ์/ความสำเร็จ"], headings);
        Assert.Equal(Report.Measures.Count, Regex.Count(html, "<tr><td>"));
        Assert.Equal(Report.Measures.Count * 2, Regex.Count(html, "<ol>"));
        Assert.Equal(Report.Measures.Sum(m => m.Steps.Count + m.Results.Count), Regex.Count(html, "<li>"));
        Assert.Contains("<tr><td><p>3. เสริมสร้างการรับรู้", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_EncodesText_AndEveryTextReadsBack()
    {
        var html = ReportHtmlWriter.Write(Report);

        Assert.Contains("(Q&amp;A)", html, StringComparison.Ordinal);
        var decoded = WebUtility.HtmlDecode(Regex.Replace(html, "<span class=\"place\">(.*?)</span>", "$1"));
        foreach (var text in ReportAssert.AllTexts(Report))
        {
            Assert.Contains(text, decoded, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Write_KeepsThePlaceNameOnOneLine()
    {
        // ICU's dictionary does not know "บางคา" and would break it "บาง|คา" at a line end.
        var html = ReportHtmlWriter.Write(Report);

        Assert.Contains("องค์การบริหารส่วนตำบล<span class=\"place\">บางคา</span>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("ตำบลบางคา", html[html.IndexOf("<body>", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NeverWritesMarkupFromText()
    {
        var report = new MeasuresReportBuilder()
            .WithTitle("<script>alert('x')</script> \"รายงาน\"")
            .WithMeasure(MeasuresReportBuilder.Measure("1", "<b>หนา</b>", ["a & b < c"], "กอง<คลัง>", new("ตลอดปีงบประมาณ", null, null), [], "ผล", []))
            .Build();

        var html = ReportHtmlWriter.Write(report);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &quot;รายงาน&quot;", html, StringComparison.Ordinal);
        Assert.Contains("a &amp; b &lt; c", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FooterShowsVersionAndBuddhistEraDateInThailandTime()
    {
        // 2024-09-30 20:00 UTC is already 1 October 2024 in Thailand = 1 ตุลาคม 2567.
        var report = new MeasuresReportBuilder().WithBangkhaMeasures()
            .WithVersion(3, new DateTimeOffset(2024, 9, 30, 20, 0, 0, TimeSpan.Zero)).Build();

        var html = ReportHtmlWriter.Write(report);

        Assert.Contains("<p class=\"footer\">ฉบับที่ 3 · เผยแพร่เมื่อ 1 ตุลาคม 2567</p>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "5 มกราคม 2567")]
    [InlineData(2, "5 กุมภาพันธ์ 2567")]
    [InlineData(12, "5 ธันวาคม 2567")]
    public void Write_FooterUsesThaiMonthNames(int month, string expected)
    {
        var report = new MeasuresReportBuilder().WithVersion(1, new DateTimeOffset(2024, month, 5, 12, 0, 0, TimeSpan.FromHours(7))).Build();
        Assert.Contains("เผยแพร่เมื่อ " + expected, ReportHtmlWriter.Write(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Unpublished_SaysSo()
    {
        var report = new MeasuresReportBuilder().WithVersion(2, null).Build();
        Assert.Contains("ฉบับที่ 2 · ยังไม่เผยแพร่", ReportHtmlWriter.Write(report), StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"footer\"", ReportHtmlWriter.Write(report, ReportHtmlOptions.Default with { IncludeFooter = false }), StringComparison.Ordinal);
    }
}
