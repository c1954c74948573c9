using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Tests.Measures.Import;

/// <summary>The published Bang Kha report, flaws included, reads into the expected report.</summary>
public class SeedTextReaderAcceptanceTests
{
    private static MeasuresReport ReadFixture(out ImportReadResult result)
    {
        result = SeedTextReader.Read(SeedFixture.Text(), SeedFixture.Organization, SeedFixture.FiscalYear);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Report;
    }

    [Fact]
    public void Reads_five_rows_numbered_1_2_3_3_4()
    {
        var report = ReadFixture(out _);

        Assert.Equal(["1", "2", "3", "3", "4"], report.Measures.Select(m => m.Number));
        Assert.Equal("bangkha", report.Organization);
        Assert.Equal(2567, report.FiscalYear);
        Assert.Equal(0, report.Version);
        Assert.Null(report.PublishedAt);
    }

    [Fact]
    public void Warns_once_that_measure_3_appears_twice_and_keeps_both()
    {
        ReadFixture(out var result);

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(ImportWarningCodes.DuplicateMeasureNumber, warning.Code);
        Assert.Contains("มาตรการที่ 3 ปรากฏ 2 ครั้ง", warning.Message, StringComparison.Ordinal);
        Assert.Contains("แถวหลังมีรายละเอียดมากกว่า", warning.Message, StringComparison.Ordinal);
        Assert.Equal(17, warning.Row);
    }

    [Fact]
    public void Counts_steps_and_results_per_row()
    {
        var report = ReadFixture(out _);

        Assert.Equal([3, 5, 3, 4, 3], report.Measures.Select(m => m.Steps.Count));
        Assert.Equal([2, 5, 2, 5, 2], report.Measures.Select(m => m.Results.Count));
    }

    [Fact]
    public void Reads_periods_as_year_months()
    {
        var report = ReadFixture(out _);

        Assert.Equal(["2023-10", "2023-10", "2023-10", "2023-10", "2023-10"], report.Measures.Select(m => m.Period.Start));
        Assert.Equal(["2024-03", "2024-09", "2024-02", "2024-09", "2024-09"], report.Measures.Select(m => m.Period.End));
        Assert.Equal("ตุลาคม 2566- กันยายน 2567", report.Measures[1].Period.Text);
    }

    [Fact]
    public void Splits_responsible_departments()
    {
        var report = ReadFixture(out _);

        Assert.Equal(
            [["ทุกส่วนราชการ"], ["สำนักปลัด"], ["กองคลัง"], ["กองคลัง"], ["กองคลัง"]],
            report.Measures.Select(m => m.Responsible.ToArray()));
    }

    [Fact]
    public void Title_and_introduction_are_plain_text()
    {
        var report = ReadFixture(out _);

        Assert.Equal(
            "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใส ขององค์การบริหารส่วนตำบลบางคา ประจำปีงบประมาณ พ.ศ. 2567",
            report.Title);
        Assert.StartsWith("ตามที่ได้กำหนดมาตรการ/แนวทาง", report.Introduction, StringComparison.Ordinal);
        Assert.EndsWith("ตามรายละเอียดดังต่อไปนี้", report.Introduction, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_text_is_plain_without_markup_entities_or_numbering()
    {
        var report = ReadFixture(out _);
        var texts = report.Measures.SelectMany(m =>
            new[] { m.Title, m.Outcome, m.Period.Text }.Concat(m.Steps).Concat(m.Results).Concat(m.Responsible)).ToList();

        Assert.All(texts, t =>
        {
            Assert.DoesNotContain("<", t, StringComparison.Ordinal);
            Assert.DoesNotContain("&amp;", t, StringComparison.Ordinal);
            Assert.DoesNotContain("  ", t, StringComparison.Ordinal);
            Assert.Equal(t.Trim(), t);
        });
        Assert.All(report.Measures.SelectMany(m => m.Steps.Concat(m.Results)),
            item => Assert.False(char.IsAsciiDigit(item[0]) && item.Length > 1 && item[1] == '.', item));
        Assert.Contains(report.Measures[1].Results, r => r.Contains("(Q&A)", StringComparison.Ordinal));
    }

    [Fact]
    public void First_step_absorbs_the_wrapped_one_mission_paragraph()
    {
        var report = ReadFixture(out _);

        Assert.EndsWith("ของส่วนงานอย่างน้อย 1 ภารกิจ", report.Measures[0].Steps[0], StringComparison.Ordinal);
        Assert.StartsWith("ส่วนงานใดมีคู่มือ", report.Measures[0].Steps[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_lose_their_numbers_and_indicator_mentions_are_found()
    {
        var report = ReadFixture(out _);

        Assert.Equal("จัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน/มาตรฐานการให้บริการ", report.Measures[0].Title);
        Assert.Equal("เปิดเผยข้อมูลพื้นฐานต่อสาธารณะผ่านเว็บไซต์หลักของหน่วยงาน", report.Measures[1].Title);
        Assert.Equal([9], report.Measures[1].Indicators);
        Assert.All(report.Measures.Where((_, i) => i != 1), m => Assert.Empty(m.Indicators));
        Assert.All(report.Measures, m =>
        {
            Assert.Equal("notStarted", m.Status);
            Assert.Equal(0, m.PercentDone);
        });
    }

    public static TheoryData<string> Encodings => new() { "windows-874 crlf", "utf-8 bom" };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Re_encoded_fixture_decodes_and_reads_identically(string variant)
    {
        var bytes = variant == "utf-8 bom" ? SeedFixture.AsUtf8WithBom() : SeedFixture.AsWindows874WithCrLf();
        var expectedEncoding = variant == "utf-8 bom" ? "utf-8-bom" : "windows-874";

        var decoded = TextFileDecoder.Decode(bytes);

        Assert.True(decoded.Succeeded, decoded.Problem);
        Assert.Equal(expectedEncoding, decoded.EncodingName);
        Assert.Equal(SeedFixture.Text(), decoded.Text);

        var original = ReadFixture(out var originalResult);
        var reread = SeedTextReader.Read(decoded.Text, SeedFixture.Organization, SeedFixture.FiscalYear);
        Assert.True(reread.Succeeded);
        Assert.Equal(MeasuresReportJson.Serialize(original), MeasuresReportJson.Serialize(reread.Report));
        Assert.Equal(originalResult.Warnings, reread.Warnings);
    }

    [Fact]
    public void The_original_file_decodes_as_utf8()
    {
        var decoded = TextFileDecoder.Decode(SeedFixture.Bytes());

        Assert.True(decoded.Succeeded);
        Assert.Equal("utf-8", decoded.EncodingName);
    }
}
