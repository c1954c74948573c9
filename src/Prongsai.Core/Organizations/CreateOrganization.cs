using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;

namespace Prongsai.Core.Organizations;

public sealed record CreateOrganizationRequest(
    string Slug,
    string Name,
    OrganizationKind Kind = OrganizationKind.Sao,
    string? Province = null,
    string? District = null,
    IReadOnlyList<string>? Departments = null);

/// <summary>An organization created together with its first OrgAdmin and that account's one-time password.</summary>
public sealed record CreatedOrganization(Organization Organization, CreatedStaff Admin);

/// <summary>The Operator creates an organization (and, optionally, its first departments and OrgAdmin).</summary>
public sealed class CreateOrganization(ProngsaiDbContext db, StaffAccounts accounts, TimeProvider clock)
{
    /// <summary>The usual departments of a small อบต., offered when none are given.</summary>
    public static readonly IReadOnlyList<string> DefaultDepartments =
        ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"];

    /// <summary>The organization and its first OrgAdmin in one transaction: both or neither.</summary>
    public async Task<Result<CreatedOrganization>> RunWithAdminAsync(
        StaffActor actor, CreateOrganizationRequest request, string adminEmail, string adminName, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var organization = await RunAsync(actor, request, cancellationToken);
        if (!organization.Succeeded)
        {
            return Result<CreatedOrganization>.Fail(organization.Errors);
        }

        var admin = await accounts.CreateAsync(
            actor, new CreateStaffRequest(organization.Value!.Id, adminEmail, adminName, [OrgRole.OrgAdmin]), cancellationToken);
        if (!admin.Succeeded)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return Result<CreatedOrganization>.Fail(admin.Errors);
        }

        await transaction.CommitAsync(cancellationToken);
        return new CreatedOrganization(organization.Value, admin.Value!);
    }

    public async Task<Result<Organization>> RunAsync(StaffActor actor, CreateOrganizationRequest request, CancellationToken cancellationToken = default)
    {
        if (!actor.IsOperator)
        {
            return Error.Forbidden("เฉพาะผู้ดูแลแพลตฟอร์มเท่านั้นที่สร้างหน่วยงานได้");
        }

        var slug = request.Slug.Trim().ToLowerInvariant();
        var errors = new List<Error>();
        if (OrganizationSlug.Problem(slug) is { } slugProblem)
        {
            errors.Add(Error.Invalid(slugProblem, nameof(request.Slug)));
        }

        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 200)
        {
            errors.Add(Error.Invalid("กรุณาระบุชื่อหน่วยงาน (ไม่เกิน 200 ตัวอักษร)", nameof(request.Name)));
        }

        // The profile form's limits (UpdateOrganizationProfile), so what is created can also be saved again.
        if (request.Province?.Trim().Length > 100)
        {
            errors.Add(Error.Invalid("ชื่อจังหวัดยาวเกิน 100 ตัวอักษร", nameof(request.Province)));
        }

        if (request.District?.Trim().Length > 100)
        {
            errors.Add(Error.Invalid("ชื่ออำเภอยาวเกิน 100 ตัวอักษร", nameof(request.District)));
        }

        if (errors.Count > 0)
        {
            return Result<Organization>.Fail(errors);
        }

        if (await db.Organizations.AnyAsync(o => o.Slug == slug, cancellationToken))
        {
            return Error.Conflict($"มีหน่วยงานที่ใช้ชื่อย่อ \"{slug}\" อยู่แล้ว", nameof(request.Slug));
        }

        var organization = new Organization
        {
            Slug = slug,
            Name = request.Name.Trim(),
            Kind = request.Kind,
            Province = request.Province?.Trim(),
            District = request.District?.Trim(),
            CreatedAt = clock.GetUtcNow(),
        };

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);

        var order = 0;
        foreach (var name in request.Departments ?? DefaultDepartments)
        {
            db.Departments.Add(new Department { OrganizationId = organization.Id, Name = name.Trim(), SortOrder = ++order });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return Result<Organization>.Ok(organization);
    }
}
