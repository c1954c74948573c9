using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Calendar;
using Prongsai.Core.Consultations;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Consultations;

/// <summary>
/// One consultation in the back office: where it stands, the counts, every opinion in the order it came (name and
/// contact only for those who run it), leaving an opinion out of the count or taking it back, and the summary once the
/// last day is over. Everyone in the back office reads it; the Auditor reads everything but who gave each opinion.
/// </summary>
[RequirePermissionToChange(ConsultationsPermissions.ManageConsultations)]
public sealed class ConsultationModel(ConsultationBoard board, CountOpinion count, PublishConsultationSummary summarize, ProngsaiDbContext db, TimeProvider clock)
    : StaffPageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public string? Reason { get; set; }
    [BindProperty] public string? Summary { get; set; }

    public Consultation Consultation { get; private set; } = null!;
    public OpinionCounts Counts { get; private set; } = new(0, 0, 0, 0);
    public IReadOnlyList<Opinion> Opinions { get; private set; } = [];
    public string? Department { get; private set; }
    public DateOnly Today { get; private set; }
    public ConsultationPhase Phase => Consultation.PhaseOn(Today);

    /// <summary>Whether this member runs this consultation: sees who gave each opinion, and acts on it.</summary>
    public bool MayManage => Actor.HasFor(ConsultationsPermissions.ManageConsultations, Consultation.DepartmentId);

    /// <summary>Which opinion's "leave out" form failed, so its errors show beside it.</summary>
    public int? FailedOpinion { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        Summary = Consultation.Summary;
        return Page();
    }

    /// <summary>The opinions as CSV for writing the summary; names and contacts only for those who run the consultation.</summary>
    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        return File(ConsultationBoard.OpinionsCsv(Opinions, MayManage), "text/csv; charset=utf-8",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"opinions-{Org.Slug}-{Id}.csv"));
    }

    public async Task<IActionResult> OnPostExcludeAsync(int opinionId)
    {
        FailedOpinion = opinionId;
        return await AnswerFormAsync(await count.ExcludeAsync(Actor, opinionId, Reason, HttpContext.RequestAborted), form: null,
            Lang.T("ไม่นับความคิดเห็นนี้แล้ว นับกลับได้ทุกเมื่อจนกว่าจะเผยแพร่สรุปผล", "The opinion is left out of the count; it can be counted again until the summary is published."),
            Here + "#opinions", LoadAsync);
    }

    public async Task<IActionResult> OnPostRestoreAsync(int opinionId) =>
        await AnswerFormAsync(await count.RestoreAsync(Actor, opinionId, HttpContext.RequestAborted), "restore",
            Lang.T("นับความคิดเห็นนี้แล้ว", "The opinion counts again."), Here + "#opinions", LoadAsync);

    public async Task<IActionResult> OnPostSummaryAsync() =>
        await AnswerFormAsync(await summarize.RunAsync(Actor, Id, Summary, HttpContext.RequestAborted), form: null,
            Lang.T("เผยแพร่สรุปผลบนเว็บไซต์แล้ว", "The summary is on the website."), Here, LoadAsync);

    private string Here => ConsultationLabels.StaffPath(Org.Slug, Id);

    private async Task<bool> LoadAsync()
    {
        if (await board.FindAsync(Id, HttpContext.RequestAborted) is not { } consultation)
        {
            return false;
        }

        Consultation = consultation;
        Today = BangkokTime.Today(clock);
        Counts = await board.CountsAsync(Id, HttpContext.RequestAborted);
        Opinions = await board.OpinionsAsync(Id, HttpContext.RequestAborted);
        Department = consultation.DepartmentId is { } d
            ? (await DepartmentChoices.NamesAsync(db, [d], HttpContext.RequestAborted)).GetValueOrDefault(d)
            : null;
        return true;
    }
}
