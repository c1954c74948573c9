using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Satisfaction;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Satisfaction;

/// <summary>What the survey form posts. Inputs are written by hand in the view, so a tampered value re-renders safely.</summary>
public sealed class SatisfactionForm
{
    public int? Process { get; set; }
    public int? Staff { get; set; }
    public int? Facilities { get; set; }
    public int? Quality { get; set; }

    /// <summary>The chosen department's id as the select sent it (empty: not said).</summary>
    public string? DepartmentId { get; set; }

    public string? Suggestion { get; set; }

    /// <summary>The honeypot: hidden from people, filled by robots.</summary>
    public string? Website { get; set; }

    public int? ScoreOf(SatisfactionAspect aspect) => SatisfactionRules.Pick(aspect, Process, Staff, Facilities, Quality);
}

/// <summary>
/// /{org}/satisfaction: the office's satisfaction survey (แบบประเมินความพึงพอใจการให้บริการ) — a score from 5 to 1 on
/// each aspect of the service, the department that served if the person wants to say, and a suggestion — with the
/// yearly reports already published under it. Anonymous: no name is asked and nothing about the sender is kept.
/// A suggestion is read in the back office only, never shown here. Rate limited like every public post; not kept in
/// the page cache, since the form carries an antiforgery token.
/// </summary>
[PublicPost("request")]
public sealed class IndexModel(PortalData portal, SatisfactionBoard board, ProngsaiDbContext db) : PageModel
{
    [BindProperty] public SatisfactionForm Form { get; set; } = new();

    public Organization Organization { get; private set; } = null!;
    public IReadOnlyList<DepartmentChoice> Departments { get; private set; } = [];
    public IReadOnlyList<int> PublishedYears { get; private set; } = [];
    public PublicFormErrors Errors { get; } = new();

    /// <summary>True in the answer to an accepted survey.</summary>
    public bool Received { get; private set; }

    /// <summary>
    /// The form; <c>?department=ID</c> (a counter's poster) chooses that department beforehand, when it is one of this
    /// office's. The person may still change it.
    /// </summary>
    public async Task<IActionResult> OnGetAsync([FromQuery] int? department, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (department is { } chosen && Departments.Any(d => d.Id == chosen))
        {
            Form.DepartmentId = chosen.ToString(CultureInfo.InvariantCulture);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Errors.CatchesRobot(Form.Website, Response, Lang.T("ไม่สามารถส่งแบบประเมินได้ กรุณาลองใหม่อีกครั้ง", "The survey could not be sent; please try again.")))
        {
            return Page();
        }

        var input = new SatisfactionInput(DepartmentOf(Form.DepartmentId), Form.Process, Form.Staff, Form.Facilities, Form.Quality, Form.Suggestion);
        var result = await HttpContext.RequestServices.GetRequiredService<SubmitSatisfactionResponse>().RunAsync(input, cancellationToken);
        if (!result.Succeeded)
        {
            if (!Errors.Refuse(result.Errors, Response))
            {
                return NotFound();
            }

            Errors.ShowBesideFields(ModelState, nameof(Form));
            return Page();
        }

        Received = true;
        Response.Headers.CacheControl = "no-store";
        // A fresh form for the next person, still on the same department: at a counter's tablet that is who serves next.
        Form = new SatisfactionForm { DepartmentId = Form.DepartmentId };
        return Page();
    }

    public string? ErrorOf(string field) => Errors.Of(field);

    /// <summary>
    /// The select's value as a department id: empty is "not said"; anything that is not a number (a tampered form) is
    /// passed on as an id no department has, so the use case refuses it with its own message rather than the answer
    /// silently counting as "not said".
    /// </summary>
    private static int? DepartmentOf(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id
        : 0;

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext, cancellationToken);
        if (organization is null)
        {
            return false;
        }

        Organization = organization;
        Departments = await DepartmentChoices.AllAsync(db, cancellationToken);
        PublishedYears = await board.PublishedYearsAsync(cancellationToken);
        return true;
    }
}
