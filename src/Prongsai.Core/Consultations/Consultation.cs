using Prongsai.Core.Auditing;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Tenancy;
using Prongsai.Core.Text;

namespace Prongsai.Core.Consultations;

/// <summary>
/// A public consultation (การรับฟังความคิดเห็น): the office asks the people of its area what they think of a draft —
/// a development plan, a local ordinance, a road project — between two dates, then publishes a summary of what it
/// heard and what it did with it. The opinions themselves stay in the back office; the website shows the question,
/// the period, how many opinions came and, at the end, the summary.
/// </summary>
public sealed class Consultation : ITenantOwned, IEditVersioned
{
    /// <summary>Saves made through the edit forms (<see cref="EditVersions"/>).</summary>
    public int EditVersion { get; set; }

    public int Id { get; set; }
    public int OrganizationId { get; set; }

    public required string Title { get; set; }

    /// <summary>What is proposed and what the office wants to know, in plain text (paragraphs kept).</summary>
    public required string Description { get; set; }

    /// <summary>The department that holds the consultation; null: the whole office.</summary>
    public int? DepartmentId { get; set; }

    /// <summary>The first day opinions are taken (Bangkok date).</summary>
    public DateOnly OpensOn { get; set; }

    /// <summary>The last day opinions are taken, inclusive.</summary>
    public DateOnly ClosesOn { get; set; }

    public ConsultationStatus Status { get; set; } = ConsultationStatus.Draft;

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public string? PublishedBy { get; set; }

    /// <summary>Why it was withdrawn (the audit trail keeps who did it).</summary>
    public string? WithdrawReason { get; set; }

    /// <summary>What the office heard and what it did with it (สรุปผลการรับฟังความคิดเห็น), once the period is over.</summary>
    public string? Summary { get; set; }

    public DateTimeOffset? SummaryPublishedAt { get; set; }
    public string? SummaryBy { get; set; }

    /// <summary>Demo content, marked "ตัวอย่าง" wherever it shows.</summary>
    public bool IsSample { get; set; }

    public List<Opinion> Opinions { get; set; } = [];

    /// <summary>The fiscal year the consultation belongs to: the one it opens in.</summary>
    public int FiscalYear => Calendar.FiscalYear.ForDate(OpensOn).BeYear;

    /// <summary>Where it stands on <paramref name="today"/> (a Bangkok date).</summary>
    public ConsultationPhase PhaseOn(DateOnly today) => ConsultationRules.Phase(Status, OpensOn, ClosesOn, Summary is not null, today);
}

/// <summary>One person's opinion. Name and contact are optional and seen only by those who run the consultation.</summary>
public sealed class Opinion : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int ConsultationId { get; set; }
    public OpinionStance Stance { get; set; }
    public required string Text { get; set; }

    [ProtectedPersonalData]
    public string? Name { get; set; }

    [ProtectedPersonalData]
    public string? Contact { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Left out of the counts (spam, abuse, a duplicate), with the reason; nothing is deleted.</summary>
    public bool Excluded { get; set; }

    public string? ExcludedReason { get; set; }
    public bool IsSample { get; set; }
}

public enum ConsultationStatus
{
    /// <summary>Being written; not on the website.</summary>
    Draft = 1,

    /// <summary>On the website; opinions are taken between its dates.</summary>
    Published = 2,

    /// <summary>Taken off the website, with a reason; its opinions are kept.</summary>
    Withdrawn = 3,
}

/// <summary>Where a consultation stands on a given day.</summary>
public enum ConsultationPhase
{
    Draft,
    Upcoming,
    Open,

    /// <summary>The period is over and the summary is not yet published.</summary>
    AwaitingSummary,
    Concluded,
    Withdrawn,
}

public enum OpinionStance
{
    /// <summary>เห็นด้วย.</summary>
    Agree = 1,

    /// <summary>ไม่เห็นด้วย.</summary>
    Disagree = 2,

    /// <summary>มีข้อเสนอแนะ: neither for nor against, a suggestion.</summary>
    Suggestion = 3,
}

/// <summary>Sizes and the rules every part of the feature shares.</summary>
public static class ConsultationRules
{
    public const int Title = 300;
    public const int Description = 8_000;
    public const int Summary = 8_000;
    public const int OpinionText = 3_000;
    public const int Name = 200;
    public const int Contact = 200;
    public const int Reason = 500;
    public const int Person = 200;

    /// <summary>The longest period: a year is already far longer than any consultation the law asks for.</summary>
    public const int LongestDays = 366;

    public static ConsultationPhase Phase(ConsultationStatus status, DateOnly opensOn, DateOnly closesOn, bool summarized, DateOnly today) =>
        status switch
        {
            ConsultationStatus.Draft => ConsultationPhase.Draft,
            ConsultationStatus.Withdrawn => ConsultationPhase.Withdrawn,
            _ when today < opensOn => ConsultationPhase.Upcoming,
            _ when today <= closesOn => ConsultationPhase.Open,
            _ when summarized => ConsultationPhase.Concluded,
            _ => ConsultationPhase.AwaitingSummary,
        };

    /// <summary>A stance in the words of the opinion form, for the pages, the summary form and the audit trail.</summary>
    private static readonly BilingualWords<OpinionStance> Stances = new(
        (OpinionStance.Agree, "เห็นด้วย", "Agree"),
        (OpinionStance.Disagree, "ไม่เห็นด้วย", "Disagree"),
        (OpinionStance.Suggestion, "มีข้อเสนอแนะ", "Suggestion"));

    public static string StanceThai(OpinionStance stance) => Stances.Thai(stance);

    public static string StanceEnglish(OpinionStance stance) => Stances.English(stance);
}
