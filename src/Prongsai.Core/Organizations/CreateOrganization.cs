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

/// <summary>The Operator creates an organization (and, optionally, its first departments).</summary>
public sealed class CreateOrganization(ProngsaiDbContext db, TimeProvider clock)
{
    /// <summary>The usual departments of a small อบต., offered when none are given.</summary>
    public static readonly IReadOnlyList<string> DefaultDepartments =
        ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม"];

    public async Task<Result<Organization>> RunAsync(CreateOrganizationRequest request, CancellationToken cancellationToken = default)
    {
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

        if (errors.Count > 0)
        {
            return Result<Organization>.Fail(errors);
        }

        if (await db.Organizations.AnyAsync(o => o.Slug == slug, cancellationToken))
        {
            return Error.Conflict($"มีหน่วยงานที่ใช้ชื่อย่อ \"{slug}\" อยู่แล้ว");
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

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Organizations.Add(organization);
        await db.SaveChangesAsync(cancellationToken);

        var order = 0;
        foreach (var name in request.Departments ?? DefaultDepartments)
        {
            db.Departments.Add(new Department { OrganizationId = organization.Id, Name = name.Trim(), SortOrder = ++order });
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Result<Organization>.Ok(organization);
    }
}
