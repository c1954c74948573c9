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
    public static string Thai(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.Sao => "องค์การบริหารส่วนตำบล",
        OrganizationKind.SubdistrictMunicipality => "เทศบาลตำบล",
        OrganizationKind.TownMunicipality => "เทศบาลเมือง",
        OrganizationKind.CityMunicipality => "เทศบาลนคร",
        OrganizationKind.Pao => "องค์การบริหารส่วนจังหวัด",
        _ => kind.ToString(),
    };

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
