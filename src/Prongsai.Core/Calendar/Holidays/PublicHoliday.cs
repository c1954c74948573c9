using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Prongsai.Core.Calendar.Holidays;

/// <summary>
/// A Thai public holiday (วันหยุดราชการ), the same for every organization: kept by the platform Operator from the
/// yearly official list (an import) and the extra days the cabinet declares (added by hand). Working-day deadlines
/// skip them.
/// </summary>
public sealed class PublicHoliday
{
    public int Id { get; set; }
    public DateOnly Date { get; set; }
    public required string Name { get; set; }

    /// <summary>Where it came from: "import" (the yearly list) or "manual" (a day declared later).</summary>
    public required string Source { get; set; }
}

internal sealed class PublicHolidayConfiguration : IEntityTypeConfiguration<PublicHoliday>
{
    public void Configure(EntityTypeBuilder<PublicHoliday> b)
    {
        b.ToTable("PublicHolidays");
        b.Property(h => h.Name).HasMaxLength(200);
        b.Property(h => h.Source).HasMaxLength(20);
        b.HasIndex(h => h.Date).IsUnique();
    }
}
