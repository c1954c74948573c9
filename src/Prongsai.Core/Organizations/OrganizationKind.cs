using Prongsai.Core.Text;

namespace Prongsai.Core.Organizations;

public enum OrganizationKind
{
    /// <summary>องค์การบริหารส่วนตำบล (อบต.)</summary>
    Sao = 1,
    /// <summary>เทศบาลตำบล</summary>
    SubdistrictMunicipality = 2,
    /// <summary>เทศบาลเมือง</summary>
    TownMunicipality = 3,
    /// <summary>เทศบาลนคร</summary>
    CityMunicipality = 4,
    /// <summary>องค์การบริหารส่วนจังหวัด (อบจ.)</summary>
    Pao = 5,
}

public static class OrganizationKindNames
{
    private static readonly BilingualWords<OrganizationKind> Names = new(
        (OrganizationKind.Sao, "องค์การบริหารส่วนตำบล", "Subdistrict administrative organization"),
        (OrganizationKind.SubdistrictMunicipality, "เทศบาลตำบล", "Subdistrict municipality"),
        (OrganizationKind.TownMunicipality, "เทศบาลเมือง", "Town municipality"),
        (OrganizationKind.CityMunicipality, "เทศบาลนคร", "City municipality"),
        (OrganizationKind.Pao, "องค์การบริหารส่วนจังหวัด", "Provincial administrative organization"));

    public static string Thai(this OrganizationKind kind) => Names.Thai(kind);

    /// <summary>The kind on English pages and in the audit trail read in English.</summary>
    public static string English(this OrganizationKind kind) => Names.English(kind);

    public static string ThaiShort(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.Sao => "อบต.",
        OrganizationKind.SubdistrictMunicipality => "ทต.",
        OrganizationKind.TownMunicipality => "ทม.",
        OrganizationKind.CityMunicipality => "ทน.",
        OrganizationKind.Pao => "อบจ.",
        _ => kind.ToString(),
    };

    /// <summary>Accepts the enum name, the Thai short form or the full Thai name.</summary>
    public static bool TryParse(string? text, out OrganizationKind kind)
    {
        kind = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        foreach (var k in Enum.GetValues<OrganizationKind>())
        {
            if (string.Equals(k.ToString(), t, StringComparison.OrdinalIgnoreCase)
                || t == k.ThaiShort() || t == k.ThaiShort().TrimEnd('.') || t == k.Thai())
            {
                kind = k;
                return true;
            }
        }

        return false;
    }
}
