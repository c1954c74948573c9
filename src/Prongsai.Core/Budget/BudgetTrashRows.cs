using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Budget;

/// <summary>What budget rows coming back from the trash share.</summary>
internal static class BudgetTrashRows
{
    /// <summary>
    /// A department deleted since the lines went: they keep the name the plan wrote (<see cref="BudgetLine.DepartmentName"/>)
    /// and lose the link, as the department's delete does to the lines it leaves.
    /// </summary>
    public static async Task ForgetGoneDepartmentsAsync(ProngsaiDbContext db, IReadOnlyList<BudgetLine> lines, CancellationToken cancellationToken)
    {
        var linked = lines.Where(l => l.DepartmentId is not null).Select(l => l.DepartmentId!.Value).Distinct().ToList();
        if (linked.Count == 0)
        {
            return;
        }

        var existing = await db.Departments.Where(d => linked.Contains(d.Id)).Select(d => d.Id).ToListAsync(cancellationToken);
        foreach (var line in lines.Where(l => l.DepartmentId is { } id && !existing.Contains(id)))
        {
            line.DepartmentId = null;
        }
    }
}
