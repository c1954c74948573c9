using Microsoft.AspNetCore.Identity;

namespace Prongsai.Core.Organizations;

/// <summary>Identity's validation messages in Thai (with the English after a slash for support staff).</summary>
public sealed class ThaiIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError E(string code, string text) => new() { Code = code, Description = text };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "เกิดข้อผิดพลาด กรุณาลองใหม่ / An error occurred.");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "รหัสผ่านไม่ถูกต้อง / Incorrect password.");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "รหัสยืนยันไม่ถูกต้องหรือหมดอายุ / Invalid token.");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), "รูปแบบอีเมลไม่ถูกต้อง / Invalid e-mail.");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "ชื่อผู้ใช้ไม่ถูกต้อง / Invalid user name.");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), "มีบัญชีที่ใช้อีเมลนี้อยู่แล้ว / E-mail already used.");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "มีบัญชีที่ใช้ชื่อนี้อยู่แล้ว / User name already used.");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"รหัสผ่านต้องยาวอย่างน้อย {length} ตัวอักษร / At least {length} characters.");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "รหัสผ่านต้องมีตัวเลขอย่างน้อย 1 ตัว / Needs a digit.");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "รหัสผ่านต้องมีอักษรภาษาอังกฤษตัวเล็กอย่างน้อย 1 ตัว / Needs a lower-case letter.");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "รหัสผ่านต้องมีอักษรภาษาอังกฤษตัวใหญ่อย่างน้อย 1 ตัว / Needs an upper-case letter.");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "รหัสผ่านต้องมีสัญลักษณ์อย่างน้อย 1 ตัว / Needs a symbol.");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => E(nameof(PasswordRequiresUniqueChars), $"รหัสผ่านต้องมีอักขระไม่ซ้ำกันอย่างน้อย {uniqueChars} ตัว / Needs {uniqueChars} different characters.");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "บัญชีนี้ไม่ได้เปิดการล็อก / Lockout not enabled.");
}
