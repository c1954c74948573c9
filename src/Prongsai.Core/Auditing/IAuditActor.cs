namespace Prongsai.Core.Auditing;

/// <summary>Who is making changes now: the signed-in staff member, or the command line.</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string UserName { get; }
}

/// <summary>A fixed actor, for the command line and background jobs.</summary>
public sealed class FixedAuditActor(string userName, string? userId = null) : IAuditActor
{
    public string? UserId { get; } = userId;
    public string UserName { get; } = userName;
}
