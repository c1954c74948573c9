using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>What writing a figure does to a service's month.</summary>
public enum FigureChange
{
    /// <summary>Nothing: no figure given and none to clear.</summary>
    None,

    /// <summary>The same figure as recorded: left as it is, with who recorded it and when.</summary>
    Unchanged,

    /// <summary>A month not recorded gets its figure.</summary>
    Added,

    /// <summary>A recorded figure is replaced.</summary>
    Changed,

    /// <summary>A recorded figure is removed: the month is "not recorded" again.</summary>
    Cleared,
}

/// <summary>
/// Writes one service's month the same way for the month's form and the import: a new or different figure is stamped
/// with who recorded it and when, the same figure keeps its stamp, and an empty box clears the month when the writer
/// says so (the form always does; the import only when the clerk chose to replace).
/// </summary>
internal static class ServiceMonthFigures
{
    public static FigureChange ChangeOf(int? figure, int? existing, bool emptyClears) => (figure, existing) switch
    {
        (null, null) => FigureChange.None,
        (null, _) => emptyClears ? FigureChange.Cleared : FigureChange.None,
        (_, null) => FigureChange.Added,
        _ => figure == existing ? FigureChange.Unchanged : FigureChange.Changed,
    };

    /// <summary>Applies the figure to the month's row (tracked, or null when the month has none) and says what it did.</summary>
    public static FigureChange Apply(
        DbSet<ServiceMonthCount> counts, ServiceMonthCount? row, int serviceId, DateOnly month, int? figure, bool emptyClears,
        StaffActor actor, DateTimeOffset now)
    {
        var change = ChangeOf(figure, row?.Count, emptyClears);
        switch (change)
        {
            case FigureChange.Cleared:
                counts.Remove(row!);
                break;
            case FigureChange.Added:
                counts.Add(new ServiceMonthCount
                {
                    ServiceId = serviceId, Month = month, Count = figure!.Value, RecordedAt = now, RecordedBy = actor.UserName,
                });
                break;
            case FigureChange.Changed:
                row!.Count = figure!.Value;
                row.RecordedAt = now;
                row.RecordedBy = actor.UserName;
                break;
        }

        return change;
    }
}
