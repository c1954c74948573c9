using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage.Archives;
using Prongsai.Documents.Extraction;
using Microsoft.Extensions.Options;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.Import;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Storage;

/// <summary>
/// .doc and .xls files are accepted as document attachments and as progress evidence (recognised by content, stored
/// with their own type); other compound files are refused with one plain-Thai message that says what to do; the
/// text reader marks them "not searchable" instead of failing.
/// </summary>
public sealed class LegacyOfficeUploadTests
{
    private static readonly byte[] PowerPoint = CompoundFiles.WithRootStreams("PowerPoint Document", "Current User");

    private static async Task<int> CategoryAsync(MeasuresTestHost host) => await host.RunAsync(async sp =>
    {
        var db = sp.GetRequiredService<ProngsaiDbContext>();
        await DefaultCategories.EnsureAsync(db, host.OrganizationId);
        return await db.DocumentCategories.Select(c => c.Id).FirstAsync();
    });

    private static Task<Result<Document>> SaveAsync(MeasuresTestHost host, int category, params (string Name, byte[] Bytes)[] files) =>
        host.UseAsync<SaveDocument, Result<Document>>(s => s.RunAsync(null, new DocumentInput("บันทึกข้อความ", "", "", category, null, 2568),
            files.Select(f => new UploadedFile(f.Name, new MemoryStream(f.Bytes))).ToList(), [], MeasuresTestHost.Admin));

    [Theory, Providers]
    public async Task A_document_takes_doc_and_xls_attachments_and_refuses_other_compound_files_in_plain_thai(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var category = await CategoryAsync(host);

        var saved = await SaveAsync(host, category, ("บันทึก.DOC", CompoundFiles.Doc()), ("งบประมาณ", CompoundFiles.Xls()));
        Assert.True(saved.Succeeded, saved.Errors.FirstOrDefault()?.Message);
        var attachments = await host.QueryAsync(db => db.Attachments.OrderBy(a => a.SortOrder).ToListAsync());
        Assert.Equal([("บันทึก.DOC", "doc", "application/msword"), ("งบประมาณ.xls", "xls", "application/vnd.ms-excel")],
            attachments.Select(a => (a.FileName, a.Kind, a.ContentType)));

        var refused = await SaveAsync(host, category, ("slides.doc", PowerPoint));
        var message = Assert.Single(refused.Errors).Message;
        Assert.StartsWith("ไฟล์ \"slides.doc\" ไม่ใช่ PDF, Word, Excel หรือรูปภาพ (PNG, JPEG, GIF, WEBP)", message, StringComparison.Ordinal);
        Assert.Contains("บันทึกเป็น PDF", message, StringComparison.Ordinal);
        Assert.Equal(1, await host.QueryAsync(db => db.Documents.CountAsync()));

        // Search reads no text out of them, and says so rather than failing.
        var extractor = new AttachmentTextExtractor(Options.Create(new ArchiveLimits()), Options.Create(new TextExtractionLimits()));
        var extracted = await extractor.ExtractAsync(new MemoryStream(CompoundFiles.Doc()), "doc", CancellationToken.None);
        Assert.Equal(TextState.NotSearchable, extracted.State);
        Assert.Contains(".doc", extracted.Note, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Progress_evidence_takes_an_xls_and_refuses_an_installer_in_plain_thai(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var imported = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
            i.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567)));
        Assert.True(imported.Succeeded);
        var stepId = await host.QueryAsync(db => db.MeasureSteps.OrderBy(s => s.Id).Select(s => s.Id).FirstAsync());

        var good = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p => p.AddAsync(MeasuresTestHost.Admin, stepId,
            new ProgressEntryInput(new DateOnly(2024, 1, 10), "สรุปค่าใช้จ่าย", new EvidenceFile(new MemoryStream(CompoundFiles.Xls()), "สรุป.xls"))));
        Assert.True(good.Succeeded, good.Errors.FirstOrDefault()?.Message);
        var evidence = await host.QueryAsync(db => db.Evidence.SingleAsync());
        Assert.Equal(("สรุป.xls", "application/vnd.ms-excel"), (evidence.FileName, evidence.ContentType));

        var installer = CompoundFiles.WithRootStreams("\u4840\u3f3f\u4577\u446c", "\u0005SummaryInformation");
        var refused = await host.UseAsync<RecordProgress, Result<ProgressEntry>>(p => p.AddAsync(MeasuresTestHost.Admin, stepId,
            new ProgressEntryInput(new DateOnly(2024, 1, 10), "แนบผิดไฟล์", new EvidenceFile(new MemoryStream(installer), "setup.xls"))));
        var error = Assert.Single(refused.Errors);
        Assert.Equal("File", error.Field);
        Assert.StartsWith("ไฟล์ \"setup.xls\" ไม่ใช่ PDF, Word, Excel หรือรูปภาพ (PNG, JPEG)", error.Message, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_measures_import_asks_for_docx_or_xlsx_instead_of_a_legacy_file(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        foreach (var legacy in new[] { CompoundFiles.Doc(), CompoundFiles.Xls() })
        {
            var result = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
                i.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(legacy), 2567)));
            var message = Assert.Single(result.Errors).Message;
            Assert.Contains("รุ่นเก่า (.doc / .xls)", message, StringComparison.Ordinal);
            Assert.Contains("Word (.docx) หรือ Excel (.xlsx)", message, StringComparison.Ordinal);
        }

        Assert.Equal(0, await host.QueryAsync(db => db.MeasurePlans.CountAsync()));
    }
}
