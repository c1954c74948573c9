using System.Globalization;
using Prongsai.Core.Assets;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>
/// Words and addresses the property pages share (the words of states come from Core's <see cref="AssetTexts"/>, as in the
/// downloads and the audit trail).
/// </summary>
public static class AssetLabels
{
    public static string Filter(AssetListFilter filter) => filter switch
    {
        AssetListFilter.Lendable => Lang.T("ให้ยืมได้", "Lendable"),
        AssetListFilter.NeedsAttention => Lang.T("ชำรุดหรือสูญหาย", "Damaged or lost"),
        AssetListFilter.Retired => Lang.T("จำหน่ายออกแล้ว", "Written off"),
        _ => Lang.T("ทั้งหมดในทะเบียน", "All in the register"),
    };

    public static string LoanFilter(AssetLoanFilter filter) => filter switch
    {
        AssetLoanFilter.Waiting => Lang.T("รอพิจารณา", "Waiting"),
        AssetLoanFilter.Out => Lang.T("อยู่ระหว่างยืม", "Out on loan"),
        AssetLoanFilter.Overdue => Lang.T("เลยกำหนดส่งคืน", "Overdue"),
        AssetLoanFilter.Mine => Lang.T("ที่ฉันยืม", "Mine"),
        _ => Lang.T("ทั้งหมด", "All"),
    };

    public static string Status(AssetLoanStatus status) => Lang.T(AssetTexts.Status(status), AssetTexts.StatusEnglish(status));

    /// <summary>The badge colour of a state (the words say it too, never the colour alone).</summary>
    public static string StatusClass(AssetLoanStatus status) => status switch
    {
        AssetLoanStatus.Requested => "status-scheduled",
        AssetLoanStatus.Approved => "status-onTrack",
        AssetLoanStatus.Returned => "status-done",
        AssetLoanStatus.Refused => "status-unpublished",
        _ => "status-draft",
    };

    public static string Condition(AssetCondition condition) => Lang.T(AssetTexts.Condition(condition), AssetTexts.ConditionEnglish(condition));

    /// <summary>What an import does with a row, in the preview.</summary>
    public static string ImportAction(AssetImportAction action) => action switch
    {
        AssetImportAction.Add => Lang.T("เพิ่มใหม่", "Added"),
        AssetImportAction.Update => Lang.T("ปรับปรุง", "Updated"),
        AssetImportAction.Unchanged => Lang.T("ไม่เปลี่ยนแปลง", "Unchanged"),
        _ => Lang.T("ข้าม", "Skipped"),
    };

    public static string Overdue => Lang.T("เลยกำหนดส่งคืน", "Past the return date");

    /// <summary>Why an article cannot be asked for at all (the use case says the same when asked), or null.</summary>
    public static string? NotLendable(Asset asset) =>
        AssetLending.Bar(asset) is { } bar ? Lang.T(AssetTexts.Bar(bar), AssetTexts.BarEnglish(bar)) : null;

    public static bool MayBeAskedFor(AssetRow row) => AssetLending.Bar(row.Lendable, row.RetiredAt, row.Condition) is null;

    /// <summary>"4 ชิ้น".</summary>
    public static string Pieces(int quantity) => Lang.T(AssetTexts.Pieces(quantity), AssetTexts.PiecesEnglish(quantity));

    public static string Number(int value) => Display.Number(value);

    public static string RegisterPath(string org) => $"/staff/{org}/assets";

    public static string AssetPath(string org, int id) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/assets/{id}");

    public static string ImportPath(string org) => $"/staff/{org}/assets/import";

    public static string LoansPath(string org) => $"/staff/{org}/assets/loans";

    public static string LoanPath(string org, int id) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/assets/loans/{id}");
}
