using System.Diagnostics;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Auditing;
using Prongsai.Core.Caching;
using Prongsai.Core.Common;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Measures.Reports;
using Prongsai.Tests.Measures.Import;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Measures.UseCases;

/// <summary>Publication freezes versions: DOCX and PDF rendered once, audit entry, cache bump; later edits only change the draft.</summary>
public sealed class PublishTests
{
    [Theory, Providers]
    public async Task Only_an_executive_publishes_and_department_staff_cannot_request(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await ImportSeedAsync(host);
        var admin = new StaffActor("a", "ผู้ดูแล", null, new HashSet<Prongsai.Core.Organizations.OrgRole> { Prongsai.Core.Organizations.OrgRole.OrgAdmin }, new HashSet<int>());

        var byAdmin = await host.UseAsync<PublishMeasuresReport, Result<MeasureReportVersion>>(p => p.ApproveAndPublishAsync(admin, 2567));
        var request = await host.UseAsync<PublishMeasuresReport, Result<MeasurePlan>>(p => p.RequestApprovalAsync(MeasuresTestHost.DepartmentStaff(1), 2567));
        var requested = await host.UseAsync<PublishMeasuresReport, Result<MeasurePlan>>(p => p.RequestApprovalAsync(admin, 2567));

        Assert.Equal("forbidden", byAdmin.Errors.Single().Code);
        Assert.Equal("forbidden", request.Errors.Single().Code);
        Assert.True(requested.Succeeded);
        Assert.NotNull(requested.Value!.ApprovalRequestedAt);
        Assert.Equal(0, await host.QueryAsync(db => db.MeasureReportVersions.CountAsync()));
    }

    [Theory, Providers]
    public async Task Publish_v1_then_edit_and_publish_v2_keeps_v1_unchanged_and_documents_hold_the_thai_text(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await ImportSeedAsync(host);

        var v1 = await PublishAsync(host);

        Assert.Equal(1, v1.Version);
        Assert.NotNull(v1.DocxFileKey);
        Assert.True(v1.PdfFileKey is not null, v1.PdfProblem);
        Assert.Null(await host.QueryAsync(db => db.MeasurePlans.Select(p => p.ApprovalRequestedAt).FirstAsync()));
        Assert.Equal(1, await host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditActions.Publish && a.Entity == nameof(MeasureReportVersion))));
        Assert.Equal(1, await host.UseAsync<ContentVersion, long>(c => c.CurrentAsync(host.OrganizationId)));

        var firstMeasure = await host.QueryAsync(db => db.Measures.Include(m => m.Steps).Include(m => m.Departments).OrderBy(m => m.SortOrder).FirstAsync());
        var edit = await host.UseAsync<EditMeasures, Result<Measure>>(e => e.UpdateMeasureAsync(MeasuresTestHost.Admin, firstMeasure.Id,
            new MeasureInput("1", "มาตรการฉบับแก้ไขครั้งที่สอง", firstMeasure.Steps.Select(s => new StepInput(s.Id, MeasureText.ForEditing(s.Text))).ToList(),
                ["ผลใหม่"], "ผลลัพธ์ใหม่", "ตุลาคม 2566- มีนาคม 2567", true, [], null, [])));
        Assert.True(edit.Succeeded);

        var v2 = await PublishAsync(host);

        Assert.Equal(2, v2.Version);
        var versions = host.Scope().ServiceProvider.GetRequiredService<MeasureReportVersions>();
        var old = (await versions.GetAsync(2567, 1))!;
        var latest = (await versions.GetAsync(2567, null))!;
        Assert.Equal(v1.SnapshotJson, old.SnapshotJson);
        Assert.Equal("จัดทำคู่มือหรือมาตรฐานการปฏิบัติงาน/มาตรฐานการให้บริการ", MeasureReportVersions.Snapshot(old.SnapshotJson)!.Measures[0].Title);
        Assert.Equal("มาตรการฉบับแก้ไขครั้งที่สอง", MeasureReportVersions.Snapshot(latest.SnapshotJson)!.Measures[0].Title);
        Assert.Equal(2, latest.Version);

        // The stored DOCX of version 1 has every Thai text of version 1, and Word numbering for lists.
        var report = MeasureReportVersions.Snapshot(old.SnapshotJson)!;
        await using (var docx = (await versions.OpenDocxAsync(old))!)
        {
            using var buffer = new MemoryStream();
            await docx.CopyToAsync(buffer);
            buffer.Position = 0;
            using var document = WordprocessingDocument.Open(buffer, false);
            var text = Squash(document.MainDocumentPart!.Document!.Body!.InnerText);
            Assert.NotNull(document.MainDocumentPart.NumberingDefinitionsPart);
            foreach (var expected in ThaiTexts(report))
            {
                Assert.Contains(Squash(expected), text, StringComparison.Ordinal);
            }
        }

        // And so has its PDF, read back with pdftotext (poppler), which keeps Thai intact.
        await using (var pdf = (await versions.OpenPdfAsync(old))!)
        {
            var path = Path.Combine(host.DataDirectory, "v1.pdf");
            await using (var file = File.Create(path))
            {
                await pdf.CopyToAsync(file);
            }

            // Text above the table comes out whole; table cells wrap and neighbouring columns interleave in
            // pdftotext, so only one-line cells are checked here (the PDF writer's own tests read column by column).
            var text = Squash(PdfToText(path));
            foreach (var expected in new[] { report.Title, report.Introduction, "ทุกส่วนราชการ", "สำนักปลัด", "กองคลัง", "มาตรการ/แนวทาง" })
            {
                Assert.Contains(Squash(expected), text, StringComparison.Ordinal);
            }

            Assert.DoesNotContain("ฉบับแก้ไขครั้งที่สอง", text, StringComparison.Ordinal);
        }
    }

    [Theory, Providers]
    public async Task A_missing_pdf_converter_is_recorded_on_the_version_not_thrown(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, settings: new() { ["Prongsai:Chromium:ChromiumPath"] = "/nonexistent/chromium" });
        await ImportSeedAsync(host);

        var version = await PublishAsync(host);

        Assert.Null(version.PdfFileKey);
        Assert.Contains("chromium", version.PdfProblem, StringComparison.Ordinal);
        Assert.NotNull(version.DocxFileKey);
    }

    private static IEnumerable<string> ThaiTexts(MeasuresReport report) =>
        new[] { report.Title }
            .Concat(report.Introduction.Split("\n\n"))
            .Concat(report.Measures.SelectMany(m => new[] { m.Title, m.Outcome, m.Period.Text }.Concat(m.Steps).Concat(m.Results).Concat(m.Responsible)));

    private static string Collapse(string text) => Prongsai.Core.Text.PlainText.CollapseWhitespace(text);

    private static string Squash(string text) => new(text.Where(c => !char.IsWhiteSpace(c)).ToArray());

    private static string PdfToText(string path)
    {
        var start = new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true, StandardOutputEncoding = Encoding.UTF8 };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }

    [Theory, Providers]
    public async Task Every_published_version_is_in_the_ledger_and_a_changed_stored_file_is_named(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        await ImportSeedAsync(host);
        var v1 = await PublishAsync(host);

        var entry = await host.QueryAsync(db => db.LedgerEntries.Include(e => e.Files).SingleAsync());
        Assert.Equal(Prongsai.Core.Ledger.LedgerItemTypes.MeasuresReport, entry.ItemType);
        Assert.Equal(v1.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), entry.ItemId);
        Assert.Equal(v1.SnapshotSha256, entry.ContentSha256);
        Assert.Equal(["docx", "pdf"], entry.Files.Select(f => f.Name).Order().ToArray());
        var clean = await host.UseAsync<Prongsai.Core.Ledger.LedgerVerifier, Prongsai.Core.Ledger.LedgerReport>(v => v.VerifyAsync(host.OrganizationId));
        Assert.True(clean.Ok, string.Join("; ", clean.Problems.Select(p => p.ToString())));

        // One byte of the stored DOCX changes: the ledger names the entry.
        var path = Path.Combine(host.DataDirectory, "files", v1.DocxFileKey!.Replace('/', Path.DirectorySeparatorChar));
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[^10] ^= 0xFF;
        await File.WriteAllBytesAsync(path, bytes);
        var tampered = await host.UseAsync<Prongsai.Core.Ledger.LedgerVerifier, Prongsai.Core.Ledger.LedgerReport>(v => v.VerifyAsync(host.OrganizationId));
        Assert.False(tampered.Ok);
        Assert.Equal(entry.Sequence, tampered.FirstBad!.Sequence);
    }

    private static async Task ImportSeedAsync(MeasuresTestHost host)
    {
        var result = await host.UseAsync<ImportReport, Result<ImportReportOutcome>>(i =>
            i.RunAsync(new ImportReportRequest(MeasuresTestHost.Admin, new MemoryStream(SeedFixture.Bytes()), 2567)));
        Assert.True(result.Succeeded);
    }

    private static async Task<MeasureReportVersion> PublishAsync(MeasuresTestHost host)
    {
        var result = await host.UseAsync<PublishMeasuresReport, Result<MeasureReportVersion>>(p => p.ApproveAndPublishAsync(MeasuresTestHost.Executive, 2567));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
        return result.Value!;
    }
}
