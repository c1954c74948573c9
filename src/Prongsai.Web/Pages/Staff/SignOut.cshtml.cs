using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Organizations.SignIn;

namespace Prongsai.Web.Pages.Staff;

[AllowAnonymous]
public sealed class SignOutModel(StaffSignIn signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/staff/signin");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync(User, HttpContext.RequestAborted);
        return Redirect("/staff/signin");
    }
}
