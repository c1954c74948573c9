using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Circulars;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Circulars;

/// <summary>
/// Issuing a circular: number, subject, text, the signed letter as a file, to everyone or to chosen departments, and
/// the day to acknowledge by (typed in พ.ศ.). A refused form comes back as typed, with each error beside its field.
/// Everyone in the back office may read the form (the Auditor reads everything); only issuers may send it.
/// </summary>
[RequirePermissionToChange(CircularsPermissions.IssueCirculars)]
public sealed class NewModel(IssueCircular issue, ProngsaiDbContext db, StagedUploads uploads) : StaffPageModel
{
    [BindProperty] public CircularForm Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Name)> Departments { get; private set; } = [];
    public long MaxBytes => uploads.MaxBytes;

    public async Task OnGetAsync() => await LoadDepartmentsAsync();

    public async Task<IActionResult> OnPostAsync(IFormFile? file)
    {
        var acknowledgeBy = ThaiDateFields.ReadDate(ModelState, "Input.AcknowledgeBy", Input.AcknowledgeBy, required: false);
        if (!ModelState.IsValid)
        {
            return await ShowAgainAsync();
        }

        // Both choices are on the form at once; an ambiguous one is asked again rather than sent to more people than meant.
        var departments = Input.ToEveryone ? [] : Input.DepartmentIds;
        if (Input.ToEveryone && Input.DepartmentIds.Count > 0)
        {
            ModelState.AddModelError("Input.DepartmentIds", Lang.T("เลือก \"บุคลากรทุกคน\" ไว้ แต่ก็เลือกส่วนราชการด้วย กรุณาเลือกอย่างใดอย่างหนึ่ง",
                "\"Everyone\" is chosen, and departments too: please choose one or the other."));
            return await ShowAgainAsync();
        }

        if (!Input.ToEveryone && departments.Count == 0)
        {
            ModelState.AddModelError("Input.DepartmentIds", Lang.T("กรุณาเลือกส่วนราชการอย่างน้อยหนึ่งแห่ง หรือเลือกส่งถึงบุคลากรทุกคน",
                "Please choose at least one department, or send it to everyone."));
            return await ShowAgainAsync();
        }

        await using var content = file is { Length: > 0 } ? file.OpenReadStream() : null;
        var upload = content is null ? null : new Prongsai.Core.Publishing.UploadedFile(file!.FileName, content);
        var result = await issue.RunAsync(Actor, new CircularInput(Input.Number, Input.Title, Input.Body, departments, acknowledgeBy),
            upload, HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            if (StatusFor(result.Errors) is { } refusal)
            {
                return refusal;
            }

            // The letter's message goes under the name its file field posts ("file"), the others under the form's.
            FormState.AddErrors(ModelState, result.Errors.Where(e => e.Field != "files"), nameof(Input));
            foreach (var error in result.Errors.Where(e => e.Field == "files"))
            {
                ModelState.AddModelError("file", error.Message);
            }

            return await ShowAgainAsync();
        }

        var circular = result.Value!;
        Flash = Lang.T($"ออกหนังสือเวียนแล้ว ส่งถึง {circular.Recipients.Count:N0} คน ทุกคนเห็นในหน้าแรกของตนว่ามีหนังสือรอรับทราบ",
            $"Issued to {circular.Recipients.Count:N0} people; each sees it waiting on their dashboard.");
        return Redirect($"/staff/{Org.Slug}/circulars/{circular.Id.ToString(CultureInfo.InvariantCulture)}");
    }

    private async Task<IActionResult> ShowAgainAsync()
    {
        await LoadDepartmentsAsync();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private async Task LoadDepartmentsAsync()
    {
        var departments = await db.Departments.AsNoTracking().InUse().OrderBy(d => d.SortOrder).ThenBy(d => d.Id)
            .Select(d => new { d.Id, d.Name }).ToListAsync(HttpContext.RequestAborted);
        Departments = departments.Select(d => (d.Id, d.Name)).ToList();
    }
}

/// <summary>The issuing form as typed (the date stays text so a mistyped one comes back as it was).</summary>
public sealed class CircularForm
{
    public string? Number { get; set; }
    public string? Title { get; set; }
    public string? Body { get; set; }
    public bool ToEveryone { get; set; } = true;
    public List<int> DepartmentIds { get; set; } = [];
    public string? AcknowledgeBy { get; set; }
}
