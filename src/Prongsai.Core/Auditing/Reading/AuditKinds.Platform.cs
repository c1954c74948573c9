namespace Prongsai.Core.Auditing.Reading;

public static partial class AuditKinds
{
    /// <summary>What the installation keeps for every office: holidays, search words, sign-in blocks.</summary>
    private static IEnumerable<AuditKind> Platform =>
    [
        new("PublicHoliday", "วันหยุดราชการ", "public holiday"),
        new("SearchSynonym", "คำค้นที่หาแทนกันได้", "search synonyms") { NameFields = ["Terms"] },
        new("SignInThrottle", "การระงับการเข้าสู่ระบบชั่วคราว", "sign-in block") { NameFields = [] },
    ];
}
