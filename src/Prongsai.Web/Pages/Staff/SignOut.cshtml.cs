using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff;

[AllowAnonymous]
public sealed class SignOutModel(SignInManager<StaffUser> signIn) : PageModel
{
    public IActionResult OnGet() => Redirect("/staff/signin");

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        return Redirect("/staff/signin");
    }
}
