using Prongsai.Core.CorruptionRisks;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Public.Risks;

/// <summary>
/// The assessment's words in the reader's language (the Thai comes from Core's <see cref="RiskTexts"/>, as in the
/// download) and the website's addresses, for the website and the back office alike.
/// </summary>
public static class RiskWords
{
    public static string PublicPath(string slug, int fiscalYear) => $"/{slug}/risks/{fiscalYear}";

    public static string Category(RiskCategory category) => Lang.T(RiskTexts.Category(category), category switch
    {
        RiskCategory.Permits => "Permits and approvals",
        RiskCategory.UseOfAuthority => "Use of authority and position",
        RiskCategory.BudgetAndResources => "Spending the budget and public resources",
        _ => "Giving or taking bribes",
    });

    public static string Level(RiskLevel level) => Lang.T(RiskTexts.Level(level), level switch
    {
        RiskLevel.Low => "Low",
        RiskLevel.Medium => "Medium",
        RiskLevel.High => "High",
        _ => "Very high",
    });

    /// <summary>The CSS class of a level's colour; the level is always written beside it.</summary>
    public static string LevelClass(RiskLevel level) => level switch
    {
        RiskLevel.Low => "risk-low",
        RiskLevel.Medium => "risk-medium",
        RiskLevel.High => "risk-high",
        _ => "risk-very-high",
    };

    public static string Round(FollowUpRound round) => Lang.T(RiskTexts.Round(round), round == FollowUpRound.HalfYear
        ? "Six months (October to March)"
        : "Twelve months (October to September)");

    public static string Progress(RiskProgress progress) => Lang.T(RiskTexts.Progress(progress), progress switch
    {
        RiskProgress.NotStarted => "Not started",
        RiskProgress.InProgress => "In progress",
        _ => "Done",
    });

    public static string Outcome(RiskOutcome outcome) => Lang.T(RiskTexts.Outcome(outcome), outcome switch
    {
        RiskOutcome.Controlled => "Green: kept in check, nothing happened",
        RiskOutcome.Watch => "Yellow: not fully in check yet, watched",
        _ => "Red: it happened or could not be kept in check",
    });

    public static string OutcomeClass(RiskOutcome outcome) => outcome switch
    {
        RiskOutcome.Controlled => "risk-low",
        RiskOutcome.Watch => "risk-medium",
        _ => "risk-very-high",
    };

    public static string Department(string? name) => name ?? Lang.T(RiskBoard.WholeOffice, "The whole office");
}
