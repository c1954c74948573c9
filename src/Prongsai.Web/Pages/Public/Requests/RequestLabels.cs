using Prongsai.Core.Requests;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Public.Requests;

/// <summary>Words for request states, in Thai first.</summary>
public static class RequestLabels
{
    /// <summary>A request type's name in the page's language; a type named in Thai only keeps its Thai name.</summary>
    public static string TypeName(string thai, string? english) =>
        Lang.IsEnglish && !string.IsNullOrWhiteSpace(english) ? english : thai;

    public static string Status(RequestStatus status) => status switch
    {
        RequestStatus.Received => Lang.T("รับเรื่องแล้ว", "Received"),
        RequestStatus.Screening => Lang.T("กำลังคัดกรอง", "Screening"),
        RequestStatus.InProgress => Lang.T("กำลังดำเนินการ", "In progress"),
        RequestStatus.Forwarded => Lang.T("ส่งต่อหน่วยงานอื่น", "Forwarded"),
        RequestStatus.Answered => Lang.T("ตอบแล้ว", "Answered"),
        RequestStatus.Concluded => Lang.T("ดำเนินการเสร็จสิ้น", "Concluded"),
        RequestStatus.Rejected => Lang.T("ไม่รับเรื่อง", "Rejected"),
        _ => status.ToString(),
    };

    /// <summary>Who took a step: a staff member's name as stored, or the system's own word in the reader's language.</summary>
    public static string Actor(string actorName) =>
        actorName == RequestStep.SystemActor ? Lang.T(RequestStep.SystemActor, "System") : actorName;

    public static string Kind(RequestKind kind) => kind switch
    {
        RequestKind.Question => Lang.T("ถาม-ตอบ", "Question"),
        RequestKind.Grievance => Lang.T("ร้องเรียน/ร้องทุกข์", "Grievance"),
        RequestKind.Corruption => Lang.T("ทุจริตและประพฤติมิชอบ", "Corruption"),
        _ => kind.ToString(),
    };
}
