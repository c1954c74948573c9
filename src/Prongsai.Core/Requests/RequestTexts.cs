using Prongsai.Core.Text;

namespace Prongsai.Core.Requests;

/// <summary>The words of a request's state and kind, one place for the public and staff pages and the audit trail.</summary>
public static class RequestTexts
{
    private static readonly BilingualWords<RequestStatus> Statuses = new(
        (RequestStatus.Received, "รับเรื่องแล้ว", "Received"),
        (RequestStatus.Screening, "กำลังคัดกรอง", "Screening"),
        (RequestStatus.InProgress, "กำลังดำเนินการ", "In progress"),
        (RequestStatus.Forwarded, "ส่งต่อหน่วยงานอื่น", "Forwarded"),
        (RequestStatus.Answered, "ตอบแล้ว", "Answered"),
        (RequestStatus.Concluded, "ดำเนินการเสร็จสิ้น", "Concluded"),
        (RequestStatus.Rejected, "ไม่รับเรื่อง", "Rejected"));

    /// <summary>The kind a request type handles (its own name is the office's: <see cref="RequestType.Name"/>).</summary>
    private static readonly BilingualWords<RequestKind> Kinds = new(
        (RequestKind.Question, "ถาม-ตอบ", "Question"),
        (RequestKind.Grievance, "ร้องเรียน/ร้องทุกข์", "Grievance"),
        (RequestKind.Corruption, "ทุจริตและประพฤติมิชอบ", "Corruption"));

    public static string Status(RequestStatus status) => Statuses.Thai(status);

    public static string StatusEnglish(RequestStatus status) => Statuses.English(status);

    public static string Kind(RequestKind kind) => Kinds.Thai(kind);

    public static string KindEnglish(RequestKind kind) => Kinds.English(kind);
}
