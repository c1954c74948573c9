using Prongsai.Core.Common;

namespace Prongsai.Core.Organizations;

/// <summary>The tenant: one local government (อปท.).</summary>
public sealed class Organization : IEditVersioned
{
    /// <summary>Saves made through the edit forms (<see cref="EditVersions"/>).</summary>
    public int EditVersion { get; set; }

    public int Id { get; set; }

    /// <summary>The URL name: /{slug}/... Lower-case ASCII letters, digits and '-'.</summary>
    public required string Slug { get; set; }

    public required string Name { get; set; }
    public string? NameEnglish { get; set; }
    public OrganizationKind Kind { get; set; } = OrganizationKind.Sao;
    public string? Province { get; set; }
    public string? District { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>The office's own pages on social networks (<see cref="OnlineChannels"/>): https addresses, or null.</summary>
    public string? FacebookUrl { get; set; }

    public string? LineUrl { get; set; }
    public string? YouTubeUrl { get; set; }

    /// <summary>File-store key of the emblem, when one was uploaded.</summary>
    public string? LogoFileKey { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<OrganizationHost> Hosts { get; set; } = [];
}

/// <summary>
/// A host name of the organization's own (e.g. bangkha.go.th) that serves it at "/" — once the platform
/// Operator has approved the claim: anyone can type a host name, only the Operator can check it belongs to them.
/// </summary>
public sealed class OrganizationHost
{
    public int Id { get; set; }
    public int OrganizationId { get; set; }
    public required string HostName { get; set; }

    public HostClaimStatus Status { get; set; } = HostClaimStatus.Pending;

    /// <summary>Who claimed it (a user id, or the command line's name) and when.</summary>
    public string? ClaimedBy { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }

    /// <summary>The Operator who approved or rejected the claim, and when.</summary>
    public string? DecidedBy { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
}

/// <summary>Where a host-name claim stands. Only <see cref="Approved"/> hosts serve the organization.</summary>
public enum HostClaimStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
}
