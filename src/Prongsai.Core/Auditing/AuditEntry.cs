namespace Prongsai.Core.Auditing;

/// <summary>
/// One recorded change. Written by the audit interceptor or by sign-in; never updated or
/// deleted through the app. Protected personal data is referenced (entity + id), never copied.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public int? OrganizationId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public required string Entity { get; set; }
    public string? EntityId { get; set; }
    public required string Action { get; set; }

    /// <summary>JSON: { "Property": [before, after], ... } with protected values replaced by a marker.</summary>
    public string? Changes { get; set; }
}

public static class AuditActions
{
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string Publish = "publish";
    public const string Unpublish = "unpublish";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string PermissionChange = "permission-change";
    public const string PasswordReset = "password-reset";
    public const string PasswordChange = "password-change";
    public const string AccountClose = "account-close";
    public const string AccountReopen = "account-reopen";

    /// <summary>A new account refused because its e-mail is an account of another organization (not named to the creator).</summary>
    public const string AccountCreateRefused = "account-create-refused";
}
