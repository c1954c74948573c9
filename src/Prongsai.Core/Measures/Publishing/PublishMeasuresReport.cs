using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Ledger;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Organizations;
using Prongsai.Core.Storage;
using Prongsai.Core.Measures;

namespace Prongsai.Core.Measures.Publishing;

/// <summary>
/// Publication: someone asks an Executive to approve the draft; the Executive approves and
/// publishes it as the next frozen version — the JSON snapshot, a DOCX and a PDF rendered once and
/// stored — with an audit entry and a publication-ledger entry (which also tells every node's public
/// cache), all in one transaction. A PDF that cannot be made is
/// recorded as a problem on the version (shown to staff), not an exception.
/// </summary>
public sealed class PublishMeasuresReport(
    ProngsaiDbContext db,
    BuildMeasuresReport builder,
    IReportDocuments documents,
    IFileStore files,
    PublicationLedger ledger,
    AskForApproval approvals,
    TimeProvider clock)
{
    public async Task<Result<MeasurePlan>> RequestApprovalAsync(StaffActor actor, int fiscalYear, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(MeasurePermissions.RequestPublication))
        {
            return Error.Forbidden("คุณไม่มีสิทธิ์ขออนุมัติเผยแพร่รายงาน");
        }

        var plan = await db.MeasurePlans.FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound("ไม่พบแผนมาตรการของปีงบประมาณนี้");
        }

        if (!await db.Measures.AnyAsync(m => m.PlanId == plan.Id, cancellationToken))
        {
            return Error.Invalid("แผนยังไม่มีมาตรการ จึงยังขออนุมัติเผยแพร่ไม่ได้");
        }

        plan.ApprovalRequestedAt = clock.GetUtcNow();
        plan.ApprovalRequestedBy = actor.UserName.Length > 256 ? actor.UserName[..256] : actor.UserName;
        await approvals.TellApproversAsync(actor, fiscalYear, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Result<MeasurePlan>.Ok(plan);
    }

    /// <param name="publishedAt">When the version counts as published; now unless given (e.g. a historical report).</param>
    public async Task<Result<MeasureReportVersion>> ApproveAndPublishAsync(
        StaffActor actor, int fiscalYear, DateTimeOffset? publishedAt = null, CancellationToken cancellationToken = default)
    {
        if (!actor.Has(MeasurePermissions.ApproveAndPublish))
        {
            return Error.Forbidden("การอนุมัติและเผยแพร่รายงานทำได้เฉพาะผู้บริหาร");
        }

        var plan = await db.MeasurePlans.FirstOrDefaultAsync(p => p.FiscalYear == fiscalYear, cancellationToken);
        if (plan is null)
        {
            return Error.NotFound("ไม่พบแผนมาตรการของปีงบประมาณนี้");
        }

        var draft = await builder.DraftAsync(fiscalYear, cancellationToken);
        if (draft is null || draft.Measures.Count == 0)
        {
            return Error.Invalid("แผนยังไม่มีมาตรการ จึงยังเผยแพร่ไม่ได้");
        }

        var at = (publishedAt ?? clock.GetUtcNow()).ToUniversalTime();
        var report = draft with { PublishedAt = at };
        var json = MeasuresReportJson.Serialize(report);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var baseName = string.Create(CultureInfo.InvariantCulture, $"measures-{report.Organization}-{fiscalYear}-v{report.Version}");

        string docxKey;
        string docxSha;
        using (var docx = new MemoryStream())
        {
            documents.WriteDocx(report, docx);
            docxSha = Convert.ToHexStringLower(SHA256.HashData(docx.GetBuffer().AsSpan(0, (int)docx.Length)));
            docx.Position = 0;
            docxKey = await files.SaveAsync("measures/reports", baseName + ".docx", docx, cancellationToken);
        }

        string? pdfKey = null;
        string? pdfSha = null;
        var pdf = await documents.RenderPdfAsync(report, cancellationToken);
        if (pdf.Succeeded)
        {
            pdfSha = Convert.ToHexStringLower(SHA256.HashData(pdf.Pdf!));
            using var pdfStream = new MemoryStream(pdf.Pdf!, writable: false);
            pdfKey = await files.SaveAsync("measures/reports", baseName + ".pdf", pdfStream, cancellationToken);
        }

        var version = new MeasureReportVersion
        {
            PlanId = plan.Id,
            FiscalYear = fiscalYear,
            Version = report.Version,
            PublishedAt = at,
            PublishedBy = actor.UserName.Length > 256 ? actor.UserName[..256] : actor.UserName,
            SnapshotJson = json,
            SnapshotSha256 = sha,
            DocxFileKey = docxKey,
            PdfFileKey = pdfKey,
            PdfProblem = pdf.Succeeded ? null : pdf.Problem ?? "PDF could not be made",
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.MeasureReportVersions.Add(version);
        plan.ApprovalRequestedAt = null;
        plan.ApprovalRequestedBy = null;
        await db.SaveChangesAsync(cancellationToken);

        db.AuditEntries.Add(new AuditEntry
        {
            OrganizationId = plan.OrganizationId,
            At = clock.GetUtcNow(),
            UserId = actor.UserId,
            UserName = actor.AuditName,
            Entity = nameof(MeasureReportVersion),
            EntityId = version.Id.ToString(CultureInfo.InvariantCulture),
            Action = AuditActions.Publish,
            Changes = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["FiscalYear"] = fiscalYear,
                ["Version"] = version.Version,
                ["PublishedAt"] = at.ToString("O", CultureInfo.InvariantCulture),
                ["SnapshotSha256"] = sha,
                ["Pdf"] = pdfKey is null ? version.PdfProblem : "stored",
            }, AuditJson.Options),
        });
        await db.SaveChangesAsync(cancellationToken);

        var ledgerFiles = new List<LedgerFileHash> { new("docx", docxSha, baseName + ".docx") };
        if (pdfSha is not null)
        {
            ledgerFiles.Add(new LedgerFileHash("pdf", pdfSha, baseName + ".pdf"));
        }

        await ledger.AppendAsync(plan.OrganizationId, LedgerItemTypes.MeasuresReport, version.Id.ToString(CultureInfo.InvariantCulture),
            LedgerActions.Publish, sha, ledgerFiles, PlainTitle(report), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<MeasureReportVersion>.Ok(version);
    }

    private static string PlainTitle(MeasuresReport report) =>
        report.Title.Length > 0 ? report.Title : string.Create(CultureInfo.InvariantCulture, $"มาตรการ ปีงบประมาณ {report.FiscalYear}");
}
