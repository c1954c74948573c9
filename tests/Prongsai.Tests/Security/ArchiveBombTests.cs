using Microsoft.Extensions.Options;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage.Archives;
using Prongsai.Documents.Extraction;
using Prongsai.Documents.Measures;

namespace Prongsai.Tests.Security;

/// <summary>
/// A ZIP bomb (60 MB of zeros in about 60 KB) in every place that opens an uploaded package: the archive
/// guard itself, the text extractor of the background job, the measures import readers. Each refuses it
/// after expanding no more than the limit (100 × its compressed size), within the memory budget. The upload forms are walked by
/// HostileInputTests.Every_upload_path_refuses_hostile_files_within_the_memory_budget.
/// </summary>
[Collection(AllocationMeasuringCollection.Name)]
public sealed class ArchiveBombTests
{
    [Fact]
    public void The_guard_drops_a_bomb_once_it_expands_past_the_ratio_long_before_the_size_limit()
    {
        _ = ZipBombs.Docx; // built before measuring
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var check = ArchiveGuard.Check(new MemoryStream(ZipBombs.Docx, writable: false), new ArchiveLimits(), "docx");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal("suspicious-compression", check.Problem?.Code);
        // 100 × the part's ~60 KB on disk: about 6 MB of the 60, far under the 100 MB limit.
        Assert.InRange(check.ExpandedBytesRead, 1, 8L * 1024 * 1024);
        Assert.True(allocated < Allocations.Budget, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void With_the_ratio_check_lifted_the_expanded_size_limit_still_stops_it()
    {
        var limits = new ArchiveLimits { MaxCompressionRatio = int.MaxValue, MaxExpandedBytes = 10L * 1024 * 1024 };
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var check = ArchiveGuard.Check(new MemoryStream(ZipBombs.Xlsx, writable: false), limits, "xlsx");
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal("too-large-uncompressed", check.Problem?.Code);
        Assert.InRange(check.ExpandedBytesRead, limits.MaxExpandedBytes, limits.MaxExpandedBytes + 81920);
        Assert.True(allocated < Allocations.Budget, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void Packages_nested_deeper_than_the_limit_are_refused_and_an_embedded_one_is_not()
    {
        var limits = new ArchiveLimits();
        Assert.True(ArchiveGuard.Check(new MemoryStream(ZipBombs.Nested(1)), limits, "docx").Passed);
        Assert.Equal("nested-too-deep", ArchiveGuard.Check(new MemoryStream(ZipBombs.Nested(limits.MaxNestingDepth + 1)), limits, "docx").Problem?.Code);
    }

    [Fact]
    public async Task The_attachment_text_extractor_refuses_a_docx_and_an_xlsx_bomb_within_the_memory_budget()
    {
        var extractor = new AttachmentTextExtractor(Options.Create(new ArchiveLimits()), Options.Create(new TextExtractionLimits()));
        foreach (var (kind, bytes) in new[] { ("docx", ZipBombs.Docx), ("xlsx", ZipBombs.Xlsx) })
        {
            var (text, allocated) = await Allocations.MeasureAsync(() =>
                extractor.ExtractAsync(new MemoryStream(bytes, writable: false), kind, CancellationToken.None));
            Assert.Equal(TextState.Failed, text.State);
            Assert.Contains("suspicious-compression", text.Note, StringComparison.Ordinal);
            Assert.True(allocated < Allocations.Budget, $"{kind}: allocated {allocated:N0} bytes");
        }
    }

    [Fact]
    public async Task The_text_extractor_keeps_to_its_character_budget_on_a_legitimate_but_long_document()
    {
        var paragraphs = Enumerable.Range(0, 5000).Select(i => $"ย่อหน้าที่ {i} ประกาศองค์การบริหารส่วนตำบล").ToArray();
        var docx = Publishing.PublishingFixture.Docx(paragraphs);
        var extractor = new AttachmentTextExtractor(Options.Create(new ArchiveLimits()), Options.Create(new TextExtractionLimits { MaxChars = 10_000 }));
        var text = await extractor.ExtractAsync(new MemoryStream(docx), "docx", CancellationToken.None);
        Assert.Equal(TextState.Done, text.State);
        Assert.InRange(text.Text!.Length, 1000, 10_000);
        Assert.StartsWith("ย่อหน้าที่ 0 ประกาศองค์การบริหารส่วนตำบล", text.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_image_declaring_more_pixels_than_the_limit_is_refused_from_its_header()
    {
        var limits = new ArchiveLimits();
        Assert.Equal("too-many-pixels", ImageGuard.Check(ZipBombs.Png(100_000, 100_000), limits)?.Code);
        Assert.Null(ImageGuard.Check(ZipBombs.Png(4000, 3000), limits));
        // GIF: 65535 × 65535 in its logical screen descriptor.
        Assert.Equal("too-many-pixels", ImageGuard.Check([.. "GIF89a"u8.ToArray(), 0xFF, 0xFF, 0xFF, 0xFF, 0, 0, 0], limits)?.Code);
        // JPEG: SOI, an APP0 segment, then SOF0 with height 60000 and width 60000.
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 4, 0, 0, 0xFF, 0xC0, 0, 11, 8, 0xEA, 0x60, 0xEA, 0x60, 1, 1, 0x11, 0, 0, 0];
        Assert.Equal("too-many-pixels", ImageGuard.Check(jpeg, limits)?.Code);
    }

    [Fact]
    public void The_measures_import_readers_refuse_both_bombs_within_the_memory_budget()
    {
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var docx = ReportDocxReader.Read(new MemoryStream(ZipBombs.Docx, writable: false));
        var xlsx = ReportXlsxReader.Read(new MemoryStream(ZipBombs.Xlsx, writable: false));
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal("suspicious-compression", Assert.Single(docx.Errors).Code);
        Assert.Equal("suspicious-compression", Assert.Single(xlsx.Errors).Code);
        Assert.True(allocated < Allocations.Budget, $"allocated {allocated:N0} bytes");
    }
}
