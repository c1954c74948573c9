using Prongsai.Core.Organizations;

namespace Prongsai.Core.Features;

/// <summary>What a dashboard card shows: a heading linking to the feature, a line of text, and to-dos with counts.</summary>
public sealed record DashboardCardView(
    int Order, string Path, string Thai, string English, DashboardText? Text, IReadOnlyList<DashboardToDo> ToDos);

/// <summary>The card's line of text, in both languages like its heading (the page picks one).</summary>
public sealed record DashboardText(string Thai, string English);

/// <summary>One thing waiting for the member ("2 steps late"), with where to deal with it.</summary>
public sealed record DashboardToDo(string Thai, string English, int Count, string Path);

/// <summary>
/// A feature's card on the staff dashboard, built for the member in the current organization. Returns null when
/// the member has nothing to see there (no permission).
/// </summary>
public interface IDashboardCard
{
    Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken);
}
