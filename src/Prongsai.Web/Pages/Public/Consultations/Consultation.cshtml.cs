using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Calendar;
using Prongsai.Core.Consultations;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Documents.Consultations;
using Prongsai.Documents.Forms;
using Prongsai.Documents.Pdf;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Consultations;

/// <summary>What the opinion form posts. Inputs are written by hand in the view, so a tampered value re-renders safely.</summary>
public sealed class OpinionForm
{
    public OpinionStance? Stance { get; set; }
    public string? Text { get; set; }
    public string? Name { get; set; }
    public string? Contact { get; set; }
    public bool AcceptsPrivacyNotice { get; set; }

    /// <summary>The honeypot: hidden from people, filled by robots.</summary>
    public string? Website { get; set; }
}

/// <summary>
/// /{org}/consultations/{id}: one consultation as the public sees it — what is proposed, the period, how many opinions
/// came and how they lean, the form while it is open, and the office's summary at the end. Each opinion itself is not
/// shown: people speak more freely when their words are read by the office only. Rate limited like every public post.
/// Once the summary is out, the report to sign downloads as Word (?handler=docx) and PDF (?handler=pdf).
/// </summary>
[PublicPost("request")]
public sealed class ConsultationModel(
    PortalData portal, ConsultationBoard board, ProngsaiDbContext db, IPdfConverter pdf, FormPdfStore pdfStore, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public OpinionForm Form { get; set; } = new();

    public Organization Organization { get; private set; } = null!;
    public Consultation Consultation { get; private set; } = null!;
    public OpinionCounts Counts { get; private set; } = new(0, 0, 0, 0);
    public string? Department { get; private set; }
    public DateOnly Today { get; private set; }
    public ConsultationPhase Phase => Consultation.PhaseOn(Today);
    public PublicFormErrors Errors { get; } = new();

    /// <summary>True in the answer to an accepted opinion.</summary>
    public bool Received { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Errors.CatchesRobot(Form.Website, Response, Lang.T("ไม่สามารถส่งความคิดเห็นได้ กรุณาลองใหม่อีกครั้ง", "The opinion could not be sent; please try again.")))
        {
            return Page();
        }

        var input = new OpinionInput(Form.Stance, Form.Text, Form.Name, Form.Contact, Form.AcceptsPrivacyNotice);
        var result = await HttpContext.RequestServices.GetRequiredService<SubmitOpinion>().RunAsync(Id, input, cancellationToken);
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
        Form = new OpinionForm();
        Counts = await board.CountsAsync(Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnGetDocxAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) && Printable ? FormDownloads.Docx(Report, FileStem) : NotFound();

    /// <summary>
    /// The PDF costs a browser run: it has one address (any other is sent there) and is kept in memory under what it
    /// prints, so asking again renders nothing until the summary or a count changes.
    /// </summary>
    public async Task<IActionResult> OnGetPdfAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken) || !Printable)
        {
            return NotFound();
        }

        if (FormDownloads.ElsewhereThanPdfAddress(Request, ConsultationPaths.Public(Organization.Slug, Id)) is { } redirect)
        {
            return redirect;
        }

        var scope = string.Create(CultureInfo.InvariantCulture, $"consultation:{Organization.Id}:{Id}");
        return await FormDownloads.CachedPdfAsync(pdf, pdfStore, scope, Report, FileStem, cancellationToken);
    }

    /// <summary>The report to sign exists once the summary is published.</summary>
    public bool Printable => Consultation.Summary is not null;

    public string? ErrorOf(string field) => Errors.Of(field);

    private PrintedForm Report => ConsultationSummaryForm.For(Organization.Name, Consultation, Department, Counts,
        PortalData.BaseUrl(Request) + ConsultationPaths.Public(Organization.Slug, Id));

    private string FileStem => string.Create(CultureInfo.InvariantCulture, $"consultation-summary-{Organization.Slug}-{Id}");

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext, cancellationToken);
        if (organization is null || await board.PublishedAsync(Id, cancellationToken) is not { } consultation)
        {
            return false;
        }

        Organization = organization;
        Consultation = consultation;
        Today = BangkokTime.Today(clock);
        Counts = await board.CountsAsync(Id, cancellationToken);
        Department = consultation.DepartmentId is { } d
            ? (await DepartmentChoices.NamesAsync(db, [d], cancellationToken)).GetValueOrDefault(d)
            : null;
        return true;
    }
}
