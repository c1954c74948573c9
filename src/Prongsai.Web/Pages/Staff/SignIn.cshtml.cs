using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Organizations.SignIn;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff;

[AllowAnonymous]
public sealed class SignInModel(StaffSignIn signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessageResourceType = typeof(AccountFieldMessages), ErrorMessageResourceName = nameof(AccountFieldMessages.EmailRequired))]
    [StringLength(200, ErrorMessageResourceType = typeof(AccountFieldMessages), ErrorMessageResourceName = nameof(AccountFieldMessages.EmailTooLong))]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessageResourceType = typeof(AccountFieldMessages), ErrorMessageResourceName = nameof(AccountFieldMessages.PasswordRequired))]
    [StringLength(200, ErrorMessageResourceType = typeof(AccountFieldMessages), ErrorMessageResourceName = nameof(AccountFieldMessages.PasswordTooLong))]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Refused();
        }

        var result = await signIn.SignInAsync(new SignInRequest(Email, Password, ClientAddress.Of(HttpContext)), HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            return result.Value == SignInOutcome.MustChangePassword
                ? LocalRedirect("/staff/account/password?first=true")
                : LocalRedirect(LocalReturnUrl.ForLocation(ReturnUrl, "/staff"));
        }

        UseCaseErrors.AddToModelState(ModelState, result.Errors);
        return Refused();
    }

    /// <summary>The form again with what was wrong, answered 422 like every refused form.</summary>
    private PageResult Refused()
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
