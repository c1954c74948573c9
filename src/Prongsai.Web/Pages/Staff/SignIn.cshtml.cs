using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Auditing;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Web.Pages.Staff;

[AllowAnonymous]
public sealed class SignInModel(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, ProngsaiDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "กรุณากรอกอีเมล")]
    [StringLength(200, ErrorMessage = "อีเมลยาวเกินไป")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "กรุณากรอกรหัสผ่าน")]
    [StringLength(200, ErrorMessage = "รหัสผ่านยาวเกินไป")]
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
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);

        if (user is not null)
        {
            db.AuditEntries.Add(new AuditEntry
            {
                At = clock.GetUtcNow(),
                OrganizationId = user.OrganizationId,
                UserId = user.Id,
                UserName = user.UserName ?? user.Id,
                Entity = nameof(StaffUser),
                EntityId = user.Id,
                Action = result.Succeeded ? AuditActions.SignIn : AuditActions.SignInFailed,
                Changes = result.IsLockedOut ? "{\"lockedOut\":true}" : null,
            });
            await db.SaveChangesAsync();
        }

        if (result.Succeeded)
        {
            if (user!.MustChangePassword)
            {
                return LocalRedirect("/staff/account/password?first=true");
            }

            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/staff");
        }

        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "บัญชีถูกล็อกชั่วคราวเพราะใส่รหัสผ่านผิดหลายครั้ง กรุณารอ 15 นาทีหรือติดต่อผู้ดูแลระบบ / Account locked for 15 minutes."
            : "อีเมลหรือรหัสผ่านไม่ถูกต้อง / Wrong e-mail or password.");
        return Page();
    }
}
