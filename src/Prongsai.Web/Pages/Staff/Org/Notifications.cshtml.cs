using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>
/// The member's latest notifications, read ones included: the dashboard shows only what is unread, so one marked read
/// by mistake (or before it was acted on) is found again here.
/// </summary>
public sealed class NotificationsModel(StaffNotifications notifications) : StaffPageModel
{
    public IReadOnlyList<StaffNotification> Notifications { get; private set; } = [];

    public async Task OnGetAsync() =>
        Notifications = await notifications.RecentAsync(Actor, HttpContext.RequestAborted);
}
