using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Documents;

[RequirePermissionToChange(PublishingPermissions.PublishDocuments)]
public sealed class IndexModel(ProngsaiDbContext db) : StaffPageModel
{
    public sealed record Row(int Id, string Title, string Category, string? Department, int? FiscalYear, DocumentStatus Status,
        DateTimeOffset UpdatedAt, DateTimeOffset? PublishAt, int Attachments, int Pending, bool MayEdit);

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<DocumentCategory> Categories { get; private set; } = [];
    public DocumentStatus? Status { get; private set; }
    public int? CategoryId { get; private set; }

    public async Task OnGetAsync(DocumentStatus? status, int? category)
    {
        await DefaultCategories.EnsureAsync(db, Org.Id, HttpContext.RequestAborted);
        Status = status;
        CategoryId = category;
        Categories = await db.DocumentCategories.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync();
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name);
        // Department roles: their departments' documents and published ones only (StaffDocumentList).
        var query = db.Documents.AsNoTracking().VisibleTo(Actor);
        if (status is { } s)
        {
            query = query.Where(d => d.Status == s);
        }

        if (category is { } c)
        {
            query = query.Where(d => d.CategoryId == c);
        }

        var rows = await query.Select(d => new
        {
            d.Id, d.Title, Category = d.Category!.Name, CategoryEnglish = d.Category.NameEnglish, d.DepartmentId, d.FiscalYear, d.Status, d.UpdatedAt, d.PublishAt,
            Attachments = d.Attachments.Count, Pending = d.Attachments.Count(a => a.TextState == TextState.Pending),
        }).ToListAsync();
        Rows = rows.OrderByDescending(r => r.UpdatedAt).ThenByDescending(r => r.Id)
            .Select(r => new Row(r.Id, r.Title, Lang.T(r.Category, r.CategoryEnglish ?? r.Category), r.DepartmentId is { } id ? departments.GetValueOrDefault(id) : null, r.FiscalYear,
                r.Status, r.UpdatedAt, r.PublishAt, r.Attachments, r.Pending, Actor.HasFor(PublishingPermissions.PublishDocuments, r.DepartmentId)))
            .ToList();
    }
}
