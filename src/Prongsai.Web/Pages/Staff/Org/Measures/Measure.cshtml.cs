using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Editing;
using Prongsai.Core.Organizations;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>
/// A measure's definition — what the plan owner writes: number, title, steps, departments, period, results, outcome,
/// ITA indicators — and adding a measure. Department staff see every measure but save only their departments' ones
/// (403 otherwise). The measure's weekly progress is the other tab (<see cref="MeasureProgressModel"/>).
/// </summary>
[RefuseUnreadableChoices]
public sealed class MeasureModel(EditMeasures edit, ProngsaiDbContext db) : StaffPageModel
{
    public sealed class StepForm
    {
        public int? Id { get; set; }
        public string? Text { get; set; }
        public bool IsDone { get; set; }
    }

    [FromRoute]
    public int FiscalYear { get; set; }

    [FromRoute]
    public int? Id { get; set; }

    [BindProperty] public string? Number { get; set; }
    [BindProperty] public string? Title { get; set; }
    [BindProperty] public List<StepForm> Steps { get; set; } = [];
    [BindProperty] public string? Results { get; set; }
    [BindProperty] public string? Outcome { get; set; }
    [BindProperty] public string? PeriodText { get; set; }
    [BindProperty] public bool AllDepartments { get; set; }
    [BindProperty] public List<int> DepartmentIds { get; set; } = [];
    [BindProperty] public string? OtherResponsible { get; set; }
    [BindProperty] public List<int> Indicators { get; set; } = [];

    /// <summary>The measure's edit count, as drawn and posted back (<see cref="Infrastructure.EditConflicts"/>).</summary>
    [BindProperty] public int? EditVersion { get; set; }


    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public Measure? Existing { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanChangeResponsibility => Actor.Has(MeasurePermissions.ManageMeasurePlan);
    public MeasureTabs Tabs => new(Org.Slug, FiscalYear, Existing?.Id ?? 0, OnProgress: false);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (Existing is { } m)
        {
            Number = m.Number;
            Title = MeasureText.ForEditing(m.Title);
            Steps = m.Steps.OrderBy(s => s.SortOrder).Select(s => new StepForm { Id = s.Id, Text = MeasureText.ForEditing(s.Text), IsDone = s.IsDone }).ToList();
            Results = string.Join('\n', m.Results.OrderBy(r => r.SortOrder).Select(r => MeasureText.ForEditing(r.Text)));
            Outcome = MeasureText.ForEditing(m.Outcome);
            PeriodText = MeasureText.ForEditing(m.PeriodText);
            AllDepartments = m.AllDepartments;
            DepartmentIds = m.Departments.Select(d => d.DepartmentId).ToList();
            OtherResponsible = MeasureText.ForEditing(m.OtherResponsible);
            Indicators = MeasureIndicators.Parse(m.Indicators).ToList();
            EditVersion = m.EditVersion;
        }

        AddBlankSteps();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var input = new MeasureInput(
            Number, Title,
            Steps.Select(s => new StepInput(s.Id, s.Text)).ToList(), // deleting a step is its own confirmation page
            (Results ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'),
            Outcome, PeriodText, AllDepartments, DepartmentIds, OtherResponsible, Indicators)
        {
            EditVersion = EditVersion,
        };
        var result = Existing is null
            ? await edit.AddMeasureAsync(Actor, FiscalYear, input, HttpContext.RequestAborted)
            : await edit.UpdateMeasureAsync(Actor, Existing.Id, input, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            Flash = Lang.T("บันทึกมาตรการแล้ว", "Saved the measure.");
            return Redirect($"/staff/{Org.Slug}/measures/{FiscalYear}/measure/{result.Value!.Id}");
        }

        if (StatusFor(result.Errors) is { } status)
        {
            return status;
        }

        if (Infrastructure.EditConflicts.Among(result.Errors) && Existing is { } current)
        {
            // The form comes back as typed, counted as the measure now is; a step a colleague deleted meanwhile comes
            // back as a new one, so saving again keeps its text instead of failing on a step that is gone.
            EditVersion = ShowEditConflict(current.EditVersion, $"/staff/{Org.Slug}/measures/{FiscalYear}/measure/{current.Id}");
            var kept = current.Steps.Select(s => s.Id).ToHashSet();
            Steps.Where(s => s.Id is { } id && !kept.Contains(id)).ToList().ForEach(s => s.Id = null);
        }

        AddErrors(Infrastructure.EditConflicts.Others(result.Errors).ToList());
        AddBlankSteps();
        Response.StatusCode = Infrastructure.FormState.RefusedStatus(result.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (!await db.MeasurePlans.AnyAsync(p => p.FiscalYear == FiscalYear, HttpContext.RequestAborted))
        {
            return false;
        }

        if (Id is { } id)
        {
            Existing = await edit.FindAsync(id, HttpContext.RequestAborted);
            if (Existing is null || Existing.Plan!.FiscalYear != FiscalYear)
            {
                return false;
            }

            CanEdit = Actor.CanEdit(Existing);
        }
        else
        {
            CanEdit = Actor.Has(MeasurePermissions.ManageMeasurePlan);
        }

        var responsible = Existing?.Departments.Select(d => (int?)d.DepartmentId).ToArray() ?? [];
        Departments = await DepartmentChoices.Offered(db.Departments.AsNoTracking(), responsible)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Id).ToListAsync(HttpContext.RequestAborted);
        return true;
    }

    private void AddBlankSteps()
    {
        Steps.RemoveAll(s => s.Id is null && string.IsNullOrWhiteSpace(s.Text));
        Steps.Add(new StepForm());
        Steps.Add(new StepForm());
    }
}
