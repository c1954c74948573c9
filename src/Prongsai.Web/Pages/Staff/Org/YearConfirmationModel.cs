using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Common;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>
/// A confirmation page of a yearly record the head of the office approves (the risk assessment, the anti-corruption
/// plan): GET says what will happen, or goes back to the year's list with a word when the state changed meanwhile (404
/// for a year with no record); the page's POST hands its use case's result to <see cref="AnswerAsync{T}"/>: the list with
/// a flash on success, 403/404 as such, otherwise the page again with the error (409, 422).
/// </summary>
/// <typeparam name="TYear">what the page shows of the year</typeparam>
public abstract class YearConfirmationModel<TYear> : StaffPageModel where TYear : class
{
    [FromRoute] public int Year { get; set; }

    /// <summary>The year's record as the page shows it.</summary>
    public TYear Record { get; private set; } = null!;

    public string ListUrl => ListPath(Org.Slug, Year);

    public async Task<IActionResult> OnGetAsync()
    {
        Record = await ReadAsync(Year, HttpContext.RequestAborted);
        if (!Exists(Record))
        {
            return NotFound();
        }

        if (Settled(Record) is { } flash)
        {
            Flash = flash;
            return Redirect(ListUrl);
        }

        return Page();
    }

    /// <summary>The year's list in the back office.</summary>
    protected abstract string ListPath(string org, int year);

    protected abstract Task<TYear> ReadAsync(int year, CancellationToken cancellationToken);

    /// <summary>Whether the year has a record at all.</summary>
    protected abstract bool Exists(TYear record);

    /// <summary>Null while there is something to confirm; else why not, said on the list (approved already, say).</summary>
    protected abstract string? Settled(TYear record);

    /// <summary>The POST's answer to its use case's result, with <paramref name="done"/> as the flash on success.</summary>
    protected async Task<IActionResult> AnswerAsync<T>(Result<T> result, string done)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Succeeded)
        {
            Flash = done;
            return Redirect(ListUrl);
        }

        if (Refusal(result.Errors) is { } refusal)
        {
            return refusal;
        }

        Record = await ReadAsync(Year, HttpContext.RequestAborted);
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }
}
