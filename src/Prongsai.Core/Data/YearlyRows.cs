using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace Prongsai.Core.Data;

/// <summary>
/// How the writes of a yearly record that the head of the office approves (the risk assessment, the anti-corruption
/// plan) take turns. Every change locks the year's row first (a write that changes nothing) and then reads its state,
/// so an approval and an edit at the same moment act one after the other. The year's row is started by its first entry,
/// outside any transaction.
/// </summary>
internal static class YearlyRows
{
    /// <summary>Locks the rows <paramref name="rows"/> selects by setting <paramref name="column"/> to itself.</summary>
    public static Task LockAsync<T, TValue>(IQueryable<T> rows, Expression<Func<T, TValue>> column, CancellationToken cancellationToken)
        where T : class =>
        rows.ExecuteUpdateAsync(s => s.SetProperty(column, column), cancellationToken);

    /// <summary>
    /// The id of the year's row, started with <paramref name="create"/> if there is none. Outside any transaction: when
    /// two members start the same year at once, the second insert meets the unique index, and PostgreSQL would abort a
    /// transaction around it. Called before the caller tracks anything: the losing insert's audit record stays tracked
    /// after the failed save, and clearing the tracker keeps it out of the caller's next save.
    /// </summary>
    public static async Task<int> EnsureAsync<T>(
        ProngsaiDbContext db, Expression<Func<T, bool>> ofYear, Expression<Func<T, int>> id, Func<T> create, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(create);
        var existing = await db.Set<T>().Where(ofYear).Select(id).FirstOrDefaultAsync(cancellationToken);
        if (existing > 0)
        {
            return existing;
        }

        var row = create();
        db.Set<T>().Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return id.Compile()(row);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return await db.Set<T>().Where(ofYear).Select(id).FirstAsync(cancellationToken);
        }
    }
}
