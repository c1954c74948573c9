using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Api;

public sealed record OrganizationDto(string Slug, string Name, string? NameEnglish, string Kind, string KindThai,
    string? Province, string? District, string? Address, string? Phone, string? Email);

public sealed record DepartmentDto(int Id, string Name, int SortOrder);

/// <summary>Public facts about an organization, and its departments (read by anyone, changed by OrgAdmins).</summary>
public sealed class OrganizationsApi : IApiEndpoints
{
    public void Map(IEndpointRouteBuilder endpoints, RouteGroupBuilder v1)
    {
        var org = v1.MapGroup("/orgs/{org}").WithTags("Organizations");

        org.MapGet("/", GetOrganization).WithName("GetOrganization").WithSummary("An organization's public profile");
        org.MapGet("/departments", ListDepartments).WithName("ListDepartments");
        org.MapPost("/departments", CreateDepartment).WithName("CreateDepartment")
            .RequireAuthorization(PermissionPolicies.NameOf(OrganizationPermissions.ManageDepartments)).RequireAntiforgeryHeader();
        org.MapPut("/departments/{id:int}", UpdateDepartment).WithName("UpdateDepartment")
            .RequireAuthorization(PermissionPolicies.NameOf(OrganizationPermissions.ManageDepartments)).RequireAntiforgeryHeader();
        org.MapDelete("/departments/{id:int}", DeleteDepartment).WithName("DeleteDepartment")
            .RequireAuthorization(PermissionPolicies.NameOf(OrganizationPermissions.ManageDepartments)).RequireAntiforgeryHeader();
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
        TypedResults.Ok(await db.Departments.AsNoTracking().InUse().OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Select(d => new DepartmentDto(d.Id, d.Name, d.SortOrder)).ToArrayAsync());

    private static async Task<IResult> CreateDepartment(DepartmentInput input, ManageDepartments departments, StaffSession session)
    {
        var result = await departments.AddAsync(await session.GetActorAsync(), input ?? new DepartmentInput(null));
        return result.Succeeded
            ? TypedResults.Created($"departments/{result.Value!.Id}", ToDto(result.Value))
            : UseCaseErrors.ForApi(result.Errors);
    }

    private static async Task<IResult> UpdateDepartment(int id, DepartmentInput input, ManageDepartments departments, StaffSession session)
    {
        var result = await departments.UpdateAsync(await session.GetActorAsync(), id, input ?? new DepartmentInput(null));
        return result.Succeeded ? TypedResults.Ok(ToDto(result.Value!)) : UseCaseErrors.ForApi(result.Errors);
    }

    private static async Task<IResult> DeleteDepartment(int id, ManageDepartments departments, StaffSession session)
    {
        var result = await departments.DeleteAsync(await session.GetActorAsync(), id);
        return result.Succeeded ? TypedResults.NoContent() : UseCaseErrors.ForApi(result.Errors);
    }

    private static DepartmentDto ToDto(Department d) => new(d.Id, d.Name, d.SortOrder);
}
