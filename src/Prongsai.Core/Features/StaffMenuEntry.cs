namespace Prongsai.Core.Features;

/// <summary>Where a staff-menu entry goes: the menu groups its entries under these headings.</summary>
public enum StaffMenuGroup
{
    /// <summary>The daily work: dashboard, measures, documents.</summary>
    Work = 1,
    /// <summary>The organization's website content.</summary>
    Website = 2,
    /// <summary>Departments, staff, audit trail.</summary>
    Administration = 3,
}

/// <summary>
/// A staff-menu entry a feature declares. <paramref name="Path"/> is relative to /staff/{org}/ ("" is the
/// dashboard). The menu shows it only to members holding <paramref name="Permission"/>; the page checks again.
/// </summary>
public sealed record StaffMenuEntry(StaffMenuGroup Group, int Order, string Path, string Thai, string English, string Permission);
