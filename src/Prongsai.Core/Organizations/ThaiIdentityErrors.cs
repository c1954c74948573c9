using Microsoft.AspNetCore.Identity;

namespace Prongsai.Core.Organizations;

/// <summary>
/// Identity's messages in plain Thai, every one of them: they reach people on the password and account pages, where
/// Identity's own English ("Passwords must have at least one digit") would be the only English on a Thai page.
/// Thai only, as every message of the use cases; the code stays Identity's for machines and logs.
/// </summary>
public sealed class ThaiIdentityErrors : IdentityErrorDescriber
{
    private static IdentityError E(string code, string text) => new() { Code = code, Description = text };

    public override IdentityError DefaultError() => E(nameof(DefaultError), "เกิดข้อผิดพลาด กรุณาลองใหม่อีกครั้ง");
    public override IdentityError ConcurrencyFailure() => E(nameof(ConcurrencyFailure), "มีผู้อื่นแก้ไขบัญชีนี้พร้อมกัน กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง");
    public override IdentityError PasswordMismatch() => E(nameof(PasswordMismatch), "รหัสผ่านไม่ถูกต้อง");
    public override IdentityError InvalidToken() => E(nameof(InvalidToken), "รหัสยืนยันไม่ถูกต้องหรือหมดอายุแล้ว");
    public override IdentityError RecoveryCodeRedemptionFailed() => E(nameof(RecoveryCodeRedemptionFailed), "รหัสกู้คืนไม่ถูกต้อง");
    public override IdentityError LoginAlreadyAssociated() => E(nameof(LoginAlreadyAssociated), "บัญชีภายนอกนี้ผูกกับผู้ใช้อื่นอยู่แล้ว");
    public override IdentityError InvalidUserName(string? userName) => E(nameof(InvalidUserName), "ชื่อผู้ใช้ไม่ถูกต้อง");
    public override IdentityError InvalidEmail(string? email) => E(nameof(InvalidEmail), "รูปแบบอีเมลไม่ถูกต้อง");
    public override IdentityError DuplicateUserName(string userName) => E(nameof(DuplicateUserName), "มีบัญชีที่ใช้ชื่อนี้อยู่แล้ว");
    public override IdentityError DuplicateEmail(string email) => E(nameof(DuplicateEmail), "มีบัญชีที่ใช้อีเมลนี้อยู่แล้ว");
    public override IdentityError InvalidRoleName(string? role) => E(nameof(InvalidRoleName), "ชื่อบทบาทไม่ถูกต้อง");
    public override IdentityError DuplicateRoleName(string role) => E(nameof(DuplicateRoleName), "มีบทบาทชื่อนี้อยู่แล้ว");
    public override IdentityError UserAlreadyHasPassword() => E(nameof(UserAlreadyHasPassword), "บัญชีนี้ตั้งรหัสผ่านไว้แล้ว");
    public override IdentityError UserLockoutNotEnabled() => E(nameof(UserLockoutNotEnabled), "บัญชีนี้ไม่ได้เปิดการล็อกเมื่อใส่รหัสผ่านผิด");
    public override IdentityError UserAlreadyInRole(string role) => E(nameof(UserAlreadyInRole), "ผู้ใช้มีบทบาทนี้อยู่แล้ว");
    public override IdentityError UserNotInRole(string role) => E(nameof(UserNotInRole), "ผู้ใช้ไม่มีบทบาทนี้");
    public override IdentityError PasswordTooShort(int length) => E(nameof(PasswordTooShort), $"รหัสผ่านต้องยาวอย่างน้อย {length} ตัวอักษร");
    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        E(nameof(PasswordRequiresUniqueChars), $"รหัสผ่านต้องมีตัวอักษรที่ไม่ซ้ำกันอย่างน้อย {uniqueChars} ตัว");
    public override IdentityError PasswordRequiresNonAlphanumeric() => E(nameof(PasswordRequiresNonAlphanumeric), "รหัสผ่านต้องมีสัญลักษณ์อย่างน้อย 1 ตัว เช่น ! หรือ @");
    public override IdentityError PasswordRequiresDigit() => E(nameof(PasswordRequiresDigit), "รหัสผ่านต้องมีตัวเลขอย่างน้อย 1 ตัว");
    public override IdentityError PasswordRequiresLower() => E(nameof(PasswordRequiresLower), "รหัสผ่านต้องมีตัวอักษรภาษาอังกฤษตัวพิมพ์เล็กอย่างน้อย 1 ตัว");
    public override IdentityError PasswordRequiresUpper() => E(nameof(PasswordRequiresUpper), "รหัสผ่านต้องมีตัวอักษรภาษาอังกฤษตัวพิมพ์ใหญ่อย่างน้อย 1 ตัว");
}
