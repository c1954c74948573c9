using Prongsai.Core.Measures.Import;
using Prongsai.Documents.Measures;

namespace Prongsai.Tests.Measures.Import;

/// <summary>The template offered on the import page imports as it is: its example row comes back whole.</summary>
public sealed class ImportTemplateTests
{
    [Fact]
    public void The_excel_and_csv_templates_read_back_with_their_example_row()
    {
        var example = ImportTemplate.Example("bangkha", 2569);

        using var xlsx = new MemoryStream();
        ReportXlsxWriter.Write(example, xlsx);
        xlsx.Position = 0;
        var fromXlsx = ReportXlsxReader.Read(xlsx);

        using var csv = new MemoryStream();
        ReportCsvWriter.Write(example, csv);
        var fromCsv = ReportCsvReader.Read(new MemoryStream(csv.ToArray()));

        foreach (var read in new[] { fromXlsx, fromCsv })
        {
            Assert.Empty(read.Errors);
            var row = Assert.Single(read.Report!.Measures);
            Assert.Equal(["สำนักปลัด", "กองคลัง"], row.Responsible);
            Assert.Equal(2, row.Steps.Count);
            Assert.Equal([9, 10], row.Indicators);
            Assert.Equal("ตุลาคม 2568 - มีนาคม 2569", row.Period.Text);
        }

        Assert.Equal(12, ImportTemplate.Columns.Count);
    }
}
