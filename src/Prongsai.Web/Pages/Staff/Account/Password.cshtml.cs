using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Organizations.SignIn;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Account;

public sealed class PasswordModel(StaffSignIn signIn) : PageModel
{
    [BindProperty, StringLength(200)]
    [Required(ErrorMessageResourceType = typeof(AccountFieldMessages), ErrorMessageResourceName = nameof(AccountFieldMessages.CurrentPasswordRequired))]
    public string Current { get; set; } = "";

    [BindProperty, StringLength(200)]
    [Required(ErrorMessageResourceType = typeof(AccountFieldMessages), ErrorMessageResourceName = nameof(AccountFieldMessages.NewPasswordRequired))]
    public string New { get; set; } = "";

    /// <summary>The new password typed twice: a typo in a masked field would lock the member out until an admin resets it.</summary>
    [BindProperty, StringLength(200)]
    [Required(ErrorMessageResourceType = typeof(AccountFieldMessages), ErrorMessageResourceName = nameof(AccountFieldMessages.RepeatPasswordRequired))]
    [Compare(nameof(New), ErrorMessageResourceType = typeof(AccountFieldMessages), ErrorMessageResourceName = nameof(AccountFieldMessages.RepeatPasswordDiffers))]
    public string Repeat { get; set; } = "";

    [BindProperty(SupportsGet = true)] public bool First { get; set; }
    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Refused();
        }

        var result = await signIn.ChangePasswordAsync(User, Current, New, ClientAddress.Of(HttpContext), HttpContext.RequestAborted);
        if (!result.Succeeded)
        {
            UseCaseErrors.AddToModelState(ModelState, result.Errors);
            return Refused();
        }

        Done = true;
        First = false;
        return Page();
    }

    /// <summary>The form again with each error beside its field, answered 422 like every refused back-office form.</summary>
    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
