using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Auditing;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>Read and export the audit trail. There is deliberately no way to edit it.</summary>
[RequirePermission(Permission.ViewAuditTrail)]
public sealed class AuditModel(ProngsaiDbContext db) : StaffPageModel
{
    public const int PageSize = 100;

    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync() => Entries = await Query().Take(PageSize).ToListAsync();

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var csv = new StringBuilder("\uFEFFid,at_utc,user,action,entity,entity_id,changes\n");
        await foreach (var a in Query().AsAsyncEnumerable())
        {
            csv.Append(string.Join(',',
                a.Id.ToString(CultureInfo.InvariantCulture), a.At.UtcDateTime.ToString("o", CultureInfo.InvariantCulture),
                Quote(a.UserName), a.Action, a.Entity, Quote(a.EntityId), Quote(a.Changes))).Append('\n');
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"audit-{Org.Slug}.csv");
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

    /// <summary>RFC 4180 quoting; a leading = + - @ is neutralized so a spreadsheet never runs it as a formula.</summary>
    private static string Quote(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        if (value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
