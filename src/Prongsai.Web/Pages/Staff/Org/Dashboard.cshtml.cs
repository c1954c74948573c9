using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff.Org;

public sealed class DashboardModel(ProngsaiDbContext db, TimeProvider clock) : StaffPageModel
{
    public IReadOnlyList<StaffNotification> Notifications { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var userId = Member.User!.Id;
        Notifications = await db.StaffNotifications.AsNoTracking()
            .Where(n => n.UserId == userId && n.ReadAt == null)
            .OrderByDescending(n => n.Id).Take(20).ToListAsync();
    }

    public async Task<IActionResult> OnPostReadAsync()
    {
        var userId = Member.User!.Id;
        var now = clock.GetUtcNow();
        var unread = await db.StaffNotifications.Where(n => n.UserId == userId && n.ReadAt == null).ToListAsync();
        unread.ForEach(n => n.ReadAt = now);
        await db.SaveChangesAsync();
        return RedirectToPage();
    }
}
