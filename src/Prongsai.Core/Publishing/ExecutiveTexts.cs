using Prongsai.Core.Text;

namespace Prongsai.Core.Publishing;

/// <summary>The words of an executive's side, one place for the executives' form and the audit trail.</summary>
public static class ExecutiveTexts
{
    private static readonly BilingualWords<ExecutiveSide> Sides = new(
        (ExecutiveSide.Elected, "ฝ่ายการเมือง", "Elected"),
        (ExecutiveSide.CivilService, "ฝ่ายประจำ", "Civil service"));

    public static string Side(ExecutiveSide side) => Sides.Thai(side);

    public static string SideEnglish(ExecutiveSide side) => Sides.English(side);
}
