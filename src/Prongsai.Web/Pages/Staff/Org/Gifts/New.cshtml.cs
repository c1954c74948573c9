using Microsoft.AspNetCore.Mvc;
using Prongsai.Core.Gifts;
using Prongsai.Core.Money;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Gifts;

/// <summary>
/// Reporting a gift one received: the day (typed in พ.ศ.), one's position (filled in from the last report), who gave it
/// and how they are related, the occasion, what it was and about how much it is worth in baht. A refused form comes
/// back as typed, with each error beside its field — a mistyped date or a value typed in words included — and nothing
/// saved. Everyone in the back office may read the form; only those who may report send it.
/// </summary>
[RequirePermissionToChange(GiftsPermissions.ReportGifts)]
public sealed class NewModel(GiftBoard board, ReportGift report) : StaffPageModel
{
    [BindProperty] public GiftForm Input { get; set; } = new();

    public bool MayReport => Actor.Has(GiftsPermissions.ReportGifts);

    public async Task OnGetAsync() =>
        Input.ReceiverPosition = await board.LastPositionAsync(Actor, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        var receivedOn = ThaiDateFields.ReadDate(ModelState, "Input.ReceivedOn", Input.ReceivedOn);
        var value = ReadValue();
        // Asked even when the date or the value was mistyped, so every problem of the form is told at once; it cannot
        // succeed without them.
        var result = await report.RunAsync(Actor, new GiftInput(
            receivedOn, Input.ReceiverPosition, Input.GiverName, Input.GiverRelation, Input.Occasion, Input.Description, value),
            HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            var gift = result.Value!;
            Flash = GiftRules.MustReport(gift.Value, gift.GiverRelation)
                ? Lang.T("ส่งรายงานแล้ว รอผู้บริหารพิจารณา ระบบจะแจ้งผลในหน้าแรกของคุณ",
                    "Your report is sent and waits for the head of the office; the answer will be on your dashboard.")
                : Lang.T("บันทึกแล้ว ของนี้ไม่ต้องรายงานตามกฎหมาย (จากญาติ หรือมูลค่าไม่เกิน 3,000 บาท) แต่บันทึกไว้ให้ผู้บริหารทราบ",
                    "Recorded. The law does not ask for this one (from a relative, or 3,000 baht or less), but the head of the office is told.");
            return Redirect(GiftLabels.ReportPath(Org.Slug, gift.Id));
        }

        if (StatusFor(result.Errors) is { } refusal)
        {
            return refusal;
        }

        FormState.AddErrors(ModelState, result.Errors, nameof(Input));
        Response.StatusCode = FormState.RefusedStatus(result.Errors);
        return Page();
    }

    /// <summary>The value as typed: "3500", "3,500.00"; words or a bad number are refused beside the field, never taken as nothing.</summary>
    private decimal? ReadValue()
    {
        var parsed = ThaiMoney.Parse(Input.Value, required: false);
        if (parsed.Error is { } error)
        {
            ModelState.AddModelError("Input.Value", error);
        }

        return parsed.Value;
    }
}

/// <summary>The report form as typed (the date and the value stay text, so mistyped ones come back as they were).</summary>
public sealed class GiftForm
{
    public string? ReceivedOn { get; set; }
    public string? ReceiverPosition { get; set; }
    public string? GiverName { get; set; }
    public GiverRelation? GiverRelation { get; set; }
    public string? Occasion { get; set; }
    public string? Description { get; set; }
    public string? Value { get; set; }
}
