using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Staff.Operator;

/// <summary>The platform Operator creates organizations and their first OrgAdmin.</summary>
public sealed class OrganizationsModel(
    ProngsaiDbContext db, CreateOrganization create, HostClaims hostClaims, OrganizationDirectory directory, StaffSession session,
    Core.Ita.Catalogs.ShippedCatalogUpdates shippedCatalogs) : PageModel
{
    /// <summary>How many organizations the table shows at most: an installation holds thousands.</summary>
    public const int Shown = 100;

    /// <summary>The organizations the table shows: the first <see cref="Shown"/> by slug, or those <see cref="Query"/> finds.</summary>
    public IReadOnlyList<Organization> Organizations { get; private set; } = [];

    /// <summary>How many organizations the installation (or the search) holds, so the page says when it shows fewer.</summary>
    public int OrganizationCount { get; private set; }

    /// <summary>What the Operator looks for: part of a slug, a name, a province or a host name.</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>Approved hosts the search found, each with the button that takes it back.</summary>
    public IReadOnlyList<HostClaim> ApprovedHosts { get; private set; } = [];

    /// <summary>Host names organizations claimed, waiting for the Operator's decision.</summary>
    public IReadOnlyList<HostClaim> PendingHosts { get; private set; } = [];

    /// <summary>
    /// ITA catalogs this release ships improved while the saved ones are unchanged earlier shipped files: said on the
    /// page the Operator lands on, since nobody would think of looking for them.
    /// </summary>
    public int CatalogUpdates { get; private set; }

    [BindProperty] public string? Slug { get; set; }
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public OrganizationKind Kind { get; set; } = OrganizationKind.Sao;
    [BindProperty] public string? Province { get; set; }
    [BindProperty] public string? AdminEmail { get; set; }
    [BindProperty] public string? AdminName { get; set; }

    /// <summary>Set when a host decision or revoke came back refused: its reason is shown at the top, not in the create form.</summary>
    public bool HostRefused { get; private set; }

    [TempData] public string? Message { get; set; }
    [TempData] public string? AdminPassword { get; set; }

    public async Task OnGetAsync()
    {
        var organizations = db.Organizations.AsNoTracking();
        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        if (Query?.Trim() is { Length: > 0 } query)
        {
            var lower = query.ToLowerInvariant();
            organizations = organizations.Where(o => o.Slug.Contains(lower) || o.Name.Contains(query)
                || (o.Province != null && o.Province.Contains(query)) || o.Hosts.Any(h => h.HostName.Contains(lower)));
            ApprovedHosts = (await hostClaims.ApprovedAsync(actor, query, cancellationToken: HttpContext.RequestAborted)).Value ?? [];
        }

        OrganizationCount = await organizations.CountAsync(HttpContext.RequestAborted);
        Organizations = await organizations.OrderBy(o => o.Slug).Take(Shown).ToListAsync(HttpContext.RequestAborted);
        var pending = await hostClaims.PendingAsync(actor, HttpContext.RequestAborted);
        PendingHosts = pending.Value ?? [];
        CatalogUpdates = (await shippedCatalogs.ListAsync(HttpContext.RequestAborted)).Count(u => u.CurrentIsShipped);
    }

    public Task<IActionResult> OnPostApproveHostAsync(int claimId) => DecideHostAsync(claimId, approve: true);

    public async Task<IActionResult> OnPostRevokeHostAsync(int hostId)
    {
        var revoked = await hostClaims.RevokeAsync(await session.GetActorAsync(HttpContext.RequestAborted), hostId, HttpContext.RequestAborted);
        if (!revoked.Succeeded)
        {
            return await HostRefusedAsync(revoked.Errors);
        }

        directory.ForgetHost(revoked.Value!.HostName);
        Message = Lang.T($"เพิกถอนโดเมน {revoked.Value.HostName} ของ {revoked.Value.OrganizationName} แล้ว โดเมนนี้ไม่แสดงเว็บไซต์ของหน่วยงานอีก",
            $"Revoked the domain {revoked.Value.HostName} of {revoked.Value.OrganizationName}; it no longer shows the organization's site.");
        return RedirectToPage(new { q = Query });
    }

    public Task<IActionResult> OnPostRejectHostAsync(int claimId) => DecideHostAsync(claimId, approve: false);

    private async Task<IActionResult> DecideHostAsync(int claimId, bool approve)
    {
        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        var decided = approve
            ? await hostClaims.ApproveAsync(actor, claimId, HttpContext.RequestAborted)
            : await hostClaims.RejectAsync(actor, claimId, HttpContext.RequestAborted);
        if (!decided.Succeeded)
        {
            return await HostRefusedAsync(decided.Errors);
        }

        directory.ForgetHost(decided.Value!.HostName);
        var host = HostNames.Display(decided.Value.HostName);
        Message = approve
            ? Lang.T($"อนุมัติโดเมน {host} ให้ {decided.Value.OrganizationName} แล้ว",
                $"Approved the domain {host} for {decided.Value.OrganizationName}.")
            : Lang.T($"ปฏิเสธคำขอใช้โดเมน {host} ของ {decided.Value.OrganizationName} แล้ว",
                $"Refused the request of {decided.Value.OrganizationName} for the domain {host}.");
        return RedirectToPage();
    }

    /// <summary>
    /// A host decision or revoke refused (the host is gone, or was decided or revoked in another tab): the page again,
    /// as it now is, with the reason at its top. This page has no organization in its route, so it cannot derive from
    /// <c>StaffPageModel</c> (which answers 404 without one); the mapping is the shared one of <see cref="UseCaseErrors"/>.
    /// </summary>
    private async Task<IActionResult> HostRefusedAsync(IReadOnlyList<Error> errors)
    {
        if (UseCaseErrors.ForRowOfPage(this, errors) is { } forbidden)
        {
            return forbidden;
        }

        HostRefused = true;
        await OnGetAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(AdminEmail))
        {
            ModelState.AddModelError(nameof(AdminEmail), Lang.T("กรุณาระบุอีเมลของผู้ดูแลระบบของหน่วยงาน", "Please give the email address of the organization's administrator."));
        }

        if (string.IsNullOrWhiteSpace(AdminName))
        {
            ModelState.AddModelError(nameof(AdminName), Lang.T("กรุณาระบุชื่อของผู้ดูแลระบบของหน่วยงาน", "Please give the name of the organization's administrator."));
        }

        if (!ModelState.IsValid)
        {
            await OnGetAsync();
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        var created = await create.RunWithAdminAsync(
            actor, new CreateOrganizationRequest(Slug ?? "", Name ?? "", Kind, Province), AdminEmail!, AdminName!, HttpContext.RequestAborted);
        if (!created.Succeeded)
        {
            if (UseCaseErrors.StatusOf(created.Errors) == StatusCodes.Status403Forbidden)
            {
                return Forbid();
            }

            UseCaseErrors.AddToModelState(ModelState, created.Errors);
            await OnGetAsync();
            Response.StatusCode = FormState.RefusedStatus(created.Errors);
            return Page();
        }

        var organization = created.Value!.Organization;
        var admin = created.Value.Admin;
        Message = Lang.T($"สร้างหน่วยงาน {organization.Name} แล้ว รหัสผ่านครั้งแรกของ {AdminEmail}:",
            $"Created {organization.Name}. The first password of {AdminEmail}:");
        AdminPassword = admin.OneTimePassword;
        return RedirectToPage();
    }
}
