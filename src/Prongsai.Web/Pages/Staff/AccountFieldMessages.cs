using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff;

/// <summary>
/// The sign-in and password forms' own field messages, in the page's language. A validation attribute takes only
/// constants, so it names one of these properties (<c>ErrorMessageResourceType</c>), read each time the message is shown.
/// </summary>
public static class AccountFieldMessages
{
    public static string EmailRequired => Lang.T("กรุณากรอกอีเมล", "Please type your email address.");

    public static string EmailTooLong => Lang.T("อีเมลยาวเกินไป", "The email address is too long.");

    public static string PasswordRequired => Lang.T("กรุณากรอกรหัสผ่าน", "Please type your password.");

    public static string PasswordTooLong => Lang.T("รหัสผ่านยาวเกินไป", "The password is too long.");

    public static string CurrentPasswordRequired => Lang.T("กรุณากรอกรหัสผ่านปัจจุบัน", "Please type your current password.");

    public static string NewPasswordRequired => Lang.T("กรุณากรอกรหัสผ่านใหม่", "Please type a new password.");

    public static string RepeatPasswordRequired => Lang.T("กรุณาพิมพ์รหัสผ่านใหม่อีกครั้ง", "Please type the new password again.");

    public static string RepeatPasswordDiffers =>
        Lang.T("รหัสผ่านใหม่ที่พิมพ์ทั้งสองช่องไม่ตรงกัน กรุณาพิมพ์ใหม่", "The two new passwords differ: please type them again.");
}
