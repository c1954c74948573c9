using Prongsai.Core.Calendar;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>
/// A service the office gives at its counter or in the field — collecting land tax, building permits, registering for
/// the old-age allowance, the water truck — whose number per month it counts and publishes (ข้อมูลสถิติการให้บริการ).
/// Services Prongsai runs itself (questions, complaints, loans) are counted from their own records and are not listed here.
/// </summary>
public sealed class CountedService : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string Name { get; set; }

    /// <summary>What one count is: "ราย", "เรื่อง", "ครั้ง", "คัน".</summary>
    public required string Unit { get; set; }

    /// <summary>The department that gives it and records its counts; null for the whole office.</summary>
    public int? DepartmentId { get; set; }

    public int SortOrder { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// When the office stopped giving it (เลิกให้บริการ): it is no longer asked for in new months, while the months it
    /// was counted stay in the statistics. Null while it is given.
    /// </summary>
    public DateTimeOffset? RetiredAt { get; set; }

    /// <summary>Made up by the demo: its figures are marked as samples and never go to the installation-wide data catalog.</summary>
    public bool IsSample { get; set; }

    /// <summary>
    /// Whether a month asks for its figure: the service was not retired before the month began (Bangkok days). The
    /// month's form, the months still to record and the use case that records all go by this one rule.
    /// </summary>
    public bool IsAskedFor(YearMonth month) => RetiredAt is not { } retired || BangkokTime.DateOf(retired) >= month.FirstDay;
}

/// <summary>How many times a service was given in one calendar month. No row: the month was not recorded (not zero).</summary>
public sealed class ServiceMonthCount : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int ServiceId { get; set; }

    /// <summary>The first day of the month.</summary>
    public DateOnly Month { get; set; }

    public int Count { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedBy { get; set; }
}

/// <summary>Lengths and bounds of the service statistics (the database columns and the forms use the same).</summary>
public static class ServiceStatisticsRules
{
    public const int Name = 200;
    public const int Unit = 30;

    /// <summary>A month's count above this is a typing slip (a large town hall gives a few thousand a month).</summary>
    public const int MaxCount = 1_000_000;

    /// <summary>The first fiscal year the statistics answer for.</summary>
    public const int FirstYear = 2560;

    public const string DefaultUnit = "ราย";
}
