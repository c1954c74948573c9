using Prongsai.Core.Text;

namespace Prongsai.Tests.Text;

/// <summary>Prongsai's CSV dialect: what a spreadsheet receives, and that Prongsai reads its own files back.</summary>
public sealed class CsvFilesTests
{
    private static string Write(params string?[][] records)
    {
        using var text = new StringWriter();
        using (var csv = CsvFiles.CreateWriter(text))
        {
            foreach (var record in records)
            {
                foreach (var field in record)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }
        }

        return text.ToString();
    }

    [Theory]
    [InlineData("=SUM(A1:A9)", "\"'=SUM(A1:A9)\"")]
    [InlineData("+66 2 123 4567", "\"'+66 2 123 4567\"")]
    [InlineData("-ลบ", "\"'-ลบ\"")]
    [InlineData("@mention", "\"'@mention\"")]
    [InlineData("\tแท็บ", "\"'\tแท็บ\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    public void A_cell_that_starts_like_a_formula_is_written_as_quoted_text_and_read_back_unchanged(string value, string written)
    {
        var csv = Write([value, "ถัดไป"]);

        Assert.Equal(written + ",ถัดไป\r\n", csv);
        Assert.Equal([value, "ถัดไป"], Assert.Single(CsvFiles.ReadAll(csv)));
    }

    [Fact]
    public void Thai_commas_quotes_line_breaks_and_edge_spaces_are_quoted_records_end_with_crlf()
    {
        var csv = Write(["องค์การบริหารส่วนตำบลบางคา", "ก, ข", "คำว่า \"ดี\"", "บรรทัดหนึ่ง\nบรรทัดสอง", " เว้นวรรค", null], ["1", "2-3"]);

        Assert.Equal(
            "องค์การบริหารส่วนตำบลบางคา,\"ก, ข\",\"คำว่า \"\"ดี\"\"\",\"บรรทัดหนึ่ง\nบรรทัดสอง\",\" เว้นวรรค\",\r\n1,2-3\r\n", csv);
        var records = CsvFiles.ReadAll(csv);
        Assert.Equal(["องค์การบริหารส่วนตำบลบางคา", "ก, ข", "คำว่า \"ดี\"", "บรรทัดหนึ่ง\nบรรทัดสอง", " เว้นวรรค", ""], records[0]);
        Assert.Equal(["1", "2-3"], records[1]);
    }

    [Fact]
    public void Files_from_spreadsheets_read_leniently_lf_or_cr_records_stray_quotes_and_empty_lines()
    {
        var records = CsvFiles.ReadAll("#ชื่อ,ค่า\nก\"ข,\"ค\"\r\rท้าย");

        Assert.Equal(["#ชื่อ", "ค่า"], records[0]);
        Assert.Equal(["ก\"ข", "ค"], records[1]);
        Assert.Equal([""], records[2]);
        Assert.Equal(["ท้าย"], records[3]);
        Assert.Equal(4, records.Count);
    }
}
