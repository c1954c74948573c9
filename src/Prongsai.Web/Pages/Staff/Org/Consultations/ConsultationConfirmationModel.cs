using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Consultations;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Consultations;

/// <summary>
/// Base of the pages that ask before a consultation changes state (publish, withdraw): GET says what will happen; POST
/// does it and goes back to the consultation, or shows why not.
/// </summary>
public abstract class ConsultationConfirmationModel(ConsultationBoard board, TimeProvider clock) : StaffPageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }

    public Consultation Consultation { get; private set; } = null!;
    public OpinionCounts Counts { get; private set; } = new(0, 0, 0, 0);
    public DateOnly Today { get; private set; }
    public string BackUrl => ConsultationLabels.StaffPath(Org.Slug, Id);

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    protected async Task<IActionResult> AnswerAsync(Result<Consultation> result, string flash)
    {
        if (result.Succeeded)
        {
            Flash = flash;
            return Redirect(BackUrl);
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        if (!await LoadAsync())
        {
            return NotFound();
        }

        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        if (await board.FindAsync(Id, HttpContext.RequestAborted) is not { } consultation)
        {
            return false;
        }

        Consultation = consultation;
        Counts = await board.CountsAsync(Id, HttpContext.RequestAborted);
        Today = BangkokTime.Today(clock);
        return true;
    }
}
