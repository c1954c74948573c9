using Prongsai.Core.Auditing;
using Prongsai.Core.Common;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Requests;

/// <summary>The built-in kinds of request; part 2 adds E-Service kinds as data on the same engine.</summary>
public enum RequestKind
{
    /// <summary>ถาม-ตอบ: answered by the department, published when the asker consents.</summary>
    Question = 1,

    /// <summary>ร้องเรียน/ร้องทุกข์: identity seen by ComplaintOfficers only.</summary>
    Grievance = 2,

    /// <summary>ร้องเรียนการทุจริตและประพฤติมิชอบ: the whole request is seen by ComplaintOfficers only.</summary>
    Corruption = 3,
}

/// <summary>Where a request is in its handling. Answered, Concluded and Rejected close it.</summary>
public enum RequestStatus
{
    Received = 1,
    Screening = 2,
    InProgress = 3,
    Forwarded = 4,
    Answered = 5,
    Concluded = 6,
    Rejected = 7,
}

/// <summary>
/// A kind of request in one organization with its own rules: who handles it, who may see the requester's identity,
/// whether answers are published, its deadline in working days. Built-in types are created on the first filing
/// (never on a page view) or by the demo; <see cref="RequestTypes.Defaults"/> stands in until then.
/// </summary>
public sealed class RequestType : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public RequestKind Kind { get; set; }
    public required string Name { get; set; }
    public required string NameEnglish { get; set; }

    /// <summary>The department that receives new requests of this type (null: screened by the organization).</summary>
    public int? HandlingDepartmentId { get; set; }

    /// <summary>Only ComplaintOfficers see the requester's name and contact (complaints).</summary>
    public bool IdentityRestricted { get; set; }

    /// <summary>Only ComplaintOfficers see the request at all (corruption); the public sees statistics only.</summary>
    public bool Confidential { get; set; }

    /// <summary>Answers are published as Q&amp;A when the requester consents.</summary>
    public bool PublishesAnswers { get; set; }

    public bool AllowsAnonymous { get; set; }
    public int DeadlineWorkingDays { get; set; }
}

/// <summary>
/// One request from a citizen, tracked by an unguessable code. The identity (name, contact) is protected personal
/// data: never copied into the audit trail, shown only to those the type allows, and absent when anonymous —
/// an anonymous request stores nothing that points at its sender.
/// </summary>
public sealed class TrackedRequest : ITenantOwned, IEditVersioned
{
    /// <summary>Saves made through the edit forms (<see cref="EditVersions"/>).</summary>
    public int EditVersion { get; set; }

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int TypeId { get; set; }
    public RequestType? Type { get; set; }

    /// <summary>SHA-256 (hex) of the normalized tracking code; the code itself is shown once and never stored.</summary>
    public required string TrackingCodeHash { get; set; }

    public required string Subject { get; set; }
    public required string Details { get; set; }
    public RequestStatus Status { get; set; } = RequestStatus.Received;
    public DateTimeOffset ReceivedAt { get; set; }

    /// <summary>Past this day (Bangkok) the open request is late.</summary>
    public DateOnly DueOn { get; set; }

    /// <summary>Past this day (twice the deadline) it is very late.</summary>
    public DateOnly VeryLateOn { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
    public int? DepartmentId { get; set; }
    public string? OfficerUserId { get; set; }
    public string? OfficerName { get; set; }

    /// <summary>The agency the request was forwarded to (ส่งต่อหน่วยงาน).</summary>
    public string? ForwardedTo { get; set; }

    /// <summary>The answer to the citizen (and the published answer of a Q&amp;A pair).</summary>
    public string? Answer { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }

    /// <summary>Why it was rejected, or how it was concluded.</summary>
    public string? Outcome { get; set; }

    public bool IsAnonymous { get; set; }

    [ProtectedPersonalData]
    public string? RequesterName { get; set; }

    /// <summary>A telephone number or an e-mail address (an e-mail address gets the answers by mail).</summary>
    [ProtectedPersonalData]
    public string? RequesterContact { get; set; }

    /// <summary>The requester agreed to have the question and its answer published (personal data masked).</summary>
    public bool ConsentToPublish { get; set; }

    public bool Published { get; set; }
    public DateTimeOffset? LateAlertedAt { get; set; }
    public DateTimeOffset? VeryLateAlertedAt { get; set; }

    /// <summary>Demo content, shown as a sample (ตัวอย่าง).</summary>
    public bool IsSample { get; set; }

    public List<RequestStep> Steps { get; set; } = [];
    public List<RequestMessage> Messages { get; set; } = [];
    public List<RequestAttachment> Attachments { get; set; } = [];

    public bool IsOpen => Status is not (RequestStatus.Answered or RequestStatus.Concluded or RequestStatus.Rejected);
}

/// <summary>
/// A dated step of the workflow; its note is shown to the citizen on the status page. A step has a note only when it
/// says more than its status (who the request was forwarded or assigned to, the officer's own words, the reason for a
/// rejection): the pages name the status in the reader's language, and a stored sentence repeating it would stay Thai.
/// </summary>
public sealed class RequestStep : ITenantOwned
{
    /// <summary>The actor of the steps no person took (a request filed from the website); pages show it as "System" in English.</summary>
    public const string SystemActor = "ระบบ";

    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int RequestId { get; set; }
    public DateTimeOffset At { get; set; }
    public RequestStatus Status { get; set; }
    public string? Note { get; set; }

    /// <summary>Staff name, for the back office only (the public page says "เจ้าหน้าที่").</summary>
    public required string ActorName { get; set; }
}

/// <summary>A message between the citizen and staff, or an internal note the citizen never sees.</summary>
public sealed class RequestMessage : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int RequestId { get; set; }
    public DateTimeOffset At { get; set; }
    public bool FromCitizen { get; set; }
    public bool Internal { get; set; }

    /// <summary>Staff name; null for the citizen.</summary>
    public string? AuthorName { get; set; }
    public required string Text { get; set; }
}

/// <summary>A photo or document the citizen attached, stored through the guarded upload path (photo metadata removed).</summary>
public sealed class RequestAttachment : ITenantOwned
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public int RequestId { get; set; }
    public required string FileKey { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
}
