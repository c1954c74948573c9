using Prongsai.Core.Ledger;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Portal;

/// <summary>
/// The ledger's machine words (kept as they are in the JSON and the hashes) said to people on the HTML pages, and its
/// instants in Bangkok time with the Buddhist-era year.
/// </summary>
public static class LedgerWords
{
    public static string Action(string action) => action switch
    {
        LedgerActions.Publish => Lang.T("เผยแพร่", "published"),
        LedgerActions.Update => Lang.T("แก้ไข", "updated"),
        LedgerActions.Unpublish => Lang.T("ยกเลิกการเผยแพร่", "unpublished"),
        _ => action,
    };

    public static string Kind(string itemType) => itemType switch
    {
        LedgerItemTypes.Document => Lang.T("เอกสาร", "Document"),
        LedgerItemTypes.MeasuresReport => Lang.T("รายงานมาตรการ", "Measures report"),
        _ => itemType,
    };

    /// <summary>"5 ธันวาคม 2569 07:54 น." (Bangkok time).</summary>
    public static string Time(DateTimeOffset at) => Display.DateTime(at);
}
