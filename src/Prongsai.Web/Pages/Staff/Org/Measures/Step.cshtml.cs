using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Measures;
using Prongsai.Core.Measures.Progress;
using Prongsai.Core.Storage;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Measures;

/// <summary>
/// One step: mark it done, record progress with evidence (file or link), download evidence, and the history of its
/// entries — corrections with the originals they replaced, struck through — with a link for the author to correct.
/// </summary>
public sealed class StepModel(RecordProgress progress, CorrectProgress corrections, ProngsaiDbContext db) : StaffPageModel
{
    [FromRoute]
    public int StepId { get; set; }

    public MeasureStep Step { get; private set; } = null!;
    public Measure Measure { get; private set; } = null!;
    public int FiscalYear { get; private set; }
    public bool CanEdit { get; private set; }

    [BindProperty] public string? Date { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public IFormFile? Upload { get; set; }
    [BindProperty] public string? Link { get; set; }
    [BindProperty] public string? EvidenceTitle { get; set; }
    [BindProperty] public bool MarkDone { get; set; }
    [BindProperty] public int? PublishedDocumentId { get; set; }

    /// <summary>The entries, each current one with what it replaced.</summary>
    public IReadOnlyList<ProgressHistoryItem> History { get; private set; } = [];

    private IReadOnlyList<(int Version, DateTimeOffset PublishedAt)> published = [];

    /// <summary>Whether the member may correct the entry now (the same rule the use case applies).</summary>
    public bool CanCorrect(ProgressEntry entry) => CorrectProgress.Refusal(Actor, Measure, entry, published) is null;

    /// <summary>The correction that replaced an entry.</summary>
    public ProgressEntry? CorrectedBy(ProgressEntry entry) => Step.Progress.FirstOrDefault(p => p.CorrectionOfId == entry.Id);

    /// <summary>The organization's published documents, newest first, to link as evidence.</summary>
    public IReadOnlyList<(int Id, string Title)> PublishedDocuments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostDoneAsync(bool done)
    {
        var result = await progress.SetDoneAsync(Actor, StepId, done, cancellationToken: HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            return StatusFor(result.Errors) ?? BadRequest();
        }

        Flash = done
            ? Lang.T("บันทึกว่าขั้นตอนนี้เสร็จแล้ว", "Recorded this step as done.")
            : Lang.T("บันทึกว่าขั้นตอนนี้ยังไม่เสร็จ", "Recorded this step as not done yet.");
        return Redirect($"/staff/{Org.Slug}/measures/step/{StepId}");
    }

    public async Task<IActionResult> OnPostProgressAsync()
    {
        // Required: a blank date is an error, never a silent "today" (the form shows today's date to start with).
        var date = ThaiDateFields.ReadDate(ModelState, nameof(Date), Date);

        if (ModelState.IsValid)
        {
            await using var content = Upload?.OpenReadStream();
            var input = new ProgressEntryInput(date, Text,
                Upload is { Length: > 0 } ? new EvidenceFile(content!, Upload.FileName, Upload.Length) : null,
                Link, EvidenceTitle, MarkStepDone: MarkDone, PublishedDocumentId: PublishedDocumentId);
            var result = await progress.AddAsync(Actor, StepId, input, HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Flash = Lang.T("บันทึกความก้าวหน้าแล้ว", "Saved the progress entry.");
                return Redirect($"/staff/{Org.Slug}/measures/step/{StepId}");
            }

            if (StatusFor(result.Errors) is { } status)
            {
                return status;
            }

            AddErrors(result.Errors);
        }

        // Someone who may not record progress here is refused as such, whatever they typed.
        return !await LoadAsync() ? NotFound() : CanEdit ? Page() : Forbid();
    }

    /// <summary>An evidence file of this step, for staff.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(int evidenceId)
    {
        if (!await LoadAsync() || !Step.Progress.SelectMany(p => p.Evidence).Any(e => e.Id == evidenceId))
        {
            return NotFound();
        }

        var opened = await progress.OpenEvidenceAsync(evidenceId, HttpContext.RequestAborted);
        if (opened is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, file.Evidence.ContentType ?? "application/octet-stream", FileTypeDetector.SafeFileName(file.Evidence.FileName));
    }

    private async Task<bool> LoadAsync()
    {
        var step = await db.MeasureSteps.AsNoTracking()
            .Include(s => s.Progress).ThenInclude(p => p.Evidence)
            .FirstOrDefaultAsync(s => s.Id == StepId, HttpContext.RequestAborted);
        if (step is null)
        {
            return false;
        }

        Step = step;
        Measure = await db.Measures.AsNoTracking().Include(m => m.Departments).Include(m => m.Plan)
            .FirstAsync(m => m.Id == step.MeasureId, HttpContext.RequestAborted);
        FiscalYear = Measure.Plan!.FiscalYear;
        CanEdit = Actor.CanEdit(Measure);
        History = ProgressHistoryItem.Of(step.Progress);
        if (CanEdit)
        {
            published = await corrections.PublishedAsync(Measure.PlanId, HttpContext.RequestAborted);
            PublishedDocuments = (await db.Documents.AsNoTracking()
                    .Where(d => d.Status == Prongsai.Core.Publishing.DocumentStatus.Published)
                    .OrderByDescending(d => d.PublishedAt).ThenByDescending(d => d.Id).Take(200)
                    .Select(d => new { d.Id, d.Title }).ToListAsync(HttpContext.RequestAborted))
                .Select(d => (d.Id, d.Title)).ToList();
        }

        return true;
    }
}
