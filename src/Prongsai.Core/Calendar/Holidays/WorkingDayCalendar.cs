using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Calendar.Holidays;

/// <summary>Working-day deadlines with the public holidays of the database.</summary>
public sealed class WorkingDayCalendar(ProngsaiDbContext db)
{
    /// <summary>The due date of something received on <paramref name="start"/> with <paramref name="days"/> working days.</summary>
    public async Task<DateOnly> AddAsync(DateOnly start, int days, CancellationToken cancellationToken = default) =>
        WorkingDays.Add(start, days, await HolidaysAsync(start, WorkingDays.Horizon(start, days), cancellationToken));

    /// <summary>Working days after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public async Task<int> BetweenAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        WorkingDays.Between(from, to, await HolidaysAsync(from, to, cancellationToken));

    public async Task<IReadOnlySet<DateOnly>> HolidaysAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        (await db.Set<PublicHoliday>().AsNoTracking()
            .Where(h => h.Date >= from && h.Date <= to)
            .Select(h => h.Date)
            .ToListAsync(cancellationToken)).ToHashSet();
}
