using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Circulars;
using Prongsai.Core.Consultations;
using Prongsai.Core.Gifts;
using Prongsai.Core.Satisfaction;
using Prongsai.Core.ServiceStatistics;

namespace Prongsai.Core.Auditing.Reading;

public static partial class AuditKinds
{
    /// <summary>The office's services and internal rules: property and loans, circulars, consultations, surveys, gifts.</summary>
    private static IEnumerable<AuditKind> Services =>
    [
        new("Asset", "ทรัพย์สิน", "property item") { Lookup = Names<Asset>(a => new AuditItemName(a.Id, a.Name)) },
        new("AssetLoan", "คำขอยืมทรัพย์สิน", "loan request")
        {
            // Named by what is borrowed; the borrower is a field of the entry.
            NameFields = [], MadeByPublic = true,
            Lookup = (db, organizationId, ids, cancellationToken) => db.Set<AssetLoan>().AsNoTracking()
                .Where(l => l.OrganizationId == organizationId && ids.Contains(l.Id))
                .Join(db.Set<Asset>(), l => l.AssetId, a => a.Id, (l, a) => new AuditItemName(l.Id, a.Name))
                .ToListAsync(cancellationToken),
        },
        new("Circular", "หนังสือเวียน", "circular") { Lookup = Names<Circular>(c => new AuditItemName(c.Id, c.Title)) },
        new CircularRecipientKind
        {
            NameFields = [],
            Lookup = (db, organizationId, ids, cancellationToken) => db.Set<CircularRecipient>().AsNoTracking()
                .Where(r => r.OrganizationId == organizationId && ids.Contains(r.Id))
                .Join(db.Set<Circular>(), r => r.CircularId, c => c.Id, (r, c) => new AuditItemName(r.Id, c.Title))
                .ToListAsync(cancellationToken),
        },
        new("Consultation", "การรับฟังความคิดเห็น", "consultation") { Lookup = Names<Consultation>(c => new AuditItemName(c.Id, c.Title)) },
        new("Opinion", "ความคิดเห็น", "opinion")
        {
            NameFields = [], MadeByPublic = true, Parent = new("ConsultationId", "Consultation", "ต่อเรื่อง", "on"),
        },
        new FiscalYearKind("SatisfactionReport", "รายงานผลสำรวจความพึงพอใจ", "satisfaction survey report") { Lookup = Years<SatisfactionReport>() },
        new("SatisfactionResponse", "คำตอบแบบสำรวจความพึงพอใจ", "satisfaction survey answer")
        {
            NameFields = [], MadeByPublic = true,
            Labels = Enum.GetValues<SatisfactionAspect>().ToDictionary(a => a.ToString(),
                a => new AuditWord(SatisfactionRules.AspectThai(a), SatisfactionRules.AspectEnglish(a))),
        },
        new("CountedService", "บริการที่นับสถิติ", "counted service") { Lookup = Names<CountedService>(s => new AuditItemName(s.Id, s.Name)) },
        new("ServiceMonthCount", "จำนวนการให้บริการรายเดือน", "monthly service count")
        {
            NameFields = [], Parent = new("ServiceId", "CountedService", "ของบริการ", "of the service"),
        },
        new("GiftReport", "รายงานการรับของขวัญ", "gift report")
        {
            NameFields = ["Description"], Lookup = Names<GiftReport>(g => new AuditItemName(g.Id, g.Description)),
        },
    ];

    /// <summary>A recipient of a circular: added when it is sent, updated when they acknowledge it. Named by the circular.</summary>
    private sealed class CircularRecipientKind() : AuditKind("CircularRecipient", "ผู้รับหนังสือเวียน", "circular's recipient")
    {
        public override string Sentence(AuditStory story)
        {
            var circular = Quoted(story.ItemName);
            var recipient = story.Field("DisplayName");
            return story.Entry.Action switch
            {
                AuditActions.Update when !string.IsNullOrEmpty(story.Field("AcknowledgedAt"))
                    => story.Say($"{story.Person} รับทราบหนังสือเวียน{circular}", $"{story.Person} acknowledged the circular{circular}"),
                AuditActions.Create when recipient is not null
                    => story.Say($"{story.Person} ส่งหนังสือเวียน{circular} ถึง {recipient}", $"{story.Person} sent the circular{circular} to {recipient}"),
                _ => story.Say($"{story.Person} {story.Verb}ผู้รับหนังสือเวียน{circular}", $"{story.Person} {story.Verb} a recipient of the circular{circular}"),
            };
        }
    }
}
