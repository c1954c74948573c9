using System.Collections.Concurrent;
using System.Reflection;
using Prongsai.Core.AntiCorruption;
using Prongsai.Core.Assets;
using Prongsai.Core.Budget;
using Prongsai.Core.Circulars;
using Prongsai.Core.Consultations;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Gifts;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Measures;
using Prongsai.Core.Organizations;
using Prongsai.Core.Procurement;
using Prongsai.Core.Publishing;
using Prongsai.Core.Requests;

namespace Prongsai.Core.Auditing.Reading;

/// <summary>
/// Recorded enum values in the words the forms use. The interceptor records an enum by its code name
/// ("InProgress"); the trail finds the field's enum type from the entity and says it in Thai or English. A value of an
/// enum without words here reads as <see cref="Unnamed"/>, never as its code name.
/// </summary>
public static partial class AuditEnums
{
    /// <summary>What an enum value without Thai words reads as.</summary>
    public const string Unnamed = "(ค่าที่ระบบกำหนด)";

    public static string UnnamedIn(AuditLanguage language) => language == AuditLanguage.English ? "(a value the system set)" : Unnamed;

    private static readonly Dictionary<Type, Func<Enum, string>> Labels = new()
    {
        [typeof(ItaItemStatus)] = v => ItaTexts.Status((ItaItemStatus)v),
        [typeof(ItaEvidenceKind)] = v => ItaTexts.Kind((ItaEvidenceKind)v),
        [typeof(ItaEvidenceState)] = v => ItaTexts.State((ItaEvidenceState)v),
        [typeof(CatalogItemStatus)] = v => CatalogVocabulary.Thai((CatalogItemStatus)v),
        [typeof(DocumentStatus)] = v => (DocumentStatus)v switch
        {
            DocumentStatus.Draft => "ฉบับร่าง",
            DocumentStatus.Scheduled => "ตั้งเวลาเผยแพร่",
            DocumentStatus.Published => "เผยแพร่แล้ว",
            _ => "ยกเลิกการเผยแพร่",
        },
        [typeof(EvidenceKind)] = v => (EvidenceKind)v switch
        {
            EvidenceKind.File => "ไฟล์",
            EvidenceKind.Url => "ลิงก์",
            _ => "เอกสารที่เผยแพร่ในเว็บไซต์",
        },
        [typeof(ExecutiveSide)] = v => (ExecutiveSide)v == ExecutiveSide.Elected ? "ฝ่ายการเมือง" : "ฝ่ายประจำ",
        [typeof(OrgRole)] = v => ((OrgRole)v).Thai(),
        [typeof(ProjectStatus)] = v => PlanTexts.Status((ProjectStatus)v),
        [typeof(PlanStatus)] = v => PlanTexts.PlanState((PlanStatus)v),
        [typeof(AssetLoanStatus)] = v => AssetTexts.Status((AssetLoanStatus)v),
        [typeof(AssetCondition)] = v => AssetTexts.Condition((AssetCondition)v),
        [typeof(RiskAssessmentStatus)] = v => RiskTexts.Status((RiskAssessmentStatus)v),
        [typeof(ProcurementStatus)] = v => ProcurementTexts.Status((ProcurementStatus)v),
        [typeof(GiftDecision)] = v => GiftTexts.Decision((GiftDecision)v),
        [typeof(GiverRelation)] = v => GiftTexts.Relation((GiverRelation)v),
        [typeof(GiftReportStatus)] = v => (GiftReportStatus)v switch
        {
            GiftReportStatus.Reported => "รอพิจารณา",
            GiftReportStatus.Withdrawn => "ยกเลิกรายงาน",
            _ => "พิจารณาแล้ว",
        },
        [typeof(LinkCheckOutcome)] = v => ItaTexts.Check((LinkCheckOutcome)v),
        [typeof(TextState)] = v => (TextState)v switch
        {
            TextState.Pending => "รออ่านข้อความในไฟล์",
            TextState.Done => "ค้นหาข้อความในไฟล์ได้",
            TextState.NotSearchable => "ค้นหาข้อความในไฟล์ไม่ได้",
            _ => "อ่านไฟล์ไม่สำเร็จ",
        },
        [typeof(BudgetCategory)] = v => BudgetNames.Thai((BudgetCategory)v),
        [typeof(BudgetReportKind)] = v => BudgetNames.Thai((BudgetReportKind)v),
        [typeof(BudgetPlanningPeriod)] = v => (BudgetPlanningPeriod)v == BudgetPlanningPeriod.Month ? "รายเดือน" : "รายไตรมาส",
        [typeof(CircularStatus)] = v => (CircularStatus)v == CircularStatus.Issued ? "ออกหนังสือเวียนแล้ว" : "ยกเลิกหนังสือเวียน",
        [typeof(ConsultationStatus)] = v => (ConsultationStatus)v switch
        {
            ConsultationStatus.Draft => "ฉบับร่าง",
            ConsultationStatus.Published => "เผยแพร่แล้ว",
            _ => "ถอนออกจากเว็บไซต์",
        },
        [typeof(OpinionStance)] = v => ConsultationRules.StanceThai((OpinionStance)v),
        [typeof(RiskCategory)] = v => RiskTexts.Category((RiskCategory)v),
        [typeof(RiskOutcome)] = v => RiskTexts.Outcome((RiskOutcome)v),
        [typeof(RiskProgress)] = v => RiskTexts.Progress((RiskProgress)v),
        [typeof(FollowUpRound)] = v => RiskTexts.Round((FollowUpRound)v),
        [typeof(PlanDimension)] = v => PlanTexts.Dimension((PlanDimension)v),
        [typeof(OrganizationKind)] = v => ((OrganizationKind)v).Thai(),
        [typeof(HostClaimStatus)] = v => (HostClaimStatus)v switch
        {
            HostClaimStatus.Pending => "รออนุมัติ",
            HostClaimStatus.Approved => "อนุมัติแล้ว",
            _ => "ไม่อนุมัติ",
        },
        [typeof(ProcurementMethod)] = v => ProcurementTexts.Method((ProcurementMethod)v),
        [typeof(ProcurementReportKind)] = v => (ProcurementReportKind)v == ProcurementReportKind.Monthly
            ? "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)" : "รายงานผลการจัดซื้อจัดจ้างประจำปี",
        [typeof(RequestStatus)] = v => (RequestStatus)v switch
        {
            RequestStatus.Received => "รับเรื่องแล้ว",
            RequestStatus.Screening => "กำลังคัดกรอง",
            RequestStatus.InProgress => "กำลังดำเนินการ",
            RequestStatus.Forwarded => "ส่งต่อหน่วยงานอื่น",
            RequestStatus.Answered => "ตอบแล้ว",
            RequestStatus.Concluded => "ดำเนินการเสร็จสิ้น",
            _ => "ไม่รับเรื่อง",
        },
        [typeof(RequestKind)] = v => (RequestKind)v switch
        {
            RequestKind.Question => "ถาม-ตอบ",
            RequestKind.Grievance => "ร้องเรียน/ร้องทุกข์",
            _ => "ทุจริตและประพฤติมิชอบ",
        },
    };

    private static readonly ConcurrentDictionary<(string Entity, string Field), Type?> FieldTypes = new();

    private static readonly ILookup<string, Type> EntityTypes = typeof(AuditEnums).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && !t.IsNested)
        .ToLookup(t => t.Name, StringComparer.Ordinal);

    /// <summary>The type of an entity's field (nullable unwrapped), or null when the entity or the field is unknown.</summary>
    public static Type? TypeOf(string entity, string field) => FieldTypes.GetOrAdd((entity, field), static key =>
        EntityTypes[key.Entity]
            .Select(t => t.GetProperty(key.Field, BindingFlags.Public | BindingFlags.Instance)?.PropertyType)
            .Select(t => t is null ? null : Nullable.GetUnderlyingType(t) ?? t)
            .FirstOrDefault(t => t is not null));

    /// <summary>The enum type of an entity's field, or null when the field is not an enum (or the entity is unknown).</summary>
    public static Type? EnumOf(string entity, string field) => TypeOf(entity, field) is { IsEnum: true } type ? type : null;

    /// <summary>Whether an entity name is a type of this product (else it was renamed or removed since it was recorded).</summary>
    public static bool Knows(string entity) => EntityTypes.Contains(entity);

    /// <summary>Whether the trail has Thai words for every value of this enum type.</summary>
    public static bool HasWords(Type enumType) => Labels.ContainsKey(enumType);

    /// <summary>Whether the trail has English words for every value of this enum type.</summary>
    public static bool HasEnglishWords(Type enumType) =>
        English.TryGetValue(enumType, out var words) && Enum.GetValues(enumType).Cast<Enum>().All(v => words(v) is not null);

    /// <summary>A recorded value (code name or number) of an enum field in Thai; <see cref="Unnamed"/> when there are no Thai words.</summary>
    public static string Thai(Type enumType, string recorded) => Words(enumType, recorded, AuditLanguage.Thai);

    /// <summary>A recorded value of an enum field in the language read; <see cref="UnnamedIn"/> when there are no words for it.</summary>
    public static string Words(Type enumType, string recorded, AuditLanguage language)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        if (!Enum.TryParse(enumType, recorded, ignoreCase: false, out var parsed) || !Enum.IsDefined(enumType, parsed!))
        {
            return UnnamedIn(language);
        }

        var words = language == AuditLanguage.English
            ? English.TryGetValue(enumType, out var english) ? english((Enum)parsed!) : null
            : Labels.TryGetValue(enumType, out var thai) ? thai((Enum)parsed!) : null;
        return words ?? UnnamedIn(language);
    }
}
