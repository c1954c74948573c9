using Prongsai.Core.Common;

namespace Prongsai.Web.Infrastructure;

/// <summary>Prongsai:RateLimits — the limits per client address (<see cref="RateLimits"/>, <see cref="TrackingGuard"/>).</summary>
public sealed class RateLimitOptions
{
    public const string Section = "Prongsai:RateLimits";

    /// <summary>Lifts every limit (load tests only).</summary>
    public bool Disabled { get; set; }

    public int PublicPostsPerMinute { get; set; } = 20;
    public int SignInsPerMinute { get; set; } = 30;
    public int RequestFormsPerMinute { get; set; } = 5;
    public int RequestFormFailuresPerMinute { get; set; } = 30;

    /// <summary>Wrong tracking codes per client in ten minutes.</summary>
    public int TrackingFailures { get; set; } = 10;

    /// <summary>The most any limit may be set to: beyond it a limit stops nothing (use Disabled for load tests).</summary>
    public const int Most = 1_000_000;

    public static void Rules(SettingRules<RateLimitOptions> rules) => rules
        .Whole(nameof(PublicPostsPerMinute), o => o.PublicPostsPerMinute, 1, Most)
        .Whole(nameof(SignInsPerMinute), o => o.SignInsPerMinute, 1, Most)
        .Whole(nameof(RequestFormsPerMinute), o => o.RequestFormsPerMinute, 1, Most)
        .Whole(nameof(RequestFormFailuresPerMinute), o => o.RequestFormFailuresPerMinute, 1, Most)
        .Whole(nameof(TrackingFailures), o => o.TrackingFailures, 1, Most);
}
