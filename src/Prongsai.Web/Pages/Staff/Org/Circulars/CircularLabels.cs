using Prongsai.Core.Circulars;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Circulars;

/// <summary>Words the circular pages share.</summary>
public static class CircularLabels
{
    public static string Filter(CircularListFilter filter) => filter switch
    {
        CircularListFilter.WaitingForMe => Lang.T("รอฉันรับทราบ", "Waiting for me"),
        CircularListFilter.Incomplete => Lang.T("ยังรับทราบไม่ครบ", "Not acknowledged by all"),
        _ => Lang.T("ทั้งหมด", "All"),
    };

    /// <summary>"ว 15 เรื่อง …" when the letter has a number, else the title alone.</summary>
    public static string Heading(string? number, string title) => number is null ? title : $"{number} {Lang.T("เรื่อง", "—")} {title}";
}
