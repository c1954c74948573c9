using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Documents;

/// <summary>Create or edit a document, upload attachments, publish now, schedule or unpublish.</summary>
[RequirePermissionToChange(Permission.PublishDocuments)]
public sealed class EditModel(ProngsaiDbContext db, SaveDocument save, PublishDocument publish, TimeProvider clock) : StaffPageModel
{
    public sealed class FormInput
    {
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? Body { get; set; }
        public int? CategoryId { get; set; }
        public int? DepartmentId { get; set; }
        public int? FiscalYear { get; set; }
    }

    [BindProperty]
    public FormInput Input { get; set; } = new();

    public Document? Document { get; private set; }
    public IReadOnlyList<DocumentCategory> Categories { get; private set; } = [];
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public IReadOnlyList<DocumentVersion> Versions { get; private set; } = [];
    public long MaxBytes { get; private set; }
    public bool OrganizationWide { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is { } documentId)
        {
            var loaded = await LoadAsync(documentId);
            if (loaded is not null)
            {
                return loaded;
            }

            Input = new FormInput
            {
                Title = Document!.Title, Summary = Document.Summary, Body = Document.BodyHtml, CategoryId = Document.CategoryId,
                DepartmentId = Document.DepartmentId, FiscalYear = Document.FiscalYear,
            };
        }
        else
        {
            Input.FiscalYear = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
            Input.DepartmentId = Member.DepartmentIds.Count == 1 ? Member.DepartmentIds.First() : null;
        }

        await LoadListsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int? id, List<IFormFile>? files, List<int>? remove)
    {
        var uploads = (files ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))
            .Select(f => new UploadedFile(f.FileName, f.OpenReadStream())).ToList();
        try
        {
            var result = await save.RunAsync(id, new DocumentInput(Input.Title, Input.Summary, Input.Body, Input.CategoryId, Input.DepartmentId, Input.FiscalYear),
                uploads, remove ?? [], DocumentLabels.EditorOf(this), HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Flash = result.Value!.Status == DocumentStatus.Published
                    ? Lang.T("บันทึกแล้ว หน้าเผยแพร่ปรับตามทันที และบันทึกในทะเบียนการเผยแพร่แล้ว", "Saved; the public page and the ledger are updated.")
                    : Lang.T("บันทึกแล้ว", "Saved.");
                return Redirect($"/staff/{Org.Slug}/documents/edit/{result.Value.Id.ToString(CultureInfo.InvariantCulture)}");
            }

            return await ShowErrorsAsync(id, result.Errors);
        }
        finally
        {
            foreach (var upload in uploads)
            {
                await upload.Content.DisposeAsync();
            }
        }
    }

    public async Task<IActionResult> OnPostPublishAsync(int id) =>
        await AfterAsync(id, await publish.PublishNowAsync(id, DocumentLabels.EditorOf(this), HttpContext.RequestAborted),
            Lang.T("เผยแพร่แล้ว", "Published."));

    public async Task<IActionResult> OnPostUnpublishAsync(int id) =>
        await AfterAsync(id, await publish.UnpublishAsync(id, DocumentLabels.EditorOf(this), HttpContext.RequestAborted),
            Lang.T("ยกเลิกการเผยแพร่แล้ว", "Unpublished."));

    public async Task<IActionResult> OnPostScheduleAsync(int id, string? publishAt)
    {
        if (!DateTime.TryParseExact(publishAt, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return await ShowErrorsAsync(id, [Error.Invalid(Lang.T("กรุณาระบุวันและเวลาที่จะเผยแพร่", "Choose a date and time"), "publishAt")]);
        }

        // The form's time is Bangkok wall-clock time.
        var at = new DateTimeOffset(local, BangkokTime.TimeZone.GetUtcOffset(local));
        return await AfterAsync(id, await publish.ScheduleAsync(id, at, DocumentLabels.EditorOf(this), HttpContext.RequestAborted),
            Lang.T("ตั้งเวลาเผยแพร่แล้ว", "Scheduled."));
    }

    private async Task<IActionResult> AfterAsync(int id, Result<Document> result, string done)
    {
        if (result.Succeeded)
        {
            Flash = done;
            return Redirect($"/staff/{Org.Slug}/documents/edit/{id.ToString(CultureInfo.InvariantCulture)}");
        }

        return await ShowErrorsAsync(id, result.Errors);
    }

    private async Task<IActionResult> ShowErrorsAsync(int? id, IReadOnlyList<Error> errors)
    {
        if (errors.Any(e => e.Code == "not_found"))
        {
            return NotFound();
        }

        if (errors.Any(e => e.Code == "forbidden"))
        {
            return Forbid();
        }

        AddErrors(errors, nameof(Input));
        if (id is { } documentId && await LoadAsync(documentId) is { } problem)
        {
            return problem;
        }

        await LoadListsAsync();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        Document = await db.Documents.AsNoTracking().Include(d => d.Attachments).Include(d => d.Category).FirstOrDefaultAsync(d => d.Id == id);
        if (Document is null)
        {
            return NotFound();
        }

        // Department roles see their own departments' documents; a role without a department (the Auditor)
        // reads every document, and changes none (the page's write permission refuses its posts).
        var readsEverything = HttpMethods.IsGet(Request.Method) && !Member.Roles.Any(RolePermissions.IsDepartmentScoped);
        if (!DocumentLabels.EditorOf(this).MayEdit(Document.DepartmentId) && !readsEverything)
        {
            return Forbid();
        }

        Versions = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == id).OrderByDescending(v => v.Number).ToListAsync();
        return null;
    }

    private async Task LoadListsAsync()
    {
        await DefaultCategories.EnsureAsync(db, Org.Id, HttpContext.RequestAborted);
        Categories = await db.DocumentCategories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync();
        OrganizationWide = DocumentLabels.EditorOf(this).OrganizationWide;
        var departments = await db.Departments.AsNoTracking().OrderBy(d => d.SortOrder).ToListAsync();
        Departments = OrganizationWide ? departments : departments.Where(d => Member.DepartmentIds.Contains(d.Id)).ToList();
        MaxBytes = HttpContext.RequestServices.GetRequiredService<StagedUploads>().MaxBytes;
    }
}
