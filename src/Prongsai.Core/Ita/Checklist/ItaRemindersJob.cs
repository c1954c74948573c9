using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Ita.Checklist;

/// <summary>
/// Once a week, each department with items of a checklist not yet ready gets an in-app reminder: every member of the
/// department (DepartmentHead, DepartmentStaff) receives one notification listing the item codes. Only checklists
/// whose ITAS due date is set and not past are reminded of.
/// </summary>
public sealed class ItaRemindersJob(ProngsaiDbContext db, ChecklistReader reader, TimeProvider clock) : IBackgroundJob
{
    public static readonly TimeSpan Interval = TimeSpan.FromDays(7);

    public string Name => "ita-reminders";

    public IQueryable<int> OrganizationsWithWork(ProngsaiDbContext context)
    {
        var now = clock.GetUtcNow();
        var due = now - Interval;
        var today = Calendar.BangkokTime.Today(clock);
        return context.Set<ItaChecklist>().IgnoreQueryFilters()
            .Where(c => c.DueOn != null && c.DueOn >= today && (c.RemindedAt == null || c.RemindedAt < due))
            .Where(c => c.Items.Any(i => i.DepartmentId != null && i.Status != ItaItemStatus.Ready && i.Status != ItaItemStatus.Approved))
            .Select(c => c.OrganizationId);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = Calendar.BangkokTime.Today(clock);
        var due = now - Interval;
        var checklists = await db.Set<ItaChecklist>()
            .Where(c => c.DueOn != null && c.DueOn >= today && (c.RemindedAt == null || c.RemindedAt < due))
            .ToListAsync(cancellationToken);
        foreach (var checklist in checklists)
        {
            await RemindAsync(checklist, now, cancellationToken);
            checklist.RemindedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task RemindAsync(ItaChecklist checklist, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var view = await reader.GetAsync(checklist.FiscalYear, cancellationToken);
        if (view is null)
        {
            return;
        }

        var departmentRoles = new[] { OrgRole.DepartmentHead, OrgRole.DepartmentStaff };
        foreach (var group in view.Missing.Where(r => r.Entry.DepartmentId is not null).GroupBy(r => r.Entry.DepartmentId!.Value))
        {
            var members = await db.StaffDepartments.Where(d => d.DepartmentId == group.Key).Select(d => d.UserId)
                .Where(u => db.StaffRoles.Any(r => r.UserId == u && departmentRoles.Contains(r.Role)))
                .Distinct().ToListAsync(cancellationToken);
            var text = Reminder(checklist.FiscalYear, group.Select(r => r.Item.Code).ToList(), checklist.DueOn!.Value);
            var path = string.Create(CultureInfo.InvariantCulture, $"ita/{checklist.FiscalYear}");
            foreach (var userId in members)
            {
                db.StaffNotifications.Add(StaffNotification.For(userId, text, now, path));
            }
        }
    }

    /// <summary>What a department is told: the items not ready and the due date, in Buddhist-era Thai and in English.</summary>
    internal static NotificationText Reminder(int fiscalYear, IReadOnlyList<string> codes, DateOnly dueOn)
    {
        var list = string.Join(", ", codes);
        var (items, are) = codes.Count == 1 ? ("1 item", "is") : (codes.Count.ToString(CultureInfo.InvariantCulture) + " items", "are");
        return new NotificationText(
            string.Create(CultureInfo.InvariantCulture,
                $"ITA ปีงบประมาณ {fiscalYear}: ข้อที่ส่วนราชการของคุณรับผิดชอบยังไม่พร้อม {codes.Count} ข้อ ({list}) กำหนดส่ง {ThaiDate.FormatLong(dueOn)}"),
            string.Create(CultureInfo.InvariantCulture,
                $"ITA, fiscal year {fiscalYear}: {items} your department is responsible for {are} not ready yet ({list}); due {ThaiDate.FormatEnglish(dueOn)}"));
    }
}
