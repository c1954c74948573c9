using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Requests;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;

namespace Prongsai.Web.Pages.Public.Requests;

/// <summary>/{org}/qa: published questions with their answers (personal data masked) and the ask form.</summary>
[PublicPost("request")]
public sealed class QaModel(PortalData portal, ProngsaiDbContext db) : PublicRequestPage(portal)
{
    public sealed record Pair(int Id, string Question, string Details, string Answer, DateTimeOffset AskedAt, DateTimeOffset AnsweredAt, string? Department, bool IsSample);

    public IReadOnlyList<Pair> Pairs { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        if (!await LoadOrganizationAsync())
        {
            return NotFound();
        }

        await LoadPageAsync();
        return Page();
    }

    public Task<IActionResult> OnPostAsync() => FileAsync(RequestKind.Question, null);

    protected override async Task LoadPageAsync()
    {
        var rows = await db.Set<TrackedRequest>().AsNoTracking()
            .Where(r => r.Published && r.Answer != null && r.AnsweredAt != null && r.Type!.Kind == RequestKind.Question)
            .OrderByDescending(r => r.AnsweredAt).Take(100)
            .Select(r => new { r.Id, r.Subject, r.Details, r.Answer, r.ReceivedAt, r.AnsweredAt, r.DepartmentId, r.IsSample })
            .ToListAsync(HttpContext.RequestAborted);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, HttpContext.RequestAborted);
        Pairs = rows.Select(r => new Pair(r.Id, PersonalDataMask.Mask(r.Subject), PersonalDataMask.Mask(r.Details), PersonalDataMask.Mask(r.Answer),
            r.ReceivedAt, r.AnsweredAt!.Value, r.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, r.IsSample)).ToList();
    }
}
