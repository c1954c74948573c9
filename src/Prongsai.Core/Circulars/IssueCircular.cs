using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Text;

namespace Prongsai.Core.Circulars;

/// <summary>What the issuing form sends. No departments means every member of the organization.</summary>
public sealed record CircularInput(
    string? Number, string? Title, string? Body, IReadOnlyCollection<int> DepartmentIds, DateOnly? AcknowledgeBy);

/// <summary>
/// Issues a circular: checks the form and the file, fixes who it goes to (every member, or the members of the chosen
/// departments; never the read-only auditors, never the issuer), stores the file and writes the circular, its
/// recipients and a dashboard notification for each in one transaction — or, on failure, removes the stored file.
/// </summary>
public sealed class IssueCircular(
    ProngsaiDbContext db, CurrentOrganization organization, StagedUploads uploads, StaffDirectory directory, TimeProvider clock)
{
    public const string EveryoneAudience = "บุคลากรทุกคนของหน่วยงาน";

    public async Task<Result<Circular>> RunAsync(
        StaffActor actor, CircularInput input, UploadedFile? file, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(CircularsPermissions.IssueCirculars) is { } forbidden)
        {
            return forbidden;
        }

        var organizationId = organization.OrganizationId ?? throw new InvalidOperationException("No organization chosen.");
        var errors = Validate(input, BangkokTime.Today(clock));
        var departments = await db.Departments.AsNoTracking()
            .Where(d => input.DepartmentIds.Contains(d.Id)).OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        if (departments.Count != input.DepartmentIds.Distinct().Count())
        {
            errors.Add(Error.Invalid("ไม่พบส่วนราชการที่เลือก กรุณาเลือกใหม่", "DepartmentIds"));
        }

        var recipients = errors.Count > 0 ? [] : await RecipientsAsync(actor, organizationId, input.DepartmentIds, cancellationToken);
        if (errors.Count == 0 && recipients.Count == 0)
        {
            errors.Add(Error.Invalid(input.DepartmentIds.Count == 0
                ? "ยังไม่มีบุคลากรคนอื่นในหน่วยงานที่จะรับหนังสือเวียนนี้ (เพิ่มบัญชีได้ที่เมนู \"เจ้าหน้าที่\")"
                : "ส่วนราชการที่เลือกยังไม่มีบุคลากรที่มีบัญชีในระบบ (กำหนดส่วนราชการของแต่ละคนได้ที่เมนู \"เจ้าหน้าที่\")", "DepartmentIds"));
        }

        // The file is checked with the form, so one answer names every problem (the file must be chosen again anyway).
        var checkedFiles = await uploads.CheckAsync(file is null ? [] : [file], cancellationToken: cancellationToken);
        if (errors.Count > 0 || !checkedFiles.Succeeded)
        {
            foreach (var unused in checkedFiles.Value ?? [])
            {
                await unused.DisposeAsync();
            }

            return Result<Circular>.Fail([.. errors, .. checkedFiles.Errors]);
        }

        var staged = checkedFiles.Value!;
        try
        {
            await uploads.StoreAsync(string.Create(CultureInfo.InvariantCulture, $"circulars/{organizationId}"), staged, cancellationToken);
            var now = clock.GetUtcNow();
            var title = input.Title!.Trim();
            var circular = new Circular
            {
                Number = string.IsNullOrWhiteSpace(input.Number) ? null : input.Number.Trim(),
                Title = title,
                Body = input.Body!.Trim(),
                Audience = departments.Count == 0 ? EveryoneAudience : AudienceOf(departments.Select(d => d.Name)),
                AcknowledgeBy = input.AcknowledgeBy,
                IssuedAt = now,
                IssuedByUserId = actor.UserId ?? "",
                IssuedBy = actor.UserName,
                Recipients = recipients.Select(r => new CircularRecipient { UserId = r.UserId, DisplayName = r.DisplayName }).ToList(),
            };
            if (staged.FirstOrDefault() is { } stored)
            {
                circular.FileKey = stored.Key;
                circular.FileName = stored.FileName;
                circular.ContentType = stored.Type.ContentType;
                circular.FileSizeBytes = stored.Size;
                circular.FileSha256 = stored.Sha256;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            db.Set<Circular>().Add(circular);
            await db.SaveChangesAsync(cancellationToken);

            // A second save of the same unit: each notification leads to the circular, whose id it needs.
            var shortTitle = PlainText.Shorten(title, 80);
            directory.Notify(recipients, new NotificationText(
                    $"หนังสือเวียนใหม่ \"{shortTitle}\" จาก {actor.UserName}: โปรดอ่านและกดรับทราบ",
                    $"New circular \"{shortTitle}\" from {actor.UserName}: please read it and acknowledge it"), now,
                NotificationPath(circular.Id));

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return Result<Circular>.Ok(circular);
        }
        catch
        {
            await uploads.DiscardAsync(staged);
            throw;
        }
        finally
        {
            foreach (var staging in staged)
            {
                await staging.DisposeAsync();
            }
        }
    }

    private static List<Error> Validate(CircularInput input, DateOnly today)
    {
        var errors = new List<Error>();
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            errors.Add(Error.Invalid("กรุณากรอกเรื่อง", "Title"));
        }
        else if (input.Title.Trim().Length > CircularLimits.Title)
        {
            errors.Add(Error.Invalid($"เรื่องยาวได้ไม่เกิน {CircularLimits.Title:N0} ตัวอักษร", "Title"));
        }

        if (string.IsNullOrWhiteSpace(input.Body))
        {
            errors.Add(Error.Invalid("กรุณากรอกข้อความที่จะแจ้งเวียน", "Body"));
        }
        else if (input.Body.Trim().Length > CircularLimits.Body)
        {
            errors.Add(Error.Invalid($"ข้อความยาวได้ไม่เกิน {CircularLimits.Body:N0} ตัวอักษร", "Body"));
        }

        if (input.Number?.Trim().Length > CircularLimits.Number)
        {
            errors.Add(Error.Invalid($"เลขที่หนังสือยาวได้ไม่เกิน {CircularLimits.Number:N0} ตัวอักษร", "Number"));
        }

        if (input.AcknowledgeBy is { } by && by < today)
        {
            errors.Add(Error.Invalid("วันที่ต้องรับทราบต้องไม่ก่อนวันนี้", "AcknowledgeBy"));
        }

        return errors;
    }

    /// <summary>
    /// The members who receive it: anyone holding a role here other than only the auditor's read-only one, in the
    /// chosen departments when there are some; the issuer acknowledges nothing they wrote themselves.
    /// </summary>
    private async Task<List<StaffContact>> RecipientsAsync(
        StaffActor actor, int organizationId, IReadOnlyCollection<int> departmentIds, CancellationToken cancellationToken)
    {
        var roles = await db.StaffRoles.AsNoTracking().Select(r => new { r.UserId, r.Role }).ToListAsync(cancellationToken);
        var rolesOf = roles.GroupBy(r => r.UserId).ToDictionary(g => g.Key, g => g.Select(r => r.Role).Order().ToList());
        var members = rolesOf.Where(m => m.Value.Any(r => r != OrgRole.Auditor)).Select(m => m.Key).ToHashSet();
        if (departmentIds.Count > 0)
        {
            var inDepartments = await db.StaffDepartments.AsNoTracking()
                .Where(d => departmentIds.Contains(d.DepartmentId)).Select(d => d.UserId).ToListAsync(cancellationToken);
            members.IntersectWith(inDepartments);
        }

        if (actor.UserId is { } issuer)
        {
            members.Remove(issuer);
        }

        var people = await db.Users.AsNoTracking()
            .Where(u => u.OrganizationId == organizationId && members.Contains(u.Id))
            .Select(u => new { u.Id, u.DisplayName }).ToListAsync(cancellationToken);
        return people.OrderBy(p => p.DisplayName, ThaiCollation.Comparer).Select(p => new StaffContact(p.Id, p.DisplayName, rolesOf[p.Id])).ToList();
    }

    /// <summary>
    /// The departments' names, cut to fit the column: each may be 200 characters long, so a handful chosen together can pass
    /// it (PostgreSQL would refuse the row). The recipients, not this line, are the record of who it went to.
    /// </summary>
    private static string AudienceOf(IEnumerable<string> names)
    {
        var audience = string.Join(", ", names);
        return PlainText.Shorten(audience, CircularLimits.Audience);
    }

    /// <summary>Where a circular's notification leads (relative to the back office); acknowledging it clears the ones there.</summary>
    public static string NotificationPath(int circularId) => string.Create(CultureInfo.InvariantCulture, $"circulars/{circularId}");
}
