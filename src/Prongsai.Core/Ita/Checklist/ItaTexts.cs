using Prongsai.Core.Text;

namespace Prongsai.Core.Ita.Checklist;

/// <summary>The words of the checklist, shared by its pages and the audit trail: Thai, and the English beside it.</summary>
public static class ItaTexts
{
    private static readonly BilingualWords<ItaItemStatus> Statuses = new(
        (ItaItemStatus.Missing, "ยังไม่มี", "Missing"),
        (ItaItemStatus.InProgress, "กำลังดำเนินการ", "In progress"),
        (ItaItemStatus.Ready, "พร้อม", "Ready"),
        (ItaItemStatus.Approved, "อนุมัติแล้ว", "Approved"));

    private static readonly BilingualWords<ItaEvidenceKind> Kinds = new(
        (ItaEvidenceKind.Document, "เอกสารเผยแพร่", "Published document"),
        (ItaEvidenceKind.CategoryPage, "หน้าหมวดเอกสาร", "Category page"),
        (ItaEvidenceKind.MeasuresReport, "รายงานมาตรการ", "Measures report"),
        (ItaEvidenceKind.AboutPage, "หน้าข้อมูลหน่วยงาน", "Page about the office"),
        (ItaEvidenceKind.FeaturePage, "หน้าในเว็บไซต์", "Page of the website"),
        (ItaEvidenceKind.ExternalUrl, "ลิงก์ภายนอก", "External link"));

    private static readonly BilingualWords<ItaEvidenceState> States = new(
        (ItaEvidenceState.Suggested, "ระบบเสนอ รอเจ้าหน้าที่ยืนยัน", "Suggested"),
        (ItaEvidenceState.Confirmed, "ยืนยันแล้ว", "Confirmed"),
        (ItaEvidenceState.Rejected, "ไม่ใช้", "Rejected"));

    /// <summary>What the link check found, in the clerk's words.</summary>
    private static readonly BilingualWords<LinkCheckOutcome> Checks = new(
        (LinkCheckOutcome.Ok, "ใช้งานได้", "Works"),
        (LinkCheckOutcome.NotFound, "ไม่พบหน้า", "Not found"),
        (LinkCheckOutcome.NotPublished, "ยังไม่เผยแพร่", "Not published"),
        (LinkCheckOutcome.WrongFiscalYear, "ปีงบประมาณไม่ตรง", "Another fiscal year"),
        (LinkCheckOutcome.HttpError, "เปิดไม่สำเร็จ", "The site answered with an error"),
        (LinkCheckOutcome.TooManyRedirects, "เปลี่ยนเส้นทางวนซ้ำ", "Too many redirects"),
        (LinkCheckOutcome.LoginPage, "เป็นหน้าเข้าสู่ระบบ", "Asks for a sign-in"),
        (LinkCheckOutcome.EmptyPage, "หน้าว่าง", "Empty page"),
        (LinkCheckOutcome.Unreachable, "ติดต่อไม่ได้", "Cannot be reached"),
        (LinkCheckOutcome.Refused, "ที่อยู่ภายในเครือข่าย (ไม่ตรวจ)", "Internal network address (not checked)"));

    public static string Status(ItaItemStatus status) => Statuses.Thai(status);

    public static string StatusEnglish(ItaItemStatus status) => Statuses.English(status);

    public static string Kind(ItaEvidenceKind kind) => Kinds.Thai(kind);

    public static string KindEnglish(ItaEvidenceKind kind) => Kinds.English(kind);

    public static string State(ItaEvidenceState state) => States.Thai(state);

    public static string StateEnglish(ItaEvidenceState state) => States.English(state);

    public static string Check(LinkCheckOutcome outcome) => Checks.Thai(outcome);

    public static string CheckEnglish(LinkCheckOutcome outcome) => Checks.English(outcome);
}
