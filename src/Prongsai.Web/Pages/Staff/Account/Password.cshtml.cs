using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff.Account;

public sealed class PasswordModel(UserManager<StaffUser> users, SignInManager<StaffUser> signIn) : PageModel
{
    [BindProperty, Required(ErrorMessage = "กรุณากรอกรหัสผ่านปัจจุบัน"), StringLength(200)]
    public string Current { get; set; } = "";

    [BindProperty, Required(ErrorMessage = "กรุณากรอกรหัสผ่านใหม่"), StringLength(200)]
    public string New { get; set; } = "";

    [BindProperty(SupportsGet = true)] public bool First { get; set; }
    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        var result = await users.ChangePasswordAsync(user, Current, New);
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
            return Page();
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        Done = true;
        First = false;
        return Page();
    }
}
