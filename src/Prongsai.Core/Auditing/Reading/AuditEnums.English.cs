using Prongsai.Core.Budget;
using Prongsai.Core.Procurement;

namespace Prongsai.Core.Auditing.Reading;

public static partial class AuditEnums
{
    /// <summary>
    /// English words of the same enums, for the trail read in English. Where Core already has an enum's English (budget,
    /// procurement methods, roles, gift decisions) it is used; the others are the words of the English pages.
    /// </summary>
    private static readonly Dictionary<Type, Func<Enum, string?>> English = new()
    {
        [typeof(BudgetCategory)] = v => BudgetNames.English((BudgetCategory)v),
        [typeof(BudgetReportKind)] = v => BudgetNames.English((BudgetReportKind)v),
        [typeof(ProcurementMethod)] = v => ProcurementTexts.MethodEnglish((ProcurementMethod)v),
        [typeof(Organizations.OrgRole)] = v => Organizations.OrgRoleNames.English((Organizations.OrgRole)v),
        [typeof(Ita.Checklist.ItaItemStatus)] = Named(("Missing", "Missing"), ("InProgress", "In progress"), ("Ready", "Ready"), ("Approved", "Approved")),
        [typeof(Ita.Checklist.ItaEvidenceKind)] = Named(("Document", "Published document"), ("CategoryPage", "Category page"),
            ("MeasuresReport", "Measures report"), ("AboutPage", "Page about the office"), ("ExternalUrl", "Link"), ("FeaturePage", "Page of the website")),
        [typeof(Ita.Checklist.ItaEvidenceState)] = Named(("Suggested", "Suggested"), ("Confirmed", "Confirmed"), ("Rejected", "Rejected")),
        [typeof(Ita.Catalog.CatalogItemStatus)] = Named(("Active", "In use"), ("Gap", "Not in the official list"), ("Retired", "Retired")),
        [typeof(Publishing.DocumentStatus)] = Named(("Draft", "Draft"), ("Scheduled", "Scheduled"), ("Published", "Published"), ("Unpublished", "Unpublished")),
        [typeof(Measures.EvidenceKind)] = Named(("File", "File"), ("Url", "Link"), ("Published", "Document published on the website")),
        [typeof(Publishing.ExecutiveSide)] = Named(("Elected", "Elected"), ("CivilService", "Civil service")),
        [typeof(AntiCorruption.ProjectStatus)] = Named(("NotStarted", "Not started"), ("InProgress", "In progress"), ("Done", "Done"), ("Cancelled", "Cancelled")),
        [typeof(AntiCorruption.PlanStatus)] = Named(("Draft", "Draft"), ("Approved", "Approved")),
        [typeof(Assets.AssetLoanStatus)] = Named(("Requested", "Waiting for a decision"), ("Approved", "Approved"), ("Refused", "Refused"),
            ("Withdrawn", "Withdrawn"), ("Returned", "Returned")),
        [typeof(Assets.AssetCondition)] = Named(("Good", "Good"), ("Damaged", "Damaged"), ("Lost", "Lost")),
        [typeof(CorruptionRisks.RiskAssessmentStatus)] = Named(("Draft", "Draft"), ("Approved", "Approved")),
        [typeof(ProcurementStatus)] = Named(("InProgress", "In progress"), ("Contracted", "Contract signed"), ("Completed", "Completed"), ("Cancelled", "Cancelled")),
        [typeof(Gifts.GiftDecision)] = v => Gifts.GiftTexts.DecisionEnglish((Gifts.GiftDecision)v),
        [typeof(Gifts.GiverRelation)] = Named(("Relative", "A relative"), ("ServiceUser", "Someone with business at the office"),
            ("Contractor", "A contractor or supplier"), ("OtherAgency", "Another agency or its staff"), ("Other", "Anyone else")),
        [typeof(Gifts.GiftReportStatus)] = Named(("Reported", "Waiting for a decision"), ("Decided", "Decided"), ("Withdrawn", "Withdrawn")),
        [typeof(Ita.Checklist.LinkCheckOutcome)] = Named(("Ok", "Works"), ("NotFound", "Not found"), ("NotPublished", "Not published"),
            ("WrongFiscalYear", "Another fiscal year"), ("HttpError", "The site answered with an error"), ("TooManyRedirects", "Too many redirects"),
            ("LoginPage", "Asks for a sign-in"), ("EmptyPage", "Empty page"), ("Unreachable", "Cannot be reached"), ("Refused", "Address not allowed")),
        [typeof(Publishing.TextState)] = Named(("Pending", "Waiting to read the file's text"), ("Done", "The file's text can be searched"),
            ("NotSearchable", "The file's text cannot be searched"), ("Failed", "The file could not be read")),
        [typeof(BudgetPlanningPeriod)] = Named(("Month", "Monthly"), ("Quarter", "Quarterly")),
        [typeof(Circulars.CircularStatus)] = Named(("Issued", "Issued"), ("Cancelled", "Cancelled")),
        [typeof(Consultations.ConsultationStatus)] = Named(("Draft", "Draft"), ("Published", "Published"), ("Withdrawn", "Withdrawn from the website")),
        [typeof(Consultations.OpinionStance)] = Named(("Agree", "Agrees"), ("Disagree", "Disagrees"), ("Suggestion", "Suggests")),
        [typeof(CorruptionRisks.RiskCategory)] = Named(("Permits", "Permits and licences"), ("UseOfAuthority", "Use of authority"),
            ("BudgetAndResources", "Budget and resources"), ("Bribery", "Bribes and favours")),
        [typeof(CorruptionRisks.RiskOutcome)] = Named(("Controlled", "Under control"), ("Watch", "To watch"), ("Occurred", "Happened")),
        [typeof(CorruptionRisks.RiskProgress)] = Named(("NotStarted", "Not started"), ("InProgress", "In progress"), ("Done", "Done")),
        [typeof(CorruptionRisks.FollowUpRound)] = Named(("HalfYear", "Half-year"), ("YearEnd", "Year end")),
        [typeof(AntiCorruption.PlanDimension)] = Named(("IntolerantSociety", "A society that does not tolerate corruption"),
            ("Administration", "Administration against corruption"), ("PublicParticipation", "Public participation"), ("Oversight", "Oversight")),
        [typeof(Organizations.OrganizationKind)] = Named(("Sao", "Subdistrict administrative organization"), ("SubdistrictMunicipality", "Subdistrict municipality"),
            ("TownMunicipality", "Town municipality"), ("CityMunicipality", "City municipality"), ("Pao", "Provincial administrative organization")),
        [typeof(Organizations.HostClaimStatus)] = Named(("Pending", "Waiting for approval"), ("Approved", "Approved"), ("Rejected", "Not approved")),
        [typeof(ProcurementReportKind)] = Named(("Monthly", "monthly procurement summary (SorKhorRor 1)"), ("Annual", "annual procurement report")),
        [typeof(Requests.RequestStatus)] = Named(("Received", "Received"), ("Screening", "Screening"), ("InProgress", "In progress"),
            ("Forwarded", "Forwarded to another agency"), ("Answered", "Answered"), ("Concluded", "Concluded"), ("Rejected", "Not accepted")),
        [typeof(Requests.RequestKind)] = Named(("Question", "Question"), ("Grievance", "Complaint"), ("Corruption", "Corruption complaint")),
    };

    /// <summary>Words for an enum's values by their code names; a value not listed has none (and the guard test says so).</summary>
    private static Func<Enum, string?> Named(params (string Code, string English)[] words)
    {
        var byCode = words.ToDictionary(w => w.Code, w => w.English, StringComparer.Ordinal);
        return value => byCode.GetValueOrDefault(value.ToString());
    }
}
