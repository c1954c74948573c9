using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Ita;
using Prongsai.Core.Ita.Catalogs;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Ita;

/// <summary>The organization's ITA checklists by fiscal year with their readiness; managers open a new year.</summary>
[Prongsai.Web.Authorization.RequirePermissionToChange(ItaPermissions.ManageItaChecklist)]
public sealed class IndexModel(ChecklistReader reader, ItaCatalogs catalogs, ManageChecklist manage) : StaffPageModel
{
    public IReadOnlyList<(int FiscalYear, Readiness Readiness)> Years { get; private set; } = [];
    public IReadOnlyList<CatalogListing> Available { get; private set; } = [];
    public bool CanManage => Actor.Has(ItaPermissions.ManageItaChecklist);

    public async Task OnGetAsync()
    {
        var years = new List<(int, Readiness)>();
        foreach (var year in await reader.YearsAsync(HttpContext.RequestAborted))
        {
            if (await reader.GetAsync(year, HttpContext.RequestAborted) is { } view)
            {
                years.Add((year, view.Overall));
            }
        }

        Years = years;
        Available = (await catalogs.ListAsync(HttpContext.RequestAborted)).Where(c => years.All(y => y.Item1 != c.FiscalYear)).ToList();
    }

    public async Task<IActionResult> OnPostOpenAsync(string? catalog)
    {
        var parts = (catalog ?? "").Split('/', 2);
        if (parts.Length != 2 || !int.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var fiscalYear))
        {
            ModelState.AddModelError("catalog", Lang.T("กรุณาเลือกปีงบประมาณ", "Please choose a fiscal year."));
            await OnGetAsync();
            return Page();
        }

        var result = await manage.OpenAsync(Actor, fiscalYear, parts[1], HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T($"เปิดรายการตรวจสอบปีงบประมาณ {fiscalYear} แล้ว ระบบเสนอหลักฐาน {result.Value!.Suggested} รายการให้ตรวจสอบ",
                $"Opened the checklist for fiscal year {fiscalYear}; {result.Value!.Suggested} suggested pieces of evidence are waiting to be checked.");
            return Redirect($"/staff/{Org.Slug}/ita/{fiscalYear}");
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        await OnGetAsync();
        return Page();
    }
}
