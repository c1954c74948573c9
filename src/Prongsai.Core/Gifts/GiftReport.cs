using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Gifts;

/// <summary>
/// A member's report that they received property or another benefit (ทรัพย์สินหรือประโยชน์อื่นใด) — a gift basket at
/// New Year, a meal, a discount — and what the head of the office decided about it. The anti-corruption law (พ.ร.บ.
/// ประกอบรัฐธรรมนูญว่าด้วยการป้องกันและปราบปรามการทุจริต พ.ศ. 2561 มาตรา 128) lets an official keep a gift from someone
/// who is not a relative only up to 3,000 baht an occasion; above that they report it to the head within 30 days, who
/// lets them keep it, or has it returned, or taken into the office's property. The ITA asks each office to publish the
/// report of such gifts every year (รายงานการรับทรัพย์สินหรือประโยชน์อื่นใดโดยธรรมจรรยา).
/// </summary>
public sealed class GiftReport : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>The member who received it (always the one who reports: a report is their own declaration).</summary>
    public required string ReceiverUserId { get; set; }

    public required string ReceiverName { get; set; }

    /// <summary>The receiver's position as the report prints it (ตำแหน่ง), e.g. "นักวิชาการพัสดุ"; the website shows this, not the name.</summary>
    public required string ReceiverPosition { get; set; }

    public DateOnly ReceivedOn { get; set; }

    /// <summary>The giver's name: kept for the head and the register, never published (the giver may be a private person).</summary>
    [Auditing.ProtectedPersonalData]
    public required string GiverName { get; set; }

    public GiverRelation GiverRelation { get; set; }

    /// <summary>The occasion, e.g. "ปีใหม่", "งานแต่งงาน", "ขอบคุณหลังตรวจรับงาน".</summary>
    public required string Occasion { get; set; }

    /// <summary>What was received, e.g. "กระเช้าผลไม้และของใช้".</summary>
    public required string Description { get; set; }

    /// <summary>The value in baht as the receiver estimates it.</summary>
    public decimal Value { get; set; }

    public GiftReportStatus Status { get; set; } = GiftReportStatus.Reported;
    public DateTimeOffset ReportedAt { get; set; }

    public GiftDecision? Decision { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedByUserId { get; set; }
    public string? DecidedBy { get; set; }

    /// <summary>The head's reasons, which the receiver reads and the register keeps.</summary>
    public string? DecisionNote { get; set; }

    /// <summary>When a gift that had to go back or to the office went (recorded by the receiver or the head).</summary>
    public DateOnly? SettledOn { get; set; }
    public string? SettledBy { get; set; }
    public string? SettledNote { get; set; }

    /// <summary>Decided that it must be returned or handed over, and not done yet.</summary>
    public bool AwaitsSettlement =>
        Status == GiftReportStatus.Decided && Decision is GiftDecision.ReturnToGiver or GiftDecision.HandToOffice && SettledOn is null;
}

/// <summary>Who gave it, as the law and the report distinguish givers.</summary>
public enum GiverRelation
{
    /// <summary>A relative (ญาติ): allowed by the law at a value fitting the custom.</summary>
    Relative = 1,

    /// <summary>Someone who deals with the office: a service user or a person with a matter before it.</summary>
    ServiceUser = 2,

    /// <summary>A contractor, supplier or bidder (ผู้ประกอบการหรือคู่สัญญา).</summary>
    Contractor = 3,

    /// <summary>Another agency or its staff.</summary>
    OtherAgency = 4,

    /// <summary>Anyone else (บุคคลทั่วไป).</summary>
    Other = 5,
}

public enum GiftReportStatus
{
    /// <summary>Reported, waiting for the head of the office.</summary>
    Reported = 1,

    Decided = 2,

    /// <summary>Taken back by the receiver before a decision (a mistake, a duplicate).</summary>
    Withdrawn = 3,
}

/// <summary>What the head of the office decides, in the three ways the rules allow.</summary>
public enum GiftDecision
{
    /// <summary>There is reason enough to keep it (อนุญาตให้รับไว้เป็นสิทธิของผู้รับ).</summary>
    Keep = 1,

    /// <summary>Returned to the giver at once (ให้ส่งคืนผู้ให้).</summary>
    ReturnToGiver = 2,

    /// <summary>Handed to the office as its property, when it cannot go back (ให้ส่งมอบเป็นทรัพย์สินของหน่วยงาน).</summary>
    HandToOffice = 3,
}

/// <summary>The law's figures and the lengths the forms, the use cases and the schema share.</summary>
public static class GiftRules
{
    /// <summary>What an official may keep from someone who is not a relative, per giver and occasion, in baht.</summary>
    public const decimal AllowedValue = 3_000m;

    /// <summary>Days after receiving within which a gift above the allowed value is reported.</summary>
    public const int ReportWithinDays = 30;

    public const int Person = 200;
    public const int Position = 200;
    public const int Occasion = 300;
    public const int Description = 1_000;
    public const int Note = 1_000;
    public const decimal MaxValue = 100_000_000m;

    /// <summary>Whether the law asks for this gift to be reported (above the allowed value, from someone not a relative).</summary>
    public static bool MustReport(decimal value, GiverRelation relation) => relation != GiverRelation.Relative && value > AllowedValue;

    /// <summary>Reported later than the 30 days the rules give.</summary>
    public static bool ReportedLate(GiftReport report) =>
        Calendar.BangkokTime.DateOf(report.ReportedAt).DayNumber - report.ReceivedOn.DayNumber > ReportWithinDays;
}
