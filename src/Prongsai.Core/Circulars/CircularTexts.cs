using Prongsai.Core.Text;

namespace Prongsai.Core.Circulars;

/// <summary>The words of a circular's state, one place for the circular pages and the audit trail.</summary>
public static class CircularTexts
{
    private static readonly BilingualWords<CircularStatus> Statuses = new(
        (CircularStatus.Issued, "ออกหนังสือเวียนแล้ว", "Issued"),
        (CircularStatus.Cancelled, "ยกเลิกแล้ว", "Withdrawn"));

    public static string Status(CircularStatus status) => Statuses.Thai(status);

    public static string StatusEnglish(CircularStatus status) => Statuses.English(status);
}
