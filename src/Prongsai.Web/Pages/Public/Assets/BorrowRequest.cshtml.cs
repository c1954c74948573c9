using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Core.Organizations;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Portal;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages.Public.Assets;

/// <summary>What the borrowing form posts. Inputs are written by hand in the view, so a tampered value re-renders safely.</summary>
public sealed class BorrowForm
{
    public int? AssetId { get; set; }
    /// <summary>As typed (Thai digits welcome), so a mistake is shown with what was written.</summary>
    public string? Quantity { get; set; }
    public string? From { get; set; }
    public string? Until { get; set; }
    public string? Purpose { get; set; }
    public string? Place { get; set; }
    public string? OutsideBorrower { get; set; }
    public string? OutsideContact { get; set; }

    /// <summary>The honeypot: hidden from people, filled by robots.</summary>
    public string? Website { get; set; }
}

/// <summary>
/// /{org}/borrow/request: asks to borrow one of the articles listed on /{org}/borrow (<c>?article=ID</c> chooses it
/// beforehand). The request waits for the head of the office, who answers by telephone. The answer to an accepted post
/// repeats what was asked and gives its tracking code, once; nothing about it is put in an address. Rate limited like every public post; not kept in
/// the page cache, since the form carries an antiforgery token.
/// </summary>
[PublicPost("request")]
public sealed class BorrowRequestModel(PortalData portal, AssetBoard board, TimeProvider clock) : PageModel
{
    [BindProperty] public BorrowForm Form { get; set; } = new();

    public Organization Organization { get; private set; } = null!;
    public IReadOnlyList<PublicAssetRow> Articles { get; private set; } = [];
    public PublicFormErrors Errors { get; } = new();

    /// <summary>The request just recorded, in the answer to its post.</summary>
    public AssetLoan? Received { get; private set; }

    /// <summary>Its tracking code, shown this once (only its hash is kept).</summary>
    public string? TrackingCode { get; private set; }

    public string? ReceivedArticle { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] int? article, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (article is { } chosen && Articles.Any(a => a.Id == chosen && a.AvailableToLend))
        {
            Form.AssetId = chosen;
        }

        Form.Quantity ??= "1";
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (Errors.CatchesRobot(Form.Website, Response, Lang.T("ไม่สามารถส่งคำขอได้ กรุณาลองใหม่อีกครั้ง", "The request could not be sent; please try again.")))
        {
            return Page();
        }

        var input = new OnlineLoanInput(Form.AssetId, Form.Quantity, Form.From, Form.Until, Form.Purpose, Form.Place, Form.OutsideBorrower, Form.OutsideContact);
        var result = await HttpContext.RequestServices.GetRequiredService<RequestAssetLoanOnline>().RunAsync(input, cancellationToken);
        if (!result.Succeeded)
        {
            if (!Errors.Refuse(result.Errors, Response))
            {
                return NotFound();
            }

            Errors.ShowBesideFields(ModelState, nameof(Form));
            return Page();
        }

        Received = result.Value!.Loan;
        TrackingCode = result.Value.TrackingCode;
        ReceivedArticle = Articles.FirstOrDefault(a => a.Id == Received!.AssetId)?.Name;
        Response.Headers.CacheControl = "no-store";
        Form = new BorrowForm { Quantity = "1" };
        return Page();
    }

    public string? ErrorOf(string field) => Errors.Of(field);

    /// <summary>A date a week ahead, written as the field wants it, for the hint.</summary>
    public string ExampleDate => ThaiDateInput.Format(BangkokTime.Today(clock).AddDays(7));

    /// <summary>The same day as digits alone ("01122569"), what a phone's number pad of digits only can type.</summary>
    public string ExampleDigits => ExampleDate.Replace("/", "", StringComparison.Ordinal);

    public static string DateText(DateOnly date) => ThaiDate.FormatLong(date);

    public static string Number(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var organization = await portal.OrganizationOfAsync(HttpContext, cancellationToken);
        if (organization is null)
        {
            return false;
        }

        Organization = organization;
        Articles = await board.ShownToPublicAsync(cancellationToken);
        return true;
    }
}
