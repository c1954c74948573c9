namespace Prongsai.Core.Ita.Catalog;

/// <summary>
/// One OIT item. <see cref="Code"/> ("O12") is what ITAS and assessors see and may change from year to year;
/// <see cref="Key"/> stays the same for the same item across years and revisions, so checklists follow it.
/// </summary>
/// <param name="Title">Thai title; may be empty for a <see cref="CatalogItemStatus.Gap"/> item (see <see cref="DisplayTitle"/>).</param>
/// <param name="Details">What evidence the item needs, in Thai (may be empty).</param>
public sealed record CatalogItem(
    string Code,
    string Key,
    string Title,
    string Details,
    DataYear DataYear,
    ItemFrequency Frequency,
    CatalogItemStatus Status)
{
    public const string GapPlaceholderTitle = "(ยังไม่ทราบชื่อข้อ — รอตรวจสอบกับคู่มือของสำนักงาน ป.ป.ช.)";

    /// <summary>The title to show: a gap item without a captured title shows a placeholder.</summary>
    public string DisplayTitle => Title.Length == 0 && Status == CatalogItemStatus.Gap ? GapPlaceholderTitle : Title;
}

/// <summary>Whose data the item shows: the fiscal year assessed, or the one before (annual reports).</summary>
public enum DataYear
{
    Current,
    Previous,
}

/// <summary>How often evidence is published within the fiscal year.</summary>
public enum ItemFrequency
{
    Once,
    Monthly,
    Quarterly,
    HalfYearly,
}

/// <summary>
/// Active: a known item. Gap: an item known to exist whose title was not captured; it is shown as such.
/// Retired: an item of an earlier revision that a newer revision no longer lists; kept, never deleted, so
/// checklists that used it keep their evidence.
/// </summary>
public enum CatalogItemStatus
{
    Active,
    Gap,
    Retired,
}
