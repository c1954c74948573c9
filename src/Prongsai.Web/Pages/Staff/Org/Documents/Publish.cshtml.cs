using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Common;
using Prongsai.Core.Publishing;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Documents;

/// <summary>
/// Publishing a document asks first: GET names the document, says what will happen and what changes since the
/// version last published (or that it is the first publication), and changes nothing; POST publishes now or, with
/// a date and time typed in พ.ศ. (the edit page's schedule field comes here as ?publishAt=…), schedules it.
/// </summary>
[RequirePermission(PublishingPermissions.PublishDocuments)]
public sealed class PublishModel(DocumentPublicationPreview preview, PublishDocument publish) : StaffPageModel
{
    [FromRoute]
    public int Id { get; set; }

    public DocumentChanges Changes { get; private set; } = null!;

    /// <summary>Scheduling rather than publishing now: a time was given.</summary>
    public bool Scheduling { get; private set; }
    public string? PublishAtText { get; private set; }
    public DateTimeOffset? PublishAt { get; private set; }

    public string EditUrl => $"/staff/{Org.Slug}/documents/edit/{Id.ToString(CultureInfo.InvariantCulture)}";
    public string PreviewUrl => $"/staff/{Org.Slug}/documents/{Id.ToString(CultureInfo.InvariantCulture)}/preview";

    public async Task<IActionResult> OnGetAsync(string? publishAt)
    {
        if (Request.Query.ContainsKey("publishAt"))
        {
            Scheduling = true;
            PublishAtText = publishAt;
            PublishAt = ThaiDateFields.ReadDateTime(ModelState, "publishAt", publishAt);
        }

        return await ShowAsync();
    }

    public async Task<IActionResult> OnPostNowAsync() =>
        await AfterAsync(await publish.PublishNowAsync(Id, Actor, HttpContext.RequestAborted), Lang.T("เผยแพร่แล้ว", "Published."));

    public async Task<IActionResult> OnPostScheduleAsync(string? publishAt)
    {
        Scheduling = true;
        PublishAtText = publishAt;
        // The time is Bangkok wall-clock time, typed with a พ.ศ. date.
        if (ThaiDateFields.ReadDateTime(ModelState, "publishAt", publishAt) is not { } at)
        {
            return await ShowAsync();
        }

        PublishAt = at;
        return await AfterAsync(await publish.ScheduleAsync(Id, at, Actor, HttpContext.RequestAborted), Lang.T("ตั้งเวลาเผยแพร่แล้ว", "Publication is scheduled."));
    }

    private async Task<IActionResult> AfterAsync(Result<Document> result, string done)
    {
        if (result.Succeeded)
        {
            Flash = done;
            return Redirect(EditUrl);
        }

        if (StatusFor(result.Errors) is { } refusal)
        {
            return refusal;
        }

        // A time in the past belongs beside the date field; anything else above the form.
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field == "PublishAt" ? "publishAt" : string.Empty, error.Message);
        }

        return await ShowAsync();
    }

    private async Task<IActionResult> ShowAsync()
    {
        var changes = await preview.RunAsync(Actor, Id, HttpContext.RequestAborted);
        if (!changes.Succeeded)
        {
            return StatusFor(changes.Errors) ?? BadRequest();
        }

        Changes = changes.Value!;
        if (Changes.Document.Status == DocumentStatus.Published)
        {
            Flash = Lang.T("เอกสารนี้เผยแพร่อยู่แล้ว", "This document is already published.");
            return Redirect(EditUrl);
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }

        return Page();
    }
}
