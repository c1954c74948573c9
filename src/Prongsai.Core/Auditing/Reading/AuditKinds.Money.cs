using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Procurement;

namespace Prongsai.Core.Auditing.Reading;

public static partial class AuditKinds
{
    /// <summary>Budget spending and procurement: plans, their lines, what was bought, and the reports published from them.</summary>
    private static IEnumerable<AuditKind> Money =>
    [
        new FiscalYearKind("BudgetPlan", "แผนการใช้จ่ายงบประมาณ", "budget spending plan") { Lookup = Years<BudgetPlan>() },
        new("BudgetLine", "รายการในแผนการใช้จ่ายงบประมาณ", "budget line")
        {
            NameFields = ["Item"], Lookup = Names<BudgetLine>(l => new AuditItemName(l.Id, l.Item)),
            Labels = new Dictionary<string, AuditWord> { ["Category"] = new("หมวดรายจ่าย", "Expense category") },
        },
        new("BudgetLineMonth", "แผนและผลการใช้จ่ายรายเดือน", "monthly spending")
        {
            NameFields = [], Parent = new("LineId", "BudgetLine", "ของรายการ", "of the line"),
        },
        new PublicationKind("BudgetReportPublication", "รายงานการใช้จ่ายงบประมาณ", "budget spending report"),
        new("FinanceDepartment", "ส่วนราชการที่ดูแลการเงิน", "finance department") { NameFields = [] },
        new FiscalYearKind("ProcurementPlan", "แผนการจัดซื้อจัดจ้าง", "procurement plan") { Lookup = Years<ProcurementPlan>() },
        new("ProcurementPlanItem", "รายการในแผนการจัดซื้อจัดจ้าง", "procurement plan item")
        {
            Lookup = Names<ProcurementPlanItem>(i => new AuditItemName(i.Id, i.Name)),
        },
        new PlanRevisionKind(),
        new("ProcurementRecord", "รายการจัดซื้อจัดจ้าง", "procurement")
        {
            Lookup = Names<ProcurementRecord>(r => new AuditItemName(r.Id, r.Title)),
        },
        new("ProcurementBid", "ผู้เสนอราคา", "bid")
        {
            NameFields = ["Bidder"], Parent = new("RecordId", "ProcurementRecord", "ในรายการจัดซื้อจัดจ้าง", "in the procurement"),
        },
        new("ProcurementAnnouncement", "ประกาศของรายการจัดซื้อจัดจ้าง", "procurement's announcement")
        {
            NameFields = [], Parent = new("RecordId", "ProcurementRecord", "ของรายการจัดซื้อจัดจ้าง", "of the procurement"),
            // Named by the announcement (a document) it links.
            Lookup = (db, organizationId, ids, cancellationToken) => db.Set<ProcurementAnnouncement>().AsNoTracking()
                .Where(a => a.OrganizationId == organizationId && ids.Contains(a.Id))
                .Join(db.Documents, a => a.DocumentId, d => d.Id, (a, d) => new AuditItemName(a.Id, d.Title))
                .ToListAsync(cancellationToken),
        },
        new PublicationKind("ProcurementReportPublication", "รายงานผลการจัดซื้อจัดจ้าง", "procurement report"),
    ];

    /// <summary>
    /// A published report of a year (budget spending, procurement): its publication says which report, in the words of
    /// its kind ("สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1) ปีงบประมาณ 2568").
    /// </summary>
    private sealed class PublicationKind(string entity, string noun, string nounEnglish) : FiscalYearKind(entity, noun, nounEnglish)
    {
        public override string Sentence(AuditStory story)
        {
            var kind = story.Field("Kind") is { } recorded && AuditEnums.EnumOf(Entity, "Kind") is { } kinds
                ? AuditEnums.Words(kinds, recorded, story.Language)
                : null;
            if (kind is null || story.Entry.Action != AuditActions.Publish)
            {
                return base.Sentence(story);
            }

            // The kind's words start a title on their own ("Budget spending plan"); mid-sentence they do not.
            kind = story.English ? char.ToLowerInvariant(kind[0]) + kind[1..] : kind;
            var year = story.ItemName is null ? "" : story.Say(" ปีงบประมาณ " + story.ItemName, " for FY " + story.ItemName);
            return story.Say($"{story.Person} เผยแพร่{kind}{year}", $"{story.Person} published the {kind}{year}");
        }
    }

    /// <summary>A revision of the procurement plan is known by its number; publishing it is announcing the plan again.</summary>
    private sealed class PlanRevisionKind() : AuditKind("ProcurementPlanRevision", "ฉบับปรับปรุงแผนการจัดซื้อจัดจ้าง", "procurement plan revision")
    {
        public override string? NameIn(IReadOnlyList<AuditField> fields) => AuditChanges.Text(fields, "Number");

        public override string Sentence(AuditStory story)
        {
            var number = story.ItemName is null ? "" : story.Say(" ฉบับที่ " + story.ItemName, " number " + story.ItemName);
            return story.Entry.Action == AuditActions.Create
                ? story.Say($"{story.Person} ประกาศแผนการจัดซื้อจัดจ้างฉบับปรับปรุง{number}", $"{story.Person} announced the revised procurement plan{number}")
                : story.Say($"{story.Person} {story.Verb}{Noun}{number}", $"{story.Person} {story.Verb} the {NounEnglish}{number}");
        }
    }
}
