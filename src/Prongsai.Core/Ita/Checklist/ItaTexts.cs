namespace Prongsai.Core.Ita.Checklist;

/// <summary>The Thai words of the checklist, shared by its pages and the audit trail.</summary>
public static class ItaTexts
{
    public static string Status(ItaItemStatus status) => status switch
    {
        ItaItemStatus.Approved => "อนุมัติแล้ว",
        ItaItemStatus.Ready => "พร้อม",
        ItaItemStatus.InProgress => "กำลังดำเนินการ",
        _ => "ยังไม่มี",
    };

    public static string Kind(ItaEvidenceKind kind) => kind switch
    {
        ItaEvidenceKind.Document => "เอกสารเผยแพร่",
        ItaEvidenceKind.CategoryPage => "หน้าหมวดเอกสาร",
        ItaEvidenceKind.MeasuresReport => "รายงานมาตรการ",
        ItaEvidenceKind.AboutPage => "หน้าข้อมูลหน่วยงาน",
        ItaEvidenceKind.FeaturePage => "หน้าในเว็บไซต์",
        _ => "ลิงก์ภายนอก",
    };

    public static string State(ItaEvidenceState state) => state switch
    {
        ItaEvidenceState.Suggested => "ระบบเสนอ รอเจ้าหน้าที่ยืนยัน",
        ItaEvidenceState.Confirmed => "ยืนยันแล้ว",
        _ => "ไม่ใช้",
    };

    /// <summary>What the link check found, in the clerk's words.</summary>
    public static string Check(LinkCheckOutcome outcome) => outcome switch
    {
        LinkCheckOutcome.Ok => "ใช้งานได้",
        LinkCheckOutcome.NotFound => "ไม่พบหน้า",
        LinkCheckOutcome.NotPublished => "ยังไม่เผยแพร่",
        LinkCheckOutcome.WrongFiscalYear => "ปีงบประมาณไม่ตรง",
        LinkCheckOutcome.HttpError => "เปิดไม่สำเร็จ",
        LinkCheckOutcome.TooManyRedirects => "เปลี่ยนเส้นทางวนซ้ำ",
        LinkCheckOutcome.LoginPage => "เป็นหน้าเข้าสู่ระบบ",
        LinkCheckOutcome.EmptyPage => "หน้าว่าง",
        LinkCheckOutcome.Refused => "ที่อยู่ภายในเครือข่าย (ไม่ตรวจ)",
        _ => "ติดต่อไม่ได้",
    };
}
