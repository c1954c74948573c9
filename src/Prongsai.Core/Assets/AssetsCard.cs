using Prongsai.Core.Features;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Assets;

/// <summary>The property card: requests waiting for a decision, loans past their return date, and the member's own late ones.</summary>
public sealed class AssetsCard(AssetBoard board, AssetKeepers keepers) : IDashboardCard
{
    public async Task<DashboardCardView?> BuildAsync(StaffActor actor, CancellationToken cancellationToken)
    {
        var todos = new List<DashboardToDo>();
        if (actor.Has(AssetsPermissions.ApproveAssetLoans) && await board.WaitingForDecisionAsync(actor, cancellationToken) is > 0 and var waiting)
        {
            todos.Add(new DashboardToDo("คำขอยืมรอพิจารณา", "Loan requests waiting for a decision", waiting, "assets/loans?filter=Waiting"));
        }

        if (await keepers.IsKeeperAsync(actor, cancellationToken) && await board.OverdueAsync(null, cancellationToken) is > 0 and var overdue)
        {
            todos.Add(new DashboardToDo("เลยกำหนดส่งคืน ต้องติดตามทวงคืน", "Past the return date: ask for it back", overdue, "assets/loans?filter=Overdue"));
        }

        if (actor.UserId is { } userId && await board.OverdueAsync(userId, cancellationToken) is > 0 and var mine)
        {
            todos.Add(new DashboardToDo("ของที่คุณยืมเลยกำหนดส่งคืน", "Things you borrowed are past their return date", mine, "assets/loans?filter=Mine"));
        }

        return new DashboardCardView(28, "assets", "ทรัพย์สินและการยืม", "Property and loans",
            new DashboardText("ทะเบียนทรัพย์สินของทางราชการ การขอยืม การอนุมัติ และการคืน ตามระเบียบ",
                "The register of government property, borrowing requests, approvals and returns, by the regulations"), todos);
    }
}
