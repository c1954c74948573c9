using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Requests;
using Prongsai.Core.Text;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Requests;

/// <summary>Request types (handling department, deadline, publishing) and the complaint handling rules page.</summary>
[RefuseUnreadableChoices]
[RequirePermissionToChange(RequestsPermissions.ConfigureRequests)]
public sealed class SettingsModel(RequestTypes types, ComplaintRules rules, ProngsaiDbContext db) : StaffPageModel
{
    public IReadOnlyList<RequestType> Types { get; private set; } = [];
    public IReadOnlyDictionary<int, string> Departments { get; private set; } = new Dictionary<int, string>();
    public string RulesTitle { get; set; } = "";
    public string RulesBody { get; set; } = "";

    /// <summary>The form that came back refused: a request kind ("Question", …) or "rules"; its messages stand beside its fields.</summary>
    public string? RefusedForm { get; private set; }

    /// <summary>The deadline as typed into the refused type's form (it may not be a number).</summary>
    public string? TypedDays { get; private set; }

    /// <summary>The department chosen in the refused type's form.</summary>
    public int? TypedDepartment { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostTypeAsync(string? kind, int? handlingDepartmentId, string? deadlineWorkingDays, bool publishesAnswers)
    {
        if (!Enum.TryParse<RequestKind>(kind, true, out var parsed) || !Enum.IsDefined(parsed))
        {
            return NotFound();
        }

        // Thai digits are read; what is not a number goes on as 0, which the use case refuses with the range it takes.
        var days = TypedNumbers.ReadWhole(deadlineWorkingDays, "กำหนดเวลา").Value ?? 0;
        var result = await types.ConfigureAsync(Actor, parsed, new RequestTypeInput(handlingDepartmentId, days, publishesAnswers), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("บันทึกการตั้งค่าแล้ว", "Saved the settings.");
            return Redirect($"/staff/{Org.Slug}/requests/settings");
        }

        if (StatusFor(result.Errors) is { } status)
        {
            return status;
        }

        // Every message goes beside the field it is about, the deadline unless it names the department.
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field == nameof(RequestTypeInput.HandlingDepartmentId) ? "handlingDepartmentId" : "deadlineWorkingDays", error.Message);
        }

        (RefusedForm, TypedDays, TypedDepartment) = (parsed.ToString(), deadlineWorkingDays, handlingDepartmentId);
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostRulesAsync(string? title, string? body)
    {
        var result = await rules.SaveAsync(Actor, title, body, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("บันทึกแนวปฏิบัติแล้ว", "Saved the rules.");
            return Redirect($"/staff/{Org.Slug}/requests/settings");
        }

        if (StatusFor(result.Errors) is { } status)
        {
            return status;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field == "Title" ? "title" : "body", error.Message);
        }

        RefusedForm = "rules";
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        await LoadAsync();
        (RulesTitle, RulesBody) = (title ?? "", body ?? "");
        return Page();
    }

    private async Task LoadAsync()
    {
        Types = await types.ListAsync(Org.Id, HttpContext.RequestAborted);
        var handling = Types.Select(t => t.HandlingDepartmentId).ToArray();
        Departments = await DepartmentChoices.Offered(db.Departments.AsNoTracking(), handling).OrderBy(d => d.SortOrder)
            .ToDictionaryAsync(d => d.Id, d => d.Name, HttpContext.RequestAborted);
        (RulesTitle, RulesBody, _, _) = await rules.GetAsync(HttpContext.RequestAborted);
    }
}
