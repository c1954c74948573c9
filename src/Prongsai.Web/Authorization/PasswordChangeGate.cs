using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Authorization;

/// <summary>
/// An account with a one-time password may do nothing but replace it: every staff page and API call of a
/// signed-in user whose account must change its password answers with the password page (or 403 for the API),
/// except the password page itself and signing out (a form sent meanwhile gets the page that keeps its text). Checked on
/// the server for every request, not only at sign-in.
/// </summary>
public sealed class PasswordChangeGate(RequestDelegate next)
{
    public const string PasswordPage = "/staff/account/password";

    private static readonly PathString[] Open = [PasswordPage, "/staff/signout", "/staff/signin"];

    public async Task InvokeAsync(HttpContext context, StaffSession session)
    {
        var path = context.Request.Path;
        var guarded = path.StartsWithSegments("/staff", StringComparison.OrdinalIgnoreCase)
            || path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
        if (guarded
            && context.User.Identity?.IsAuthenticated == true
            && !Open.Any(p => path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase))
            && (await session.GetUserAsync(context.RequestAborted))?.MustChangePassword == true)
        {
            if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
            {
                await Results.Problem(
                    title: Lang.T("ต้องเปลี่ยนรหัสผ่านครั้งแรกก่อน", "The one-time password must be changed first"),
                    statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
                return;
            }

            // A form sent meanwhile (signed in again with a one-time password in another tab) keeps what was typed:
            // the error page shows it, with the password page and a way to send it again (FormFailureReason.PasswordChange).
            if (FormFailure.IsBrowserForm(context.Request))
            {
                FormFailure.Answer(context, FormFailureReason.PasswordChange);
                return;
            }

            context.Response.Redirect(PasswordPage + "?first=true");
            return;
        }

        await next(context);
    }
}
