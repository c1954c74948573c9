using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;
using Prongsai.Web.Authorization;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>Read and export the audit trail. There is deliberately no way to edit it.</summary>
[RequirePermission(OrganizationPermissions.ViewAuditTrail)]
public sealed class AuditModel(ProngsaiDbContext db) : StaffPageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = await Query().Take(PageSize).ToListAsync();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        text.Write("\uFEFFid,at_utc,user,action,entity,entity_id,changes\r\n");
        using (var csv = CsvFiles.CreateWriter(text))
        {
            await foreach (var a in Query().AsAsyncEnumerable())
            {
                string?[] fields =
                [
                    a.Id.ToString(CultureInfo.InvariantCulture), a.At.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
                    a.UserName, a.Action, a.Entity, a.EntityId, a.Changes,
                ];
                foreach (var field in fields)
                {
                    csv.WriteField(field);
                }

                csv.EndRecord();
            }
        }

        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"audit-{Org.Slug}.csv");
    }

    private IQueryable<AuditEntry> Query()
    {
        var query = db.AuditEntries.AsNoTracking().Where(a => a.OrganizationId == Org.Id);
        if (!string.IsNullOrWhiteSpace(Entity))
        {
            query = query.Where(a => a.Entity == Entity);
        }

        if (Before is not null)
        {
            query = query.Where(a => a.Id < Before);
        }

        return query.OrderByDescending(a => a.Id);
    }
}
