using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Publishing;

namespace Prongsai.Web.Pages.Staff.Org.Documents;

/// <summary>
/// Each department's work manual and service guide for a fiscal year (<see cref="DepartmentManuals"/>): read by every
/// member of the back office, with the way to add what is missing for those who publish documents.
/// </summary>
public sealed class ManualsModel(DepartmentManuals manuals, ProngsaiDbContext db, TimeProvider clock) : StaffPageModel
{
    /// <summary>Years before the first fiscal year Prongsai's documents can name are not offered.</summary>
    private const int FirstYear = 2560;

    public DepartmentManualsYear Year { get; private set; } = null!;
    public int CurrentYear { get; private set; }

    /// <summary>The two categories' ids, for the links to add or list a department's manuals.</summary>
    public int? WorkCategoryId { get; private set; }
    public int? ServiceCategoryId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? year)
    {
        CurrentYear = FiscalYear.ForDate(BangkokTime.Today(clock)).BeYear;
        var fiscalYear = year ?? CurrentYear;
        if (fiscalYear < FirstYear || fiscalYear > CurrentYear + 1)
        {
            return NotFound();
        }

        // As on the documents list: an organization made before these default categories gets them here.
        await DefaultCategories.EnsureAsync(db, Org.Id, HttpContext.RequestAborted);
        var categories = await db.DocumentCategories.AsNoTracking()
            .Where(c => c.Slug == DefaultCategories.WorkManuals || c.Slug == DefaultCategories.ServiceManuals)
            .ToDictionaryAsync(c => c.Slug, c => c.Id, HttpContext.RequestAborted);
        WorkCategoryId = categories.GetValueOrDefault(DefaultCategories.WorkManuals);
        ServiceCategoryId = categories.GetValueOrDefault(DefaultCategories.ServiceManuals);
        Year = await manuals.ReadAsync(fiscalYear, HttpContext.RequestAborted);
        return Page();
    }

    /// <summary>Whether the member may add a manual for the department (its own, or any for organization-wide roles).</summary>
    public bool MayAddFor(int departmentId) => Actor.HasFor(PublishingPermissions.PublishDocuments, departmentId);
}
