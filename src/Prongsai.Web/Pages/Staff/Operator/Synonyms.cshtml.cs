using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Search;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Operator;

/// <summary>The platform Operator keeps the search's synonym groups (อบต. ↔ องค์การบริหารส่วนตำบล, …).</summary>
public sealed class SynonymsModel(ManageSearchSynonyms synonyms, StaffSession session) : PageModel
{
    public IReadOnlyList<SearchSynonym> Groups { get; private set; } = [];

    [BindProperty] public string? Terms { get; set; }

    [TempData] public string? Message { get; set; }

    /// <summary>The form that came back refused: the group's id, or <see cref="Guid.Empty"/> for the form that adds one.</summary>
    public Guid? RefusedGroup { get; private set; }

    public async Task OnGetAsync() => Groups = await synonyms.ListAsync(HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAddAsync()
    {
        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        var added = await synonyms.AddAsync(actor, Terms, HttpContext.RequestAborted);
        return await AnswerAsync(added.Errors, Lang.T($"เพิ่มกลุ่มคำ {added.Value?.Terms} แล้ว", $"Added the group {added.Value?.Terms}."), Guid.Empty);
    }

    public async Task<IActionResult> OnPostUpdateAsync(Guid id)
    {
        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        var updated = await synonyms.UpdateAsync(actor, id, Terms, HttpContext.RequestAborted);
        return await AnswerAsync(updated.Errors, Lang.T($"บันทึกกลุ่มคำ {updated.Value?.Terms} แล้ว", $"Saved the group {updated.Value?.Terms}."), id);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id)
    {
        var actor = await session.GetActorAsync(HttpContext.RequestAborted);
        var removed = await synonyms.RemoveAsync(actor, id, HttpContext.RequestAborted);
        return await AnswerAsync(removed.Errors, Lang.T("ลบกลุ่มคำแล้ว", "Removed the group."), null);
    }

    private async Task<IActionResult> AnswerAsync(IReadOnlyList<Prongsai.Core.Common.Error> errors, string done, Guid? form)
    {
        if (errors.Count == 0)
        {
            Message = done;
            return RedirectToPage();
        }

        if (UseCaseErrors.ForPage(this, errors) is { } refusal)
        {
            return refusal;
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        RefusedGroup = form;
        await OnGetAsync();
        return Page();
    }
}
