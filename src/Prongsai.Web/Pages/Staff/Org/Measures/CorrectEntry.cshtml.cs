using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Progress;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>
/// Correcting a progress entry: the form starts from the entry as written (its date in พ.ศ., its text, its evidence
/// kept unless replaced). Anyone in the back office may open it and read why they cannot correct (someone else's
/// words, already corrected, counted in a published report); only the author's POST corrects.
/// </summary>
[Prongsai.Web.Authorization.RequirePermissionToChange(MeasurePermissions.EditMeasures)]
public sealed class CorrectEntryModel(CorrectProgress corrections, ProngsaiDbContext db) : StaffPageModel
{
    [FromRoute]
    public int EntryId { get; set; }

    public ProgressEntry Entry { get; private set; } = null!;
    public MeasureStep Step { get; private set; } = null!;
    public Measure Measure { get; private set; } = null!;

    /// <summary>Why the member cannot correct this entry now; null when they can.</summary>
    public Error? Refused { get; private set; }

    [BindProperty] public string? Date { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public CorrectionEvidence Evidence { get; set; } = CorrectionEvidence.Keep;
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Link { get; set; }
    [BindProperty] public string? EvidenceTitle { get; set; }
    [BindProperty] public int? PublishedDocumentId { get; set; }

    public IReadOnlyList<(int Id, string Title)> PublishedDocuments { get; private set; } = [];

    public string StepUrl => MeasureTabs.Urls.Step(Org.Slug, Step.Id);

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Date = ThaiDateInput.Format(Entry.Date);
        Text = MeasureText.ForEditing(Entry.Text);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        // Who may not correct is refused as such, whatever they typed.
        if (Refused is ForbiddenError)
        {
            return Forbid();
        }

        var date = ThaiDateFields.ReadDate(ModelState, nameof(Date), Date);
        if (ModelState.IsValid)
        {
            await using var content = Upload?.OpenReadStream();
            var input = new ProgressCorrectionInput(date, Text, Evidence,
                Upload is { Length: > 0 } ? new EvidenceFile(content!, Upload.FileName, Upload.Length) : null,
                Link, EvidenceTitle, PublishedDocumentId);
            var result = await corrections.CorrectAsync(Actor, EntryId, input, HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Flash = Lang.T("แก้ไขบันทึกความก้าวหน้าแล้ว บันทึกเดิมยังอยู่ในประวัติโดยขีดฆ่าไว้",
                    "Corrected the progress entry; the original stays in the history, struck through.");
                return Redirect(StepUrl + "#entry-" + result.Value!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            if (StatusFor(result.Errors) is { } status)
            {
                return status;
            }

            if (result.Errors[0] is ConflictError conflict)
            {
                // Corrected meanwhile (another tab, a double click) or counted by a publication since the form opened.
                Refused = conflict;
                Response.StatusCode = StatusCodes.Status409Conflict;
                return Page();
            }

            AddErrors(result.Errors);
        }

        if (Refused is ConflictError)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
        }

        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        var entry = await db.ProgressEntries.AsNoTracking().Include(p => p.Evidence).FirstOrDefaultAsync(p => p.Id == EntryId, cancellationToken);
        if (entry is null)
        {
            return false;
        }

        Entry = entry;
        Step = await db.MeasureSteps.AsNoTracking().FirstAsync(s => s.Id == entry.StepId, cancellationToken);
        Measure = await db.Measures.AsNoTracking().Include(m => m.Departments).Include(m => m.Plan)
            .FirstAsync(m => m.Id == Step.MeasureId, cancellationToken);
        Refused = CorrectProgress.Refusal(Actor, Measure, Entry, await corrections.PublishedAsync(Measure.PlanId, cancellationToken));
        if (Refused is null)
        {
            PublishedDocuments = (await db.Documents.AsNoTracking()
                    .Where(d => d.Status == Prongsai.Core.Publishing.DocumentStatus.Published)
                    .OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id).Take(200)
                    .Select(d => new { d.Id, d.Title }).ToListAsync(cancellationToken))
                .Select(d => (d.Id, d.Title)).ToList();
        }

        return true;
    }
}
