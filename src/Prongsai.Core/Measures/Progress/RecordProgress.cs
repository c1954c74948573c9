using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage;
using Prongsai.Core.Storage.Archives;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Measures.Progress;

/// <summary>An uploaded evidence file as the use case sees it: a stream and the name the uploader gave.</summary>
public sealed record EvidenceFile(Stream Content, string FileName, long? Length = null);

public sealed record ProgressEntryInput(
    DateOnly? Date,
    string? Text,
    EvidenceFile? File = null,
    string? Url = null,
    string? EvidenceTitle = null,
    DateOnly? EffectiveDate = null,
    bool MarkStepDone = false,
    int? PublishedDocumentId = null)
{
    /// <summary>Set only by <see cref="CorrectProgress"/>, which checks who may correct what before it records.</summary>
    internal int? CorrectionOfId { get; init; }
}

/// <summary>Prongsai:Evidence settings.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Prongsai:Evidence";

    /// <summary>Largest evidence file (default 20 MB).</summary>
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;
}

/// <summary>
/// Progress on a step: entries with a date, a text and evidence (an uploaded PDF, image, DOCX or
/// XLSX recognised by its bytes, or an http/https link), and marking the step done. Department
/// roles may record progress only on measures of their own departments (or of all departments).
/// </summary>
public sealed class RecordProgress(ProngsaiDbContext db, CurrentOrganization organization, IFileStore files, IOptions<EvidenceOptions> options, TimeProvider clock,
    IOptions<ArchiveLimits> archiveLimits)
{
    public const int MaxText = 4000;

    /// <summary>The file types accepted as evidence.</summary>
    public static IReadOnlyList<DetectedFileType> AllowedTypes { get; } =
        [FileTypeDetector.Pdf, FileTypeDetector.Png, FileTypeDetector.Jpeg, FileTypeDetector.Docx, FileTypeDetector.Xlsx, FileTypeDetector.Doc, FileTypeDetector.Xls];

    /// <summary>How long before its fiscal year a plan's work may be dated: preparing it in the last quarter is work for it.</summary>
    public const int MonthsOfPreparation = 3;

    /// <summary>
    /// A date long before the plan's year is the year typed wrong — 2568 for 2569, the slip Buddhist-era dates invite —
    /// and would put the work in the wrong year's report, so it is refused with the year the plan runs.
    /// </summary>
    public static Error? OutOfPlanYear(DateOnly date, FiscalYear year) =>
        date >= year.Start.AddMonths(-MonthsOfPreparation)
            ? null
            : Error.Invalid(
                $"วันที่ {ThaiDate.FormatLong(date)} อยู่ก่อน{year.ThaiName} ของแผนนี้ (เริ่ม {ThaiDate.FormatLong(year.Start)}) เกิน {MonthsOfPreparation} เดือน กรุณาตรวจสอบปี พ.ศ.",
                "Date");

    public async Task<Result<ProgressEntry>> AddAsync(StaffActor actor, int stepId, ProgressEntryInput input, CancellationToken cancellationToken = default)
    {
        var (step, measure, problem) = await LoadAsync(actor, stepId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new List<Error>();
        var text = input.Text?.Trim() ?? string.Empty;
        if (text.Length == 0)
        {
            errors.Add(Error.Invalid("กรุณาระบุรายละเอียดการดำเนินการ", "Text"));
        }
        else if (text.Length > MaxText)
        {
            errors.Add(Error.Invalid($"รายละเอียดยาวเกิน {MaxText} ตัวอักษร", "Text"));
        }

        var today = BangkokTime.Today(clock);
        var date = input.Date ?? today;
        if (date > today.AddDays(1))
        {
            errors.Add(Error.Invalid("วันที่ดำเนินการต้องไม่อยู่ในอนาคต", "Date"));
        }
        else if (OutOfPlanYear(date, new FiscalYear(measure!.Plan!.FiscalYear)) is { } wrongYear)
        {
            errors.Add(wrongYear);
        }

        Uri? url = null;
        if (!string.IsNullOrWhiteSpace(input.Url))
        {
            if (!Uri.TryCreate(input.Url.Trim(), UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)
                || input.Url.Trim().Length > 2000)
            {
                errors.Add(Error.Invalid("ลิงก์หลักฐานต้องขึ้นต้นด้วย http:// หรือ https://", "Url"));
            }
        }

        // Evidence already published in Prongsai (a circular, a manual, an announcement) is linked, not copied.
        Document? published = null;
        if (input.PublishedDocumentId is { } documentId)
        {
            published = await db.Documents.AsNoTracking()
                .FirstOrDefaultAsync(d => d.Id == documentId && d.Status == DocumentStatus.Published, cancellationToken);
            if (published is null)
            {
                errors.Add(Error.Invalid("ไม่พบเอกสารที่เผยแพร่แล้วตามที่เลือก", "PublishedDocumentId"));
            }
        }

        // A title typed for evidence that never came (the file was not chosen) must not vanish silently.
        if (!string.IsNullOrWhiteSpace(input.EvidenceTitle) && input.File is null && string.IsNullOrWhiteSpace(input.Url)
            && input.PublishedDocumentId is null)
        {
            errors.Add(Error.Invalid("ระบุชื่อหลักฐานแล้วแต่ยังไม่ได้แนบไฟล์ ลิงก์ หรือเอกสารที่เผยแพร่แล้ว กรุณาเลือกไฟล์หรือใส่ลิงก์ หรือลบชื่อหลักฐานออก", "File"));
        }

        byte[]? bytes = null;
        DetectedFileType? type = null;
        if (input.File is { } file)
        {
            bytes = await LimitedRead.ReadAtMostAsync(file.Content, options.Value.MaxBytes, cancellationToken);
            if (bytes is null)
            {
                errors.Add(Error.Invalid(UploadMessages.TooLarge(FileTypeDetector.SafeFileName(file.FileName), options.Value.MaxBytes), "File"));
            }
            else if (bytes.Length == 0)
            {
                errors.Add(Error.Invalid(UploadMessages.Empty(FileTypeDetector.SafeFileName(file.FileName)), "File"));
            }
            else
            {
                using var probe = new MemoryStream(bytes, writable: false);
                type = FileTypeDetector.Detect(probe);
                if (type is null || !AllowedTypes.Contains(type))
                {
                    errors.Add(Error.Invalid(UploadMessages.NotAccepted(FileTypeDetector.SafeFileName(file.FileName), AllowedTypes), "File"));
                }
                else if ((type == FileTypeDetector.Docx || type == FileTypeDetector.Xlsx)
                    && ArchiveGuard.Check(probe, archiveLimits.Value, type.Kind, cancellationToken).Problem is { } bomb)
                {
                    // Evidence is downloaded and opened by staff and citizens: a ZIP bomb is refused here too.
                    errors.Add(Error.Invalid(bomb.Message, "File"));
                }
                else if (ImageGuard.Check(bytes, archiveLimits.Value) is { } huge)
                {
                    errors.Add(Error.Invalid(huge.Message, "File"));
                }
                else if (PhotoMetadata.Strip(bytes) is { } clean)
                {
                    // Evidence photos are published with the report: without where they were taken or by whose phone.
                    bytes = clean;
                }
                else
                {
                    errors.Add(Error.Invalid(UploadMessages.DamagedImage(FileTypeDetector.SafeFileName(file.FileName)), "File"));
                }
            }
        }

        if (errors.Count > 0)
        {
            return Result<ProgressEntry>.Fail(errors);
        }

        var entry = new ProgressEntry
        {
            StepId = step!.Id,
            Date = date,
            AuthorId = actor.UserId,
            AuthorName = actor.UserName,
            Text = MeasureText.Store(text),
            CreatedAt = clock.GetUtcNow(),
            CorrectionOfId = input.CorrectionOfId,
        };

        var effective = input.EffectiveDate ?? date;
        if (bytes is not null && type is not null)
        {
            var fileName = FileTypeDetector.SafeFileName(input.File!.FileName, type);
            using var content = new MemoryStream(bytes, writable: false);
            var key = await files.SaveAsync("measures/evidence", fileName, content, cancellationToken);
            entry.Evidence.Add(new Evidence
            {
                Kind = EvidenceKind.File,
                Title = Title(input.EvidenceTitle, fileName),
                FileKey = key,
                FileName = fileName,
                ContentType = type.ContentType,
                Size = bytes.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                EffectiveDate = effective,
            });
        }

        if (url is not null)
        {
            entry.Evidence.Add(new Evidence
            {
                Kind = EvidenceKind.Url,
                Title = Title(input.EvidenceTitle, url.Host),
                Url = url.AbsoluteUri,
                EffectiveDate = effective,
            });
        }

        if (published is not null)
        {
            entry.Evidence.Add(new Evidence
            {
                Kind = EvidenceKind.Published,
                Title = Title(input.EvidenceTitle, published.Title),
                Url = DocumentIndexer.Url(organization.Slug ?? "", published.Id),
                EffectiveDate = effective,
            });
        }

        step.Progress.Add(entry);
        if (input.MarkStepDone && !step.IsDone)
        {
            step.IsDone = true;
            step.DoneOn = date;
        }

        measure!.Plan!.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result<ProgressEntry>.Ok(entry);
    }

    public async Task<Result<MeasureStep>> SetDoneAsync(StaffActor actor, int stepId, bool done, DateOnly? on = null, CancellationToken cancellationToken = default)
    {
        var (step, measure, problem) = await LoadAsync(actor, stepId, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        step!.IsDone = done;
        step.DoneOn = done ? on ?? BangkokTime.Today(clock) : null;
        measure!.Plan!.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result<MeasureStep>.Ok(step);
    }

    /// <summary>An evidence file for staff to download, with its stored name and type.</summary>
    public async Task<(Evidence Evidence, Stream Content)?> OpenEvidenceAsync(int evidenceId, CancellationToken cancellationToken = default)
    {
        var evidence = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId, cancellationToken);
        if (evidence?.FileKey is null)
        {
            return null;
        }

        var stream = await files.OpenReadAsync(evidence.FileKey, cancellationToken);
        return stream is null ? null : (evidence, stream);
    }

    private async Task<(MeasureStep? Step, Measure? Measure, Error? Problem)> LoadAsync(StaffActor actor, int stepId, CancellationToken cancellationToken)
    {
        var step = await db.MeasureSteps.Include(s => s.Progress).FirstOrDefaultAsync(s => s.Id == stepId, cancellationToken);
        if (step is null)
        {
            return (null, null, Error.NotFound("ไม่พบขั้นตอนนี้"));
        }

        var measure = await db.Measures.Include(m => m.Departments).Include(m => m.Plan)
            .FirstAsync(m => m.Id == step.MeasureId, cancellationToken);
        return actor.CanEdit(measure)
            ? (step, measure, null)
            : (null, null, Error.Forbidden("คุณบันทึกความก้าวหน้าได้เฉพาะมาตรการที่ส่วนราชการของคุณรับผิดชอบ"));
    }

    private static string Title(string? given, string fallback)
    {
        var title = MeasureText.Plain(given);
        title = title.Length == 0 ? fallback : title;
        return title.Length > 500 ? title[..500] : title;
    }
}
