using Prongsai.Core.Publishing;

namespace Prongsai.Core.Auditing.Reading;

public static partial class AuditKinds
{
    private static IEnumerable<AuditKind> Publishing =>
    [
        new("Document", "เอกสาร", "document") { Lookup = Names<Document>(d => new AuditItemName(d.Id, d.Title)) },
        new("Attachment", "ไฟล์แนบ", "attachment") { NameFields = ["FileName"], Parent = new("DocumentId", "Document", "ของเอกสาร", "of the document") },
        new("DocumentVersion", "ฉบับบันทึกของเอกสาร", "saved version") { Parent = new("DocumentId", "Document", "ของเอกสาร", "of the document") },
        new("DocumentCategory", "หมวดเอกสาร", "document category"),
        new("Executive", "รายชื่อผู้บริหาร", "executive") { NameFields = ["Name"] },
        new("OrganizationPage", "หน้าข้อมูลหน่วยงาน", "page about the office"),
        new("Organization", "ข้อมูลหน่วยงาน", "office's details"),
        new("OrganizationHost", "ชื่อเว็บไซต์ของหน่วยงาน", "office's web address") { NameFields = ["HostName"] },
        new("LedgerEntry", "รายการในทะเบียนการเผยแพร่", "publication register entry") { NameFields = [] },
    ];
}
