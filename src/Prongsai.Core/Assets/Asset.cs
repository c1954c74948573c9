using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Assets;

/// <summary>
/// A piece of government property (ทรัพย์สินของทางราชการ) in the organization's register: a durable article (ครุภัณฑ์)
/// with its registration code, or a lot of identical ones counted together (เก้าอี้พลาสติก 200 ตัว). The ITA asks staff
/// whether property is lent by the rules; the register and its loans are how an office shows that it is.
/// </summary>
public sealed class Asset : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>The registration code (เลขรหัสครุภัณฑ์), e.g. "416-66-0001"; unique within the organization.</summary>
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>The register's kind of article, e.g. "ครุภัณฑ์สำนักงาน" (free text: offices use their own lists).</summary>
    public string? Category { get; set; }

    /// <summary>How many identical pieces this line counts; loans take some of them.</summary>
    public int Quantity { get; set; } = 1;

    /// <summary>The department that uses and looks after it (optional).</summary>
    public int? DepartmentId { get; set; }

    public string? Location { get; set; }
    public DateOnly? AcquiredOn { get; set; }

    /// <summary>The price paid, in baht (optional).</summary>
    public decimal? Value { get; set; }

    /// <summary>Whether it may be lent at all (a server room's switch is not; tents and chairs are).</summary>
    public bool Lendable { get; set; }

    /// <summary>
    /// Listed on the organization's website for villagers to ask for (tents, chairs, a sound system), when lendable;
    /// what only staff borrow (a projector) stays off it.
    /// </summary>
    public bool ShownToPublic { get; set; }

    public AssetCondition Condition { get; set; } = AssetCondition.Good;
    public string? Notes { get; set; }

    /// <summary>Written off the register (จำหน่ายออกจากบัญชี): kept with its loans, never lent again.</summary>
    public DateTimeOffset? RetiredAt { get; set; }
    public string? RetiredBy { get; set; }
    public string? RetireReason { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public enum AssetCondition
{
    Good = 1,

    /// <summary>Came back damaged, or found so: not lent until the keeper marks it good again.</summary>
    Damaged = 2,

    /// <summary>Reported lost (with a loan's return or by the keeper): not lent.</summary>
    Lost = 3,
}

/// <summary>
/// One loan of government property: who borrows how many of what, for what official purpose, from when until when —
/// the written record with its reason and return date that the rules ask for — then the decision and the return.
/// The borrower is a staff member, or someone outside (a village, a school) whom the keeper records.
/// </summary>
public sealed class AssetLoan : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int AssetId { get; set; }
    public int Quantity { get; set; } = 1;

    /// <summary>The staff member borrowing, or null for a borrower from outside the office.</summary>
    public string? BorrowerUserId { get; set; }

    /// <summary>The borrower's name as written on the request (a person, or a community and its contact person).</summary>
    public required string BorrowerName { get; set; }

    /// <summary>An outside borrower's telephone or address: personal data, shown only to those who keep the register.</summary>
    [Auditing.ProtectedPersonalData]
    public string? BorrowerContact { get; set; }

    public required string Purpose { get; set; }
    public string? Place { get; set; }
    public DateOnly From { get; set; }

    /// <summary>The day it must be back (กำหนดส่งคืน).</summary>
    public DateOnly Until { get; set; }

    public AssetLoanStatus Status { get; set; } = AssetLoanStatus.Requested;
    public DateTimeOffset RequestedAt { get; set; }

    /// <summary>
    /// For a request sent from the website, the SHA-256 of the tracking code its receipt showed (TrackingCodes), with
    /// which the villager follows or withdraws it; null for a request a keeper recorded.
    /// </summary>
    public string? TrackingCodeHash { get; set; }
    public required string RequestedByUserId { get; set; }
    public required string RequestedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedByUserId { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecisionNote { get; set; }

    public DateOnly? ReturnedOn { get; set; }
    public DateTimeOffset? ReturnRecordedAt { get; set; }
    public string? ReturnReceivedBy { get; set; }
    public AssetCondition? ReturnCondition { get; set; }
    public string? ReturnNote { get; set; }

    /// <summary>Lent and not back yet, whatever the dates say.</summary>
    public bool IsOut => Status == AssetLoanStatus.Approved;

    public bool IsOverdue(DateOnly today) => IsOut && Until < today;
}

public enum AssetLoanStatus
{
    /// <summary>Asked for, waiting for the head of the office or their delegate.</summary>
    Requested = 1,

    /// <summary>Approved: lent out until it is recorded back.</summary>
    Approved = 2,

    Refused = 3,

    /// <summary>Taken back by whoever asked, before a decision.</summary>
    Withdrawn = 4,

    Returned = 5,
}

/// <summary>Lengths the forms, the use cases and the schema share.</summary>
public static class AssetLimits
{
    public const int Code = 50;
    public const int Name = 300;
    public const int Category = 200;
    public const int Location = 300;
    public const int Notes = 2_000;
    public const int Reason = 1_000;
    public const int Person = 200;
    public const int Contact = 300;
    public const int Purpose = 1_000;
    public const int Place = 300;
    public const int MaxQuantity = 100_000;

    /// <summary>A loan longer than a year is not a loan; the office should transfer the article instead.</summary>
    public const int MaxLoanDays = 366;
}
