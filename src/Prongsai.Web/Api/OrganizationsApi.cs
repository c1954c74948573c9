using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Api;

public sealed record OrganizationDto(string Slug, string Name, string? NameEnglish, string Kind, string KindThai,
    string? Province, string? District, string? Address, string? Phone, string? Email);

public sealed record DepartmentDto(int Id, string Name, int SortOrder);

public sealed record DepartmentInput(string? Name, int? SortOrder);

/// <summary>Public facts about an organization, and its departments (read by anyone, changed by OrgAdmins).</summary>
public static class OrganizationsApi
{
    public static RouteGroupBuilder MapOrganizationsApi(this RouteGroupBuilder v1)
    {
        var org = v1.MapGroup("/orgs/{org}").WithTags("Organizations");

        org.MapGet("/", GetOrganization).WithName("GetOrganization").WithSummary("An organization's public profile");
        org.MapGet("/departments", ListDepartments).WithName("ListDepartments");
        org.MapPost("/departments", CreateDepartment).WithName("CreateDepartment")
            .RequireAuthorization(PermissionPolicies.NameOf(Permission.ManageDepartments)).RequireAntiforgeryHeader();
        org.MapPut("/departments/{id:int}", UpdateDepartment).WithName("UpdateDepartment")
            .RequireAuthorization(PermissionPolicies.NameOf(Permission.ManageDepartments)).RequireAntiforgeryHeader();
        org.MapDelete("/departments/{id:int}", DeleteDepartment).WithName("DeleteDepartment")
            .RequireAuthorization(PermissionPolicies.NameOf(Permission.ManageDepartments)).RequireAntiforgeryHeader();
        return org;
    }

    private static async Task<Results<Ok<OrganizationDto>, NotFound>> GetOrganization(HttpContext http, ProngsaiDbContext db)
    {
        var id = http.Organization()?.Id;
        var o = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id);
        return o is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new OrganizationDto(o.Slug, o.Name, o.NameEnglish, o.Kind.ToString(), o.Kind.Thai(), o.Province, o.District, o.Address, o.Phone, o.Email));
    }

    private static async Task<Ok<DepartmentDto[]>> ListDepartments(ProngsaiDbContext db) =>
        TypedResults.Ok(await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Select(d => new DepartmentDto(d.Id, d.Name, d.SortOrder)).ToArrayAsync());

    private static async Task<IResult> CreateDepartment(DepartmentInput input, ProngsaiDbContext db)
    {
        if (Validate(input) is { } problem)
        {
            return problem;
        }

        var name = input.Name!.Trim();
        if (await db.Departments.AnyAsync(d => d.Name == name))
        {
            return TypedResults.Problem(title: "มีส่วนราชการชื่อนี้อยู่แล้ว", statusCode: StatusCodes.Status409Conflict);
        }

        var order = input.SortOrder ?? (await db.Departments.MaxAsync(d => (int?)d.SortOrder) ?? 0) + 1;
        var department = new Department { Name = name, SortOrder = order };
        db.Departments.Add(department);
        await db.SaveChangesAsync();
        return TypedResults.Created($"departments/{department.Id}", new DepartmentDto(department.Id, department.Name, department.SortOrder));
    }

    private static async Task<IResult> UpdateDepartment(int id, DepartmentInput input, ProngsaiDbContext db)
    {
        if (Validate(input) is { } problem)
        {
            return problem;
        }

        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id);
        if (department is null)
        {
            return TypedResults.NotFound();
        }

        var name = input.Name!.Trim();
        if (await db.Departments.AnyAsync(d => d.Name == name && d.Id != id))
        {
            return TypedResults.Problem(title: "มีส่วนราชการชื่อนี้อยู่แล้ว", statusCode: StatusCodes.Status409Conflict);
        }

        department.Name = name;
        department.SortOrder = input.SortOrder ?? department.SortOrder;
        await db.SaveChangesAsync();
        return TypedResults.Ok(new DepartmentDto(department.Id, department.Name, department.SortOrder));
    }

    private static async Task<IResult> DeleteDepartment(int id, ProngsaiDbContext db)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id);
        if (department is null)
        {
            return TypedResults.NotFound();
        }

        db.Departments.Remove(department);
        await db.SaveChangesAsync();
        return TypedResults.NoContent();
    }

    private static IResult? Validate(DepartmentInput? input) =>
        string.IsNullOrWhiteSpace(input?.Name) || input.Name.Trim().Length > 200
            ? TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["name"] = ["กรุณาระบุชื่อส่วนราชการ (ไม่เกิน 200 ตัวอักษร)"] },
                title: "ข้อมูลไม่ถูกต้อง / Invalid input")
            : null;
}
