namespace Prongsai.Core.Ita;

/// <summary>Permissions of the ITA workspace (declared with their roles in <see cref="ItaFeature"/>). Reading is ViewBackOffice.</summary>
public static class ItaPermissions
{
    /// <summary>Open a fiscal year's checklist, assign items to departments, set the due date, refresh suggestions.</summary>
    public const string ManageItaChecklist = "ManageItaChecklist";

    /// <summary>Confirm or reject suggestions, add and remove evidence, mark items in progress or ready — department roles only on their departments' items.</summary>
    public const string EditItaEvidence = "EditItaEvidence";

    /// <summary>Approve an item (ผู้บริหาร / ปลัด) or take an approval back.</summary>
    public const string ApproveItaItems = "ApproveItaItems";
}
