using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff.Org;

/// <summary>The member's start page: notifications, and each feature's card with what waits for them.</summary>
public sealed class DashboardModel(
    StaffNotifications notifications, IEnumerable<IDashboardCard> cards, Authorization.StaffSession session, Core.Storage.IFileStore files)
    : StaffPageModel
{
    public IReadOnlyList<StaffNotification> Notifications { get; private set; } = [];

    /// <summary>Unread notifications beyond the ones listed: marking the list read leaves them waiting.</summary>
    public int MoreUnread { get; private set; }
    public IReadOnlyList<DashboardCardView> Cards { get; private set; } = [];
    public string DisplayName { get; private set; } = "";

    /// <summary>Files this member previewed for an import and has not confirmed yet.</summary>
    public IReadOnlyList<KeptImport> KeptImports { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var cancellationToken = HttpContext.RequestAborted;
        DisplayName = (await session.GetUserAsync(cancellationToken))?.DisplayName ?? Actor.UserName;
        Notifications = await notifications.UnreadAsync(Actor, cancellationToken: cancellationToken);
        if (Notifications.Count > 0)
        {
            MoreUnread = await notifications.CountUnreadAsync(Actor, cancellationToken) - Notifications.Count;
        }

        KeptImports = await KeptImportPreviews.OfAsync(TempData, files, Org.Id, Actor.UserId, Org.Slug, cancellationToken);
        var built = new List<DashboardCardView>();
        foreach (var card in cards)
        {
            if (await card.BuildAsync(Actor, cancellationToken) is { } view)
            {
                built.Add(view);
            }
        }

        // What waits for the member comes first, each part in its usual order: on a phone the fifteenth card is six
        // screens down, and new complaints waited there.
        Cards = built.OrderBy(c => c.ToDos.Count == 0).ThenBy(c => c.Order).ToList();
    }

    /// <summary>Marks read what the page listed (<paramref name="shown"/>), not what arrived since or lay beyond it.</summary>
    public async Task<IActionResult> OnPostReadAsync(int[]? shown)
    {
        // Ids that are not numbers leave the array unbound (null): then nothing was shown that can be marked.
        var result = await notifications.MarkReadAsync(Actor, shown ?? [], HttpContext.RequestAborted);
        return Refusal(result.Errors) ?? RedirectToPage();
    }
}
