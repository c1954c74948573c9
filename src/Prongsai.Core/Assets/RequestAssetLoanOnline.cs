using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Requests;
using Prongsai.Core.Text;

namespace Prongsai.Core.Assets;

/// <summary>
/// What the website's borrowing form sends: the article, how many, the days as typed (พ.ศ.), what for and where, and
/// who asks with a telephone number.
/// </summary>
public sealed record OnlineLoanInput(
    int? AssetId, string? Quantity, string? From, string? Until, string? Purpose, string? Place, string? Name, string? Phone);

/// <summary>The request recorded, and its tracking code as the receipt shows it (once: only its hash is kept).</summary>
public sealed record OnlineLoanReceipt(AssetLoan Loan, string TrackingCode);

/// <summary>
/// A villager asks on the website to borrow an article the office lists there (an E-Service): the same written request,
/// rules and check of what is free as a keeper's, recorded as from outside the office and waiting for approval, which
/// is given by telephone. Only articles listed on the website can be asked for: any other id is refused as "choose an
/// article", so the form tells nothing of the rest of the register. Public, without an account; the page is rate
/// limited like every public post, and a request holds nothing until it is approved, so a flood of them cannot take
/// the tents from anyone. The receipt gives a tracking code (the complaints' kind), with which the villager follows the
/// request on /{org}/track and may withdraw it while it waits.
/// </summary>
public sealed class RequestAssetLoanOnline(ProngsaiDbContext db, RequestAssetLoan loans)
{
    /// <summary>Who recorded a request sent from the website (the loan's "requested by").</summary>
    public const string RequestedOnline = "ประชาชน (ทางเว็บไซต์)";

    public async Task<Result<OnlineLoanReceipt>> RunAsync(OnlineLoanInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var asset = input.AssetId is { } id
            ? await db.Set<Asset>().AsNoTracking().ListedOnWebsite().FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            : null;
        if (asset is null)
        {
            return Error.Invalid("กรุณาเลือกอุปกรณ์ที่จะยืม", "AssetId");
        }

        if (RequestAssetLoan.NotLendable(asset) is not null)
        {
            return Error.Conflict("อุปกรณ์นี้งดให้ยืมชั่วคราว กรุณาเลือกอย่างอื่นหรือสอบถามที่สำนักงาน", "AssetId");
        }

        var errors = new List<Error>();
        var from = ThaiDateInput.Parse(input.From);
        var until = ThaiDateInput.Parse(input.Until);
        if (from.Error is { } fromError)
        {
            errors.Add(Error.Invalid(fromError, "From"));
        }

        if (until.Error is { } untilError)
        {
            errors.Add(Error.Invalid(untilError, "Until"));
        }

        var quantity = TypedNumbers.ReadWhole(input.Quantity, "จำนวนที่จะยืม");
        if (quantity.Problem is { } quantityProblem)
        {
            errors.Add(Error.Invalid($"{quantityProblem} (ในทะเบียนมี {asset.Quantity:N0} ชิ้น)", "Quantity"));
        }

        var phone = TelephoneNumber(input.Phone);
        if (string.IsNullOrWhiteSpace(input.Phone))
        {
            errors.Add(Error.Invalid("กรุณากรอกเบอร์โทรศัพท์ เจ้าหน้าที่จะโทรแจ้งผลการพิจารณา", "OutsideContact"));
        }
        else if (phone is null)
        {
            errors.Add(Error.Invalid("เบอร์โทรศัพท์ไม่ถูกต้อง กรุณากรอกตัวเลข 9 หรือ 10 หลัก เช่น 081 234 5678", "OutsideContact"));
        }

        // The shared rules ask for the name (in the borrower's field) and check the rest.
        var request = new AssetLoanInput(asset.Id, quantity.Value, from.Value, until.Value, input.Purpose, input.Place, input.Name, phone);
        var code = TrackingCodes.New();
        var placed = await loans.PlaceAsync(asset, request, forOutsider: true, requestedByUserId: "", RequestedOnline, errors, TrackingCodes.Hash(code), cancellationToken);
        return placed.Succeeded ? new OnlineLoanReceipt(placed.Value!, TrackingCodes.Format(code)) : Result<OnlineLoanReceipt>.Fail(placed.Errors);
    }

    /// <summary>A Thai telephone number as the keeper will dial it, or null when it is not one (<see cref="TypedNumbers.TelephoneNumber"/>).</summary>
    public static string? TelephoneNumber(string? text) => TypedNumbers.TelephoneNumber(text);
}
