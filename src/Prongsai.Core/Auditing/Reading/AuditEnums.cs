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
using Prongsai.Core.Text;

namespace Prongsai.Core.Auditing.Reading;

/// <summary>
/// Recorded enum values in the words the forms use. The interceptor records an enum by its code name
/// ("InProgress"); the trail finds the field's enum type from the entity and says it in Thai or English. An enum's words
/// are its feature's (the <c>*Texts</c> classes the pages and downloads read), so the trail says what the screens say;
/// only enums no page names have their words here. A value of an enum without words reads as <see cref="Unnamed"/>,
/// never as its code name.
/// </summary>
public static partial class AuditEnums
{
    /// <summary>What an enum value without Thai words reads as.</summary>
    public const string Unnamed = "(ค่าที่ระบบกำหนด)";

    public static string UnnamedIn(AuditLanguage language) => language == AuditLanguage.English ? "(a value the system set)" : Unnamed;

    /// <summary>Each enum's Thai and English words, as its feature gives them to the pages.</summary>
    private static readonly Dictionary<Type, EnumWords> Known = new()
    {
        [typeof(ItaItemStatus)] = Of<ItaItemStatus>(ItaTexts.Status, ItaTexts.StatusEnglish),
        [typeof(ItaEvidenceKind)] = Of<ItaEvidenceKind>(ItaTexts.Kind, ItaTexts.KindEnglish),
        [typeof(ItaEvidenceState)] = Of<ItaEvidenceState>(ItaTexts.State, ItaTexts.StateEnglish),
        [typeof(LinkCheckOutcome)] = Of<LinkCheckOutcome>(ItaTexts.Check, ItaTexts.CheckEnglish),
        [typeof(CatalogItemStatus)] = Of<CatalogItemStatus>(CatalogVocabulary.Thai, CatalogVocabulary.English),
        [typeof(DocumentStatus)] = Of<DocumentStatus>(DocumentTexts.Status, DocumentTexts.StatusEnglish),
        [typeof(TextState)] = Of<TextState>(DocumentTexts.Text, DocumentTexts.TextEnglish),
        [typeof(ExecutiveSide)] = Of<ExecutiveSide>(ExecutiveTexts.Side, ExecutiveTexts.SideEnglish),
        [typeof(EvidenceKind)] = Of(TrailOnly.EvidenceKinds),
        [typeof(OrgRole)] = Of<OrgRole>(OrgRoleNames.Thai, OrgRoleNames.English),
        [typeof(OrganizationKind)] = Of<OrganizationKind>(OrganizationKindNames.Thai, OrganizationKindNames.English),
        [typeof(HostClaimStatus)] = Of<HostClaimStatus>(HostClaimTexts.Status, HostClaimTexts.StatusEnglish),
        [typeof(ProjectStatus)] = Of<ProjectStatus>(PlanTexts.Status, PlanTexts.StatusEnglish),
        [typeof(PlanStatus)] = Of<PlanStatus>(PlanTexts.PlanState, PlanTexts.PlanStateEnglish),
        [typeof(PlanDimension)] = Of<PlanDimension>(PlanTexts.Dimension, PlanTexts.DimensionEnglish),
        [typeof(AssetLoanStatus)] = Of<AssetLoanStatus>(AssetTexts.Status, AssetTexts.StatusEnglish),
        [typeof(AssetCondition)] = Of<AssetCondition>(AssetTexts.Condition, AssetTexts.ConditionEnglish),
        [typeof(RiskAssessmentStatus)] = Of<RiskAssessmentStatus>(RiskTexts.Status, RiskTexts.StatusEnglish),
        [typeof(RiskCategory)] = Of<RiskCategory>(RiskTexts.Category, RiskTexts.CategoryEnglish),
        [typeof(RiskOutcome)] = Of<RiskOutcome>(RiskTexts.Outcome, RiskTexts.OutcomeEnglish),
        [typeof(RiskProgress)] = Of<RiskProgress>(RiskTexts.Progress, RiskTexts.ProgressEnglish),
        [typeof(FollowUpRound)] = Of<FollowUpRound>(RiskTexts.Round, RiskTexts.RoundEnglish),
        [typeof(GiftDecision)] = Of<GiftDecision>(GiftTexts.Decision, GiftTexts.DecisionEnglish),
        [typeof(GiverRelation)] = Of<GiverRelation>(GiftTexts.Relation, GiftTexts.RelationEnglish),
        [typeof(GiftReportStatus)] = Of<GiftReportStatus>(GiftTexts.State, GiftTexts.StateEnglish),
        [typeof(BudgetCategory)] = Of<BudgetCategory>(BudgetNames.Thai, BudgetNames.English),
        [typeof(BudgetReportKind)] = Of<BudgetReportKind>(BudgetNames.Thai, BudgetNames.English),
        [typeof(BudgetPlanningPeriod)] = Of<BudgetPlanningPeriod>(BudgetNames.Thai, BudgetNames.English),
        [typeof(ProcurementStatus)] = Of<ProcurementStatus>(ProcurementTexts.Status, ProcurementTexts.StatusEnglish),
        [typeof(ProcurementMethod)] = Of<ProcurementMethod>(m => ProcurementTexts.Method(m), m => ProcurementTexts.MethodEnglish(m)),
        [typeof(ProcurementReportKind)] = Of(TrailOnly.ProcurementReportKinds),
        [typeof(CircularStatus)] = Of<CircularStatus>(CircularTexts.Status, CircularTexts.StatusEnglish),
        [typeof(ConsultationStatus)] = Of(TrailOnly.ConsultationStatuses),
        [typeof(OpinionStance)] = Of<OpinionStance>(ConsultationRules.StanceThai, ConsultationRules.StanceEnglish),
        [typeof(RequestStatus)] = Of<RequestStatus>(RequestTexts.Status, RequestTexts.StatusEnglish),
        [typeof(RequestKind)] = Of<RequestKind>(RequestTexts.Kind, RequestTexts.KindEnglish),
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
    public static bool HasWords(Type enumType) => Says(enumType, AuditLanguage.Thai);

    /// <summary>Whether the trail has English words for every value of this enum type.</summary>
    public static bool HasEnglishWords(Type enumType) => Says(enumType, AuditLanguage.English);

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

        var words = Known.TryGetValue(enumType, out var known) ? known.In(language, (Enum)parsed!) : "";
        return words.Length > 0 ? words : UnnamedIn(language);
    }

    /// <summary>Whether every value has words: a value a feature's list left out reads as nothing there.</summary>
    private static bool Says(Type enumType, AuditLanguage language) =>
        Known.TryGetValue(enumType, out var known) && Enum.GetValues(enumType).Cast<Enum>().All(v => known.In(language, v).Length > 0);

    private static EnumWords Of<T>(Func<T, string> thai, Func<T, string> english)
        where T : struct, Enum => new(v => thai((T)v), v => english((T)v));

    private static EnumWords Of<T>(BilingualWords<T> words)
        where T : struct, Enum => Of<T>(words.Thai, words.English);

    private sealed record EnumWords(Func<Enum, string> Thai, Func<Enum, string> English)
    {
        public string In(AuditLanguage language, Enum value) => language == AuditLanguage.English ? English(value) : Thai(value);
    }
}
