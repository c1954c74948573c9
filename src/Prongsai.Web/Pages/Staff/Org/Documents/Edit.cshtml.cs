using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Text;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Documents;

/// <summary>
/// Create or edit a document and upload attachments. Publishing, scheduling, unpublishing and deleting are links to
/// their confirmation pages (Publish, Unpublish, Delete), never a post from here.
/// </summary>
[RequirePermissionToChange(PublishingPermissions.PublishDocuments)]
public sealed class EditModel(ProngsaiDbContext db, SaveDocument save, TimeProvider clock) : StaffPageModel
{
    public sealed class FormInput
    {
        public string? Title { get; set; }
        public string? Summary { get; set; }
        public string? Body { get; set; }
        public int? CategoryId { get; set; }
        public int? DepartmentId { get; set; }

        /// <summary>As typed ("2568", "๒๕๖๘"): a year that cannot be read comes back as it was, with why.</summary>
        public string? FiscalYear { get; set; }
    }

    [BindProperty]
    public FormInput Input { get; set; } = new();

    public Document? Document { get; private set; }
    public IReadOnlyList<DocumentCategory> Categories { get; private set; } = [];
    public IReadOnlyList<Department> Departments { get; private set; } = [];
    public IReadOnlyList<DocumentVersion> Versions { get; private set; } = [];
    private Dictionary<string, string> savedByNames = [];

    public string NameOf(string savedBy) => savedByNames.GetValueOrDefault(savedBy, savedBy);
    public long MaxBytes { get; private set; }
    public bool OrganizationWide { get; private set; }

    /// <summary>Whether the member may publish, unpublish or delete the document shown (else the page only reads).</summary>
    public bool CanChange => Document is not null && Actor.HasFor(PublishingPermissions.PublishDocuments, Document.DepartmentId);

    /// <summary>
    /// The document's edit count the form carries: as drawn, kept through a preview or a refused field, and the current
    /// one only after a colleague's save refused this one (<see cref="EditConflicts"/>), so saving again replaces knowingly.
    /// </summary>
    public int EditVersion { get; private set; }

    /// <summary>Set by the preview button: the body shaped and sanitized as the public page shows it.</summary>
    public string? PreviewHtml { get; private set; }

    /// <summary>
    /// The editor, for document <paramref name="id"/> or a new one; a new one may start in a category, a department and
    /// a fiscal year (the manuals' list adds a department's missing manual this way).
    /// </summary>
    public async Task<IActionResult> OnGetAsync(int? id, int? category = null, int? department = null, int? year = null)
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
                Title = Document!.Title, Summary = Document.Summary, Body = TextShape.ForEditing(Document.BodyHtml), CategoryId = Document.CategoryId,
                DepartmentId = Document.DepartmentId, FiscalYear = Document.FiscalYear?.ToString(CultureInfo.InvariantCulture),
            };
        }
        else
        {
            // A preset from a hand-typed address that saving would refuse is ignored, not shown in the field.
            Input.FiscalYear = (year is >= 2400 and <= 3000 ? year.Value : FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear).ToString(CultureInfo.InvariantCulture);
            Input.DepartmentId = department ?? (Actor.DepartmentIds.Count == 1 ? Actor.DepartmentIds.First() : null);
            Input.CategoryId = category ?? Input.CategoryId;
        }

        await LoadListsAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(int? id, List<IFormFile>? files, List<int>? remove, int? editVersion)
    {
        var uploads = (files ?? []).Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName))
            .Select(f => new UploadedFile(f.FileName, f.OpenReadStream())).ToList();
        try
        {
            var fiscalYear = ThaiDateFields.ReadFiscalYear(ModelState, "Input.FiscalYear", Input.FiscalYear, required: false);
            var input = new DocumentInput(Input.Title, Input.Summary, Input.Body, Input.CategoryId, Input.DepartmentId, fiscalYear)
            {
                EditVersion = editVersion,
            };
            if (!ModelState.IsValid)
            {
                // A year (or a choice) that could not be read is never saved as none: the form comes back as typed with
                // every other problem the use case finds too, and nothing is saved.
                return await ShowErrorsAsync(id, await save.CheckAsync(id, input, Actor, HttpContext.RequestAborted), editVersion);
            }

            var result = await save.RunAsync(id, input, uploads, remove ?? [], Actor, HttpContext.RequestAborted);
            if (result.Succeeded)
            {
                Flash = result.Value!.Status == DocumentStatus.Published
                    ? Lang.T("บันทึกแล้ว หน้าเผยแพร่ปรับตามทันที และบันทึกในทะเบียนการเผยแพร่แล้ว", "Saved; the public page and the ledger are updated.")
                    : Lang.T("บันทึกแล้ว", "Saved.");
                return Redirect($"/staff/{Org.Slug}/documents/edit/{result.Value.Id.ToString(CultureInfo.InvariantCulture)}");
            }

            return await ShowErrorsAsync(id, result.Errors, editVersion);
        }
        finally
        {
            foreach (var upload in uploads)
            {
                await upload.Content.DisposeAsync();
            }
        }
    }

    /// <summary>The form as the public page would show it; nothing is saved and attached files are not kept.</summary>
    public async Task<IActionResult> OnPostPreviewAsync(int? id, int? editVersion)
    {
        if (id is { } documentId && await LoadAsync(documentId) is { } problem)
        {
            return problem;
        }

        EditVersion = editVersion ?? EditVersion;
        await LoadListsAsync();
        PreviewHtml = TextShape.Preview(Input.Body);
        return Page();
    }

    /// <summary>The form again with the use case's errors beside their fields (none on a field the page already refused).</summary>
    private async Task<IActionResult> ShowErrorsAsync(int? id, IReadOnlyList<Error> errors, int? editVersion)
    {
        if (StatusFor(errors) is { } refusal)
        {
            return refusal;
        }

        // A colleague's save comes first on the page; an attachment's message goes under the name the file field posts
        // ("files"), the others under the form's.
        var stale = EditConflicts.Among(errors);
        errors = EditConflicts.Others(errors).ToList();
        FormState.AddErrors(ModelState, errors.Where(e => e.Field != "files"), nameof(Input));
        FormState.AddErrors(ModelState, errors.Where(e => e.Field == "files"));
        if (id is { } documentId && await LoadAsync(documentId) is { } problem)
        {
            return problem;
        }

        await LoadListsAsync();
        if (stale)
        {
            // LoadAsync has read the document's current count.
            EditVersion = ShowEditConflict(EditVersion,
                $"/staff/{Org.Slug}/documents/edit/{id!.Value.ToString(CultureInfo.InvariantCulture)}");
            return Page();
        }

        EditVersion = editVersion ?? EditVersion;
        Response.StatusCode = FormState.RefusedStatus(errors);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        Document = await db.Documents.AsNoTracking().Include(d => d.Attachments).Include(d => d.Category).FirstOrDefaultAsync(d => d.Id == id);
        if (Document is null)
        {
            return NotFound();
        }

        EditVersion = Document.EditVersion;
        // Department roles see their own departments' documents; a role without a department (the Auditor)
        // reads every document, and changes none (the use cases refuse its posts).
        var readsEverything = HttpMethods.IsGet(Request.Method) && !Actor.Roles.Any(r => r is OrgRole.DepartmentHead or OrgRole.DepartmentStaff);
        if (!Actor.HasFor(PublishingPermissions.PublishDocuments, Document.DepartmentId) && !readsEverything)
        {
            return Forbid();
        }

        Versions = await db.DocumentVersions.AsNoTracking().Where(v => v.DocumentId == id).OrderByDescending(v => v.Number).ToListAsync();
        // Older versions recorded the editor's e-mail: show people's names.
        var savers = Versions.Select(v => v.SavedBy).Distinct().ToList();
        savedByNames = await db.Users.AsNoTracking().Where(u => u.Email != null && savers.Contains(u.Email))
            .ToDictionaryAsync(u => u.Email!, u => u.DisplayName);
        return null;
    }

    private async Task LoadListsAsync()
    {
        await DefaultCategories.EnsureAsync(db, Org.Id, HttpContext.RequestAborted);
        Categories = await db.DocumentCategories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync();
        OrganizationWide = Actor.IsOrganizationWide;
        var departments = await DepartmentChoices.Offered(db.Departments.AsNoTracking(), Document?.DepartmentId).OrderBy(d => d.SortOrder).ToListAsync();
        Departments = OrganizationWide ? departments : departments.Where(d => Actor.DepartmentIds.Contains(d.Id)).ToList();
        MaxBytes = HttpContext.RequestServices.GetRequiredService<StagedUploads>().MaxBytes;
    }
}
