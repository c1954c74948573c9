using Prongsai.Core.Ita.Catalogs;
using Prongsai.Core.Ita.Checklist;

namespace Prongsai.Core.Auditing.Reading;

public static partial class AuditKinds
{
    private static IEnumerable<AuditKind> Ita =>
    [
        new FiscalYearKind("ItaChecklist", "แบบตรวจ ITA", "ITA checklist") { Lookup = Years<ItaChecklist>() },
        new("ItaChecklistItem", "ข้อในแบบตรวจ ITA", "ITA checklist item") { NameFields = [] },
        new("ItaEvidence", "หลักฐาน ITA", "ITA evidence") { NameFields = ["Title", "Url"] },
        new FiscalYearKind("StoredCatalog", "รายการข้อ ITA ของปี", "ITA item list"),
    ];
}
