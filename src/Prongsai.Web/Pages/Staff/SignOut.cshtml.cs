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
        // What this member's pages kept in the browser (messages, the import previews' keys) is not for whoever signs
        // in next on a shared office computer.
        TempData.Clear();
        return Redirect("/staff/signin");
    }
}
