using Prongsai.Core.Consultations;
using Prongsai.Core.Measures;
using Prongsai.Core.Procurement;
using Prongsai.Core.Text;

namespace Prongsai.Core.Auditing.Reading;

public static partial class AuditEnums
{
    /// <summary>
    /// The words of enums no page names, so they live with the trail that reads them: the pages say a consultation's
    /// phase rather than its status, a progress entry's evidence by its link, a procurement report by its title.
    /// (A class of its own, so its lists exist before <see cref="Known"/> reads them, whichever file's fields start first.)
    /// </summary>
    private static class TrailOnly
    {
        public static readonly BilingualWords<EvidenceKind> EvidenceKinds = new(
            (EvidenceKind.File, "ไฟล์", "File"),
            (EvidenceKind.Url, "ลิงก์", "Link"),
            (EvidenceKind.Published, "เอกสารที่เผยแพร่ในเว็บไซต์", "Document published on the website"));

        public static readonly BilingualWords<ConsultationStatus> ConsultationStatuses = new(
            (ConsultationStatus.Draft, "ฉบับร่าง", "Draft"),
            (ConsultationStatus.Published, "เผยแพร่แล้ว", "Published"),
            (ConsultationStatus.Withdrawn, "ถอนออกจากเว็บไซต์", "Withdrawn from the website"));

        public static readonly BilingualWords<ProcurementReportKind> ProcurementReportKinds = new(
            (ProcurementReportKind.Monthly, "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", "monthly procurement summary (SorKhorRor 1)"),
            (ProcurementReportKind.Annual, "รายงานผลการจัดซื้อจัดจ้างประจำปี", "annual procurement report"));
    }
}
