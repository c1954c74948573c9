using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Prongsai.Core.Assets;
using Prongsai.Core.Common;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Assets;

/// <summary>Words and addresses the property pages share (the Thai of states comes from Core's <see cref="AssetTexts"/>, as in the downloads).</summary>
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

    public static string Status(AssetLoanStatus status) => Lang.T(AssetTexts.Status(status), status switch
    {
        AssetLoanStatus.Requested => "Waiting for a decision",
        AssetLoanStatus.Approved => "Approved, out on loan",
        AssetLoanStatus.Refused => "Refused",
        AssetLoanStatus.Withdrawn => "Withdrawn",
        AssetLoanStatus.Returned => "Returned",
        _ => status.ToString(),
    });

    /// <summary>The badge colour of a state (the words say it too, never the colour alone).</summary>
    public static string StatusClass(AssetLoanStatus status) => status switch
    {
        AssetLoanStatus.Requested => "status-scheduled",
        AssetLoanStatus.Approved => "status-onTrack",
        AssetLoanStatus.Returned => "status-done",
        AssetLoanStatus.Refused => "status-unpublished",
        _ => "status-draft",
    };

    public static string Condition(AssetCondition condition) => Lang.T(AssetTexts.Condition(condition), condition switch
    {
        AssetCondition.Good => "Good, in working order",
        AssetCondition.Damaged => "Damaged",
        AssetCondition.Lost => "Lost",
        _ => condition.ToString(),
    });

    public static string Overdue => Lang.T("เลยกำหนดส่งคืน", "Past the return date");

    /// <summary>Why an article cannot be asked for at all (the use case says the same when asked), or null.</summary>
    public static string? NotLendable(Asset asset) =>
        asset.RetiredAt is not null ? Lang.T("ทรัพย์สินนี้จำหน่ายออกจากทะเบียนแล้ว ให้ยืมไม่ได้", "Written off: it cannot be lent.")
        : !asset.Lendable ? Lang.T("ทรัพย์สินนี้ไม่ได้กำหนดให้ยืม ใช้เฉพาะในงานของหน่วยงาน", "Not for lending: it is kept for the office's own work.")
        : asset.Condition != AssetCondition.Good
            ? Lang.T("ทรัพย์สินนี้ชำรุดหรือสูญหาย ให้ยืมไม่ได้จนกว่าเจ้าหน้าที่พัสดุจะตรวจสอบ", "Damaged or lost: not lent until the keeper has checked it.")
        : null;

    public static bool MayBeAskedFor(AssetRow row) => row.Lendable && row.RetiredAt is null && row.Condition == AssetCondition.Good;

    /// <summary>"4 ชิ้น".</summary>
    public static string Pieces(int quantity) =>
        Lang.T($"{quantity.ToString("N0", CultureInfo.InvariantCulture)} ชิ้น", $"{quantity.ToString("N0", CultureInfo.InvariantCulture)} pcs");

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string RegisterPath(string org) => $"/staff/{org}/assets";

    public static string AssetPath(string org, int id) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/assets/{id}");

    public static string LoansPath(string org) => $"/staff/{org}/assets/loans";

    public static string LoanPath(string org, int id) => string.Create(CultureInfo.InvariantCulture, $"/staff/{org}/assets/loans/{id}");

    /// <summary>A page number from the query string ("page" is a route value of Razor Pages): a wrong one shows the first page.</summary>
    public static int PageNumber(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? Math.Min(page, MaxPage) : 1;

    /// <summary>Far past any real register, and small enough that skipping that many rows cannot overflow.</summary>
    private const int MaxPage = 1_000_000;

    /// <summary>The status a refused form answers with: 409 when the state stood in the way, else 422 (the form is shown again).</summary>
    public static int RefusedStatus(IEnumerable<Error> errors) =>
        errors.Any(e => e is ConflictError) ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;

    /// <summary>
    /// Puts a use case's errors on the form, except those on a field the page has already refused (a mistyped date is
    /// passed on as no date; its own message says more than "please fill in the date").
    /// </summary>
    public static void AddErrors(ModelStateDictionary state, IEnumerable<Error> errors, string? prefix = null)
    {
        var fresh = errors.Where(e => e.Field is null || !(state.TryGetValue(Key(e.Field, prefix), out var entry) && entry.Errors.Count > 0)).ToList();
        UseCaseErrors.AddToModelState(state, fresh, prefix);
    }

    /// <summary>The first error of a form field, or null.</summary>
    public static string? ErrorFor(ModelStateDictionary state, string key) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 ? string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)) : null;

    /// <summary>What was typed into a field, when the form comes back refused (a number that was not one).</summary>
    public static string? Typed(ModelStateDictionary state, string key, string? value) =>
        state.TryGetValue(key, out var entry) && entry.Errors.Count > 0 && entry.AttemptedValue is { } typed ? typed : value;

    private static string Key(string field, string? prefix) => prefix is null ? field : $"{prefix}.{field}";
}
