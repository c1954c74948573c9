using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>
/// The page that adds an item to a year's draft (a project to the anti-corruption plan, a risk to the assessment): the
/// year comes from the query (none: the current fiscal year), and one that may not be planned — before
/// <c>firstYear</c>, or past next year — is 404. Everyone in the back office may read the form, so the page says
/// whether the member holds <c>permission</c> to send it; the page's POST hands its use case to
/// <see cref="AddAsync{T}"/>: the new item's page with a flash on success, 403/404 as such, otherwise the form again as
/// typed with each error beside its field (422, 409) and nothing saved.
/// </summary>
/// <typeparam name="TYear">what the page shows of the year (approved already, say)</typeparam>
/// <typeparam name="TForm">the item's form</typeparam>
public abstract class AddToYearModel<TYear, TForm>(TimeProvider clock, int firstYear, string permission) : StaffPageModel
    where TYear : class
    where TForm : new()
{
    /// <summary>The fiscal year in พ.ศ.; none: the current one.</summary>
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    [BindProperty] public TForm Input { get; set; } = new();

    public int FiscalYear { get; private set; }

    /// <summary>The year's record as the page shows it.</summary>
    public TYear Record { get; private set; } = null!;

    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public bool MayAdd => Actor.Has(permission);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    protected abstract Task<TYear> ReadAsync(int year, CancellationToken cancellationToken);

    /// <summary>The departments the member may put an item under (department heads: their own).</summary>
    protected abstract Task<IReadOnlyList<DepartmentChoice>> DepartmentsAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The POST: <paramref name="add"/> runs the use case for the fiscal year; on success the flash <paramref name="done"/>
    /// and the page of the item added (<paramref name="pathOf"/>).
    /// </summary>
    protected async Task<IActionResult> AddAsync<T>(Func<int, Task<Result<T>>> add, Func<T, string> pathOf, string done)
    {
        ArgumentNullException.ThrowIfNull(add);
        ArgumentNullException.ThrowIfNull(pathOf);
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var result = await add(FiscalYear);
        if (result.Succeeded)
        {
            Flash = done;
            return Redirect(pathOf(result.Value!));
        }

        if (StatusFor(result.Errors) is { } refusal)
        {
            return refusal;
        }

        FormState.AddErrors(ModelState, result.Errors, nameof(Input));
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    /// <summary>False for a year one may not plan (too old, or past next year).</summary>
    private async Task<bool> LoadAsync()
    {
        var current = global::Prongsai.Core.Calendar.FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        FiscalYear = Year ?? current;
        if (FiscalYear < firstYear || FiscalYear > current + 1)
        {
            return false;
        }

        Record = await ReadAsync(FiscalYear, HttpContext.RequestAborted);
        Departments = await DepartmentsAsync(HttpContext.RequestAborted);
        return true;
    }
}
