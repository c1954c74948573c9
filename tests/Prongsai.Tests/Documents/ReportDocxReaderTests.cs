using System.IO.Compression;
using Prongsai.Documents.Measures;

namespace Prongsai.Tests.Documents;

public class ReportDocxReaderTests
{
    private static readonly Prongsai.Core.Measures.Reports.MeasuresReport Expected = MeasuresReportBuilder.BangkhaFiscal2567();

    private static string TestFile(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "measures", name);

    [Fact]
    public void Read_DocxWrittenByLibreOffice_SplitTablesTypedAndRealNumbering()
    {
        using var stream = File.OpenRead(TestFile("bangkha-2567-table.docx"));

        var result = ReportDocxReader.Read(stream);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var report = result.Report!;
        ReportAssert.SameTable(Expected, report, withMachineColumns: false);
        Assert.Equal(["1", "2", "3", "3", "4"], report.Measures.Select(m => m.Number));
        Assert.Equal(2567, report.FiscalYear);
        Assert.All(report.Measures, m =>
        {
            Assert.Null(m.Period.Start);
            Assert.Null(m.Period.End);
            Assert.All(m.Steps.Concat(m.Results), item => Assert.DoesNotMatch(@"^\d+\s*[.)]", item));
        });
    }

    [Fact]
    public void Read_ReadsBackOurOwnWriter()
    {
        using var stream = new MemoryStream();
        ReportDocxWriter.Write(Expected, stream);
        stream.Position = 0;

        var result = ReportDocxReader.Read(new NonSeekableStream(stream)); // uploads arrive as non-seekable streams

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        ReportAssert.SameTable(Expected, result.Report!, withMachineColumns: false);
    }

    [Fact]
    public void Read_NotAZip_IsRefusedClearly()
    {
        var text = ReportDocxReader.Read(new MemoryStream("ไม่ใช่เอกสาร"u8.ToArray()));
        Assert.Equal("not-zip", Assert.Single(text.Errors).Code);
        Assert.Contains(".docx", text.Errors[0].Message, StringComparison.Ordinal);

        var legacy = ReportDocxReader.Read(new MemoryStream([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]));
        Assert.Equal("legacy-format", Assert.Single(legacy.Errors).Code);

        var empty = ReportDocxReader.Read(new MemoryStream());
        Assert.False(empty.Succeeded);
    }

    [Fact]
    public void Read_ZipBomb_IsRefusedBeforeParsing()
    {
        // 60 MB of zeros compress to about 60 KB: over the 50 MB total and over the 100:1 ratio.
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 60; i++)
            {
                part.Write(zeros);
            }
        }

        stream.Position = 0;
        var result = ReportDocxReader.Read(stream);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors[0].Code, new[] { "too-large-uncompressed", "suspicious-compression" });

        stream.Position = 0;
        var ratio = ReportDocxReader.Read(stream, new Prongsai.Core.Storage.Archives.ArchiveLimits { MaxExpandedBytes = 500L * 1024 * 1024 });
        Assert.Equal("suspicious-compression", Assert.Single(ratio.Errors).Code);

        stream.Position = 0;
        var xlsx = ReportXlsxReader.Read(stream);
        Assert.False(xlsx.Succeeded);
    }

    [Fact]
    public void Read_ZipThatIsNotAWordDocument_ReturnsError()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("สวัสดี");
        }

        stream.Position = 0;
        var result = ReportDocxReader.Read(stream);

        Assert.False(result.Succeeded);
        Assert.Contains(Assert.Single(result.Errors).Code, new[] { "corrupt-docx", "no-body" });
    }

    [Fact]
    public void Read_DocumentWithoutTheMeasuresTable_SaysWhatIsMissing()
    {
        var report = new MeasuresReportBuilder().Build(); // no measures: header row only
        using var stream = new MemoryStream();
        ReportDocxWriter.Write(report, stream);
        stream.Position = 0;

        var result = ReportDocxReader.Read(stream);

        Assert.Equal("no-measures", Assert.Single(result.Errors).Code);
    }

    private sealed class NonSeekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
