using Microsoft.AspNetCore.Identity;

namespace Prongsai.Core.Organizations.SignIn;

/// <summary>
/// A hash of a random password, made once by the app's own hasher (same algorithm and cost as real accounts), so an
/// unknown e-mail or a blocked attempt costs one verification like a known one. It belongs to the app, not the process:
/// two apps in one process (the tests) may hash at different costs, and each must pay its own.
/// </summary>
public sealed class DummyPasswordHash
{
    private string? hash;

    public string Of(IPasswordHasher<StaffUser> hasher) =>
        hash ??= hasher.HashPassword(new StaffUser { DisplayName = "" }, Guid.NewGuid().ToString("N"));
}
