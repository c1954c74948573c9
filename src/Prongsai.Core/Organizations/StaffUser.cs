using Microsoft.AspNetCore.Identity;

namespace Prongsai.Core.Organizations;

/// <summary>
/// A staff account (ASP.NET Core Identity). A member of one organization; the platform
/// Operator has no organization and only platform permissions.
/// </summary>
public sealed class StaffUser : IdentityUser
{
    public int? OrganizationId { get; set; }
    public required string DisplayName { get; set; }
    public bool IsOperator { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Set when an admin sets a one-time password: the user must choose a new one.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>
    /// When the current one-time password was issued (set with <see cref="MustChangePassword"/>, cleared when the member
    /// chooses their own): it is refused at sign-in after <see cref="OneTimePasswordOptions.OneTimePasswordDays"/> days.
    /// </summary>
    public DateTimeOffset? OneTimePasswordIssuedAt { get; set; }

    /// <summary>
    /// Set when the organization closes the account (the person left or moved): it cannot sign in, holds no role, and
    /// its name stays on everything it did. Reopening clears it.
    /// </summary>
    public DateTimeOffset? ClosedAt { get; set; }

    public string? ClosedBy { get; set; }
}
