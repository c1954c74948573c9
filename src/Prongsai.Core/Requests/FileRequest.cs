using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar.Holidays;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Storage;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Text;

namespace Prongsai.Core.Requests;

/// <summary>What a citizen fills in. <see cref="Anonymous"/> drops name and contact whatever was typed.</summary>
public sealed record FileRequestInput(
    RequestKind Kind, string? Subject, string? Details, bool Anonymous, string? Name, string? Contact,
    bool AcceptsPrivacyNotice, bool ConsentToPublish);

/// <summary>The receipt: the tracking code exists only here (and on the printed receipt), never in the database.</summary>
public sealed record FiledRequest(int Id, string TrackingCode, string TypeName, DateTimeOffset ReceivedAt, DateOnly DueOn, bool Anonymous)
{
    /// <summary>The type's name on English pages.</summary>
    public string TypeNameEnglish { get; init; } = "";
}

/// <summary>
/// A citizen files a question or a complaint (public, no account). Everything is checked first (Thai messages per
/// field, sizes, file types by content), photos lose their metadata, then files and rows are stored together: if the
/// database refuses, the stored files are removed again, so nothing is half-stored. An anonymous request keeps no
/// name, contact or file name, and its sender gets no mail.
/// </summary>
public sealed class FileRequest(
    ProngsaiDbContext db, CurrentOrganization organization, RequestTypes types, WorkingDayCalendar calendar, StagedUploads uploads,
    IFileStore store, RequestNotifier notifier, IPdfMetadataCleaner pdfCleaner, TimeProvider clock)
{
    private static readonly HashSet<string> AllowedKinds = new(StringComparer.Ordinal) { "jpeg", "png", "pdf" };

    public async Task<Result<FiledRequest>> RunAsync(FileRequestInput input, IReadOnlyList<UploadedFile> files, CancellationToken cancellationToken = default)
    {
        if (organization.OrganizationId is not { } organizationId)
        {
            return Error.NotFound();
        }

        var errors = Validate(input, files);
        if (errors.Count > 0)
        {
            return Result<FiledRequest>.Fail(errors);
        }

        var checkedFiles = await uploads.CheckAsync(files, AllowedKinds, cancellationToken);
        if (!checkedFiles.Succeeded)
        {
            return Result<FiledRequest>.Fail(checkedFiles.Errors.Select(e => Error.Invalid(e.Message, "Files")).ToArray());
        }

        var staged = checkedFiles.Value!;
        var storedKeys = new List<string>();
        try
        {
            if (await OverTodaysAttachmentsAsync(staged, cancellationToken) is { } full)
            {
                return full;
            }

            var attachments = await StoreAsync(staged, storedKeys, cancellationToken);
            if (!attachments.Succeeded)
            {
                await uploads.DiscardKeysAsync(storedKeys);
                return Result<FiledRequest>.Fail(attachments.Errors);
            }

            var type = await types.EnsureAsync(organizationId, input.Kind, cancellationToken);
            var now = clock.GetUtcNow();
            var today = BangkokTime.DateOf(now);
            var holidays = await calendar.HolidaysAsync(today, today.AddDays(type.DeadlineWorkingDays * 6 + 120), cancellationToken);
            var code = TrackingCodes.New();
            var anonymous = input.Anonymous;
            var request = new TrackedRequest
            {
                OrganizationId = organizationId,
                Type = type,
                TrackingCodeHash = TrackingCodes.Hash(code),
                Subject = input.Subject!.Trim(),
                Details = input.Details!.Trim(),
                ReceivedAt = now,
                DueOn = WorkingDays.Add(today, type.DeadlineWorkingDays, holidays),
                VeryLateOn = WorkingDays.Add(today, type.DeadlineWorkingDays * 2, holidays),
                DepartmentId = type.HandlingDepartmentId,
                IsAnonymous = anonymous,
                RequesterName = anonymous ? null : input.Name!.Trim(),
                RequesterContact = anonymous ? null : input.Contact!.Trim(),
                ConsentToPublish = type.PublishesAnswers && input.ConsentToPublish,
            };
            request.Steps.Add(new RequestStep { OrganizationId = organizationId, At = now, Status = RequestStatus.Received, ActorName = RequestStep.SystemActor });
            request.Attachments.AddRange(attachments.Value!);
            db.Add(request);
            await db.SaveChangesAsync(cancellationToken);

            // Staff are told in a second save of the same unit: the text needs the request's number.
            var subject = PlainText.Shorten(request.Subject, 81);
            await notifier.NotifyStaffAsync(type, request, new NotificationText(
                $"เรื่องใหม่ ({type.Name}) {RequestNotifier.Number(request)}: {subject}",
                $"New request ({type.NameEnglish}) {RequestNotifier.Number(request)}: {subject}"), now, cancellationToken);
            var organizationName = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.Name).FirstAsync(cancellationToken);
            // Nothing the sender typed goes into this mail: the address is not verified, and a stranger's words must
            // not reach someone else's inbox from the office's server (the staff's later answers may quote them).
            await notifier.MailCitizenAsync(request, organizationName, "ได้รับเรื่องของท่านแล้ว", trackingPage =>
                $"{organizationName} ได้รับเรื่องประเภท{type.Name} เลขที่ {RequestNotifier.Number(request)} " +
                $"เมื่อ{ThaiDate.FormatLong(BangkokTime.DateOf(now))}แล้ว\n" +
                $"ติดตามสถานะได้ที่{trackingPage} ด้วยรหัสติดตามบนใบรับเรื่อง\n" +
                "หากท่านไม่ได้ยื่นเรื่องนี้ โปรดละเว้นอีเมลฉบับนี้", now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new FiledRequest(request.Id, TrackingCodes.Format(code), type.Name, now, request.DueOn, anonymous) { TypeNameEnglish = type.NameEnglish };
        }
        catch
        {
            await uploads.DiscardKeysAsync(storedKeys);
            throw;
        }
        finally
        {
            foreach (var file in staged)
            {
                await file.DisposeAsync();
            }
        }
    }


    private static List<Error> Validate(FileRequestInput input, IReadOnlyList<UploadedFile> files)
    {
        var errors = new List<Error>();
        if (!Enum.IsDefined(input.Kind))
        {
            errors.Add(Error.Invalid("กรุณาเลือกประเภทเรื่อง", nameof(input.Kind)));
        }

        Required(errors, input.Subject, RequestLimits.Subject, nameof(input.Subject), "หัวข้อเรื่อง");
        Required(errors, input.Details, RequestLimits.Details, nameof(input.Details), "รายละเอียด");
        if (!input.Anonymous)
        {
            Required(errors, input.Name, RequestLimits.Name, nameof(input.Name), "ชื่อ-นามสกุล");
            Required(errors, input.Contact, RequestLimits.Contact, nameof(input.Contact), "เบอร์โทรศัพท์หรืออีเมลสำหรับติดต่อกลับ");
            if (!string.IsNullOrWhiteSpace(input.Contact) && TypedNumbers.ContactProblem(input.Contact) is { } problem)
            {
                errors.Add(Error.Invalid(problem, nameof(input.Contact)));
            }
        }

        if (!input.AcceptsPrivacyNotice)
        {
            errors.Add(Error.Invalid("กรุณาอ่านและยอมรับประกาศความเป็นส่วนตัวก่อนส่งเรื่อง", nameof(input.AcceptsPrivacyNotice)));
        }

        if (files.Count > RequestLimits.MaxFiles)
        {
            errors.Add(Error.Invalid($"แนบไฟล์ได้ไม่เกิน {RequestLimits.MaxFiles} ไฟล์", "Files"));
        }

        return errors;
    }

    private static void Required(List<Error> errors, string? value, int max, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(Error.Invalid($"กรุณากรอก{label}", field));
        }
        else if (value.Trim().Length > max)
        {
            errors.Add(Error.Invalid($"{label}ยาวเกิน {max:N0} ตัวอักษร", field));
        }
    }

    /// <summary>
    /// The office's files of one day are bounded (<see cref="RequestLimits.AttachmentBytesPerDay"/>): the forms take files
    /// from anyone, and without it one address could store some 150 MB a minute, kept for good, within the forms' rate
    /// limit. Past it, a request is still filed without files, and the message says how to send them.
    /// </summary>
    private async Task<Error?> OverTodaysAttachmentsAsync(List<StagedFile> staged, CancellationToken cancellationToken)
    {
        var adding = staged.Sum(f => f.Size);
        if (adding == 0)
        {
            return null;
        }

        var since = BangkokTime.StartOf(BangkokTime.DateOf(clock.GetUtcNow()));
        var stored = await db.Set<TrackedRequest>().Where(r => r.ReceivedAt >= since).SelectMany(r => r.Attachments)
            .SumAsync(a => (long?)a.Size, cancellationToken) ?? 0;
        return stored + adding > RequestLimits.AttachmentBytesPerDay
            ? Error.Invalid("วันนี้หน่วยงานรับไฟล์แนบครบตามที่ระบบกำหนดแล้ว กรุณายื่นเรื่องโดยไม่แนบไฟล์ แล้วส่งไฟล์ทางอีเมลหรือที่สำนักงาน หรือแนบใหม่ในวันพรุ่งนี้", "Files")
            : null;
    }

    /// <summary>Stores each checked file (photos already without their metadata) under a neutral name: the uploader's name of the file is not kept.</summary>
    private async Task<Result<List<RequestAttachment>>> StoreAsync(List<StagedFile> staged, List<string> storedKeys, CancellationToken cancellationToken)
    {
        var attachments = new List<RequestAttachment>();
        var number = 0;
        foreach (var file in staged)
        {
            number++;
            if (file.Size > RequestLimits.MaxFileBytes)
            {
                return Error.Invalid($"ไฟล์แนบแต่ละไฟล์ต้องไม่เกิน {RequestLimits.MaxFileBytes / (1024 * 1024)} MB", "Files");
            }

            file.Temp.Position = 0;
            var bytes = new byte[file.Size];
            await file.Temp.ReadExactlyAsync(bytes, cancellationToken);
            // Photos come out of the check without their metadata (StagedUploads); a PDF is rewritten from its pages,
            // so an anonymous complainant's name in its author field never reaches the officers.
            var clean = bytes;
            if (file.Type == FileTypeDetector.Pdf)
            {
                var (outcome, pdf) = await pdfCleaner.CleanAsync(bytes, cancellationToken);
                if (outcome == PdfCleaning.Unreadable)
                {
                    return Error.Invalid($"ไฟล์แนบที่ {number} เป็น PDF ที่เสียหายหรือตั้งรหัสผ่านไว้ อ่านไม่ได้ กรุณาบันทึกเป็น PDF ใหม่โดยไม่ตั้งรหัสผ่าน แล้วแนบอีกครั้ง", "Files");
                }

                clean = pdf;
            }

            var name = $"attachment-{number}{file.Type.Extension}";
            var key = await store.SaveAsync("requests", name, new MemoryStream(clean), cancellationToken);
            storedKeys.Add(key);
            attachments.Add(new RequestAttachment
            {
                FileKey = key, FileName = name, ContentType = file.Type.ContentType, Size = clean.Length,
                Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(clean)),
            });
        }

        return attachments;
    }
}
