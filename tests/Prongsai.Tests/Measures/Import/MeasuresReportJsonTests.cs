using System.Globalization;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Tests.Measures.Import;

public class MeasuresReportJsonTests
{
    private static MeasuresReport Report(DateTimeOffset? publishedAt = null) => new(
        Organization: "bangkha",
        FiscalYear: 2567,
        Version: 3,
        PublishedAt: publishedAt,
        Title: "รายงานผลการดำเนินการ",
        Introduction: "ตามที่ได้กำหนดมาตรการ",
        Measures:
        [
            new MeasureReportItem(
                Number: "2",
                Title: "เปิดเผยข้อมูลพื้นฐาน",
                Steps: ["จัดทำมาตรการ", "เผยแพร่ข้อมูล (Q&A) <ทดสอบ>"],
                Responsible: ["สำนักปลัด"],
                Period: new ReportPeriod("ตุลาคม 2566- กันยายน 2567", "2023-10", "2024-09"),
                Results: ["เผยแพร่แล้ว"],
                Outcome: "ประชาชนรับรู้มากขึ้น",
                Indicators: [9],
                Status: "notStarted",
                PercentDone: 0),
        ]);

    [Fact]
    public void Serializes_camel_case_indented_with_readable_thai()
    {
        var json = MeasuresReportJson.Serialize(Report());

        Assert.Contains("\"fiscalYear\": 2567", json, StringComparison.Ordinal);
        Assert.Contains("\"percentDone\": 0", json, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"รายงานผลการดำเนินการ\"", json, StringComparison.Ordinal);
        Assert.Contains("(Q&A) <ทดสอบ>", json, StringComparison.Ordinal);
        Assert.Contains("\"publishedAt\": null", json, StringComparison.Ordinal);
        Assert.Contains("\"start\": \"2023-10\"", json, StringComparison.Ordinal);
        Assert.Contains('\n', json);
        Assert.DoesNotContain("\\u0E", json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("2024-10-15T03:00:00Z", "2024-10-15T03:00:00Z")]
    [InlineData("2024-10-15T10:00:00+07:00", "2024-10-15T03:00:00Z")]
    [InlineData("2024-10-15T03:00:00.5Z", "2024-10-15T03:00:00.5Z")]
    public void PublishedAt_is_written_as_utc_with_Z(string instant, string expected)
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // With th-TH current culture a culture-implicit format would write 2567.
            CultureInfo.CurrentCulture = new CultureInfo("th-TH");
            var json = MeasuresReportJson.Serialize(Report(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));
            Assert.Contains($"\"publishedAt\": \"{expected}\"", json, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Round_trips_a_report()
    {
        var original = Report(new DateTimeOffset(2024, 10, 15, 3, 0, 0, TimeSpan.Zero));

        var result = MeasuresReportJson.Deserialize(MeasuresReportJson.Serialize(original));

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(MeasuresReportJson.Serialize(original), MeasuresReportJson.Serialize(result.Report));
        Assert.Equal(original.PublishedAt, result.Report.PublishedAt);
        Assert.Equal(TimeSpan.Zero, result.Report.PublishedAt!.Value.Offset);
    }

    [Fact]
    public void Round_trips_the_imported_seed()
    {
        var imported = SeedTextReader.Read(SeedFixture.Text(), SeedFixture.Organization, SeedFixture.FiscalYear);
        Assert.True(imported.Succeeded);

        var json = MeasuresReportJson.Serialize(imported.Report);
        var result = MeasuresReportJson.Deserialize(json);

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(json, MeasuresReportJson.Serialize(result.Report));
    }

    [Theory]
    [InlineData("{ \"organization\": ", "JSON ไม่ถูกต้อง")]
    [InlineData("{ organization: 'x' }", "JSON ไม่ถูกต้อง")]
    [InlineData("[1, 2,]", "JSON ไม่ถูกต้อง")]
    [InlineData("", "ว่างเปล่า")]
    [InlineData("null", "null")]
    [InlineData("{ \"organization\": \"x\" }", "ไม่ตรงกับรูปแบบรายงาน")]
    [InlineData("{ \"organization\": 5 }", "ไม่ตรงกับรูปแบบรายงาน")]
    public void Bad_json_gives_a_clear_error(string json, string expectedFragment)
    {
        var result = MeasuresReportJson.Deserialize(json);

        Assert.False(result.Succeeded);
        Assert.Null(result.Report);
        Assert.Contains(expectedFragment, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(33)]
    [InlineData(100_000)]
    public void Nesting_deeper_than_32_is_refused(int depth)
    {
        var json = "{\"organization\":" + new string('[', depth) + new string(']', depth) + "}";

        var result = MeasuresReportJson.Deserialize(json);

        Assert.False(result.Succeeded);
        Assert.Contains("32", result.Error, StringComparison.Ordinal);
        Assert.Contains("ลึกเกิน", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Nesting_within_the_limit_is_not_reported_as_depth()
    {
        var json = "{\"organization\":" + new string('[', 30) + new string(']', 30) + "}";

        var result = MeasuresReportJson.Deserialize(json);

        Assert.False(result.Succeeded);
        Assert.DoesNotContain("ลึกเกิน", result.Error, StringComparison.Ordinal);
    }
}
