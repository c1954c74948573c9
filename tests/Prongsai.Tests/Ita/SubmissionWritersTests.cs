using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Prongsai.Core.Ita.Submission;
using Prongsai.Documents.Ita;
using Prongsai.Tests.Documents;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Prongsai.Tests.Ita;

/// <summary>The ITAS sheet as the assessor opens it: addresses readable and clickable in Excel, Thai set as Thai in Word.</summary>
public sealed class SubmissionWritersTests
{
    private static readonly SubmissionSheet Sheet = new("องค์การบริหารส่วนตำบลบางคา", 2567, "ITA 2567 (อปท.)",
    [
        new SubmissionRow("O1", "โครงสร้างหน่วยงาน", true, ["https://bangkha.go.th/about/structure"], ""),
        new SubmissionRow("O14", "คู่มือหรือมาตรฐานการปฏิบัติงาน", true,
            ["https://bangkha.go.th/documents/1", "https://www.example.go.th/service"], "ดูหัวข้อคู่มือ"),
        new SubmissionRow("O2", "ข้อมูลผู้บริหาร", false, [], ""),
    ]);

    [Fact]
    public void The_workbook_wraps_its_cells_and_links_a_cell_of_one_address()
    {
        using var buffer = new MemoryStream();
        SubmissionXlsxWriter.Write(Sheet, buffer);
        buffer.Position = 0;
        using var workbook = SpreadsheetDocument.Open(buffer, false);
        OfficeAssert.Valid(workbook);
        var sheet = new ReadSheet(workbook);

        Assert.True(sheet.Bold("D1"));
        Assert.Equal(PaneStateValues.Frozen, sheet.Part.Worksheet!.Descendants<Pane>().Single().State!.Value);
        Assert.Equal("https://bangkha.go.th/documents/1\nhttps://www.example.go.th/service", sheet.Text("D3"));
        Assert.True(sheet.Wraps("D3"));
        Assert.True(sheet.Wraps("B2"));
        var urlWidth = sheet.Part.Worksheet.Descendants<Column>().Single(c => c.Min!.Value == 4).Width!.Value;
        Assert.True(urlWidth >= 60, $"the URL column is {urlWidth} wide");

        // One link, on O1's single address; O14's two addresses share a cell, which Excel cannot link twice.
        var link = Assert.Single(sheet.Part.Worksheet.Descendants<Hyperlink>());
        Assert.Equal("D2", link.Reference!.Value);
        Assert.Equal(new Uri("https://bangkha.go.th/about/structure"), sheet.Part.HyperlinkRelationships.Single(r => r.Id == link.Id!.Value).Uri);
        Assert.Equal("https://bangkha.go.th/about/structure", sheet.Text("D2"));
        Assert.Equal("คู่มือหรือมาตรฐานการปฏิบัติงาน", sheet.Text("B3"));
    }

    [Fact]
    public void The_document_declares_thai_and_gives_the_name_and_addresses_the_room()
    {
        using var buffer = new MemoryStream();
        SubmissionDocxWriter.Write(Sheet, buffer);
        buffer.Position = 0;
        using var document = WordprocessingDocument.Open(buffer, false);
        OfficeAssert.Valid(document);
        var body = document.MainDocumentPart!.Document!.Body!;

        var runs = body.Descendants<Word.Run>().ToList();
        Assert.NotEmpty(runs);
        Assert.All(runs, run =>
        {
            Assert.Equal("th-TH", run.RunProperties?.Languages?.Bidi?.Value);
            Assert.Equal("TH Sarabun New", run.RunProperties?.RunFonts?.ComplexScript?.Value);
        });

        var grid = body.Descendants<Word.GridColumn>().Select(c => int.Parse(c.Width!.Value!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, grid.Count);
        Assert.True(grid[1] > 3 * grid[0] && grid[3] > 3 * grid[2], string.Join(", ", grid));
        Assert.Contains("คู่มือหรือมาตรฐานการปฏิบัติงาน", body.InnerText, StringComparison.Ordinal);
        WordAssert.Titled(document, "การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2567");
    }
}
