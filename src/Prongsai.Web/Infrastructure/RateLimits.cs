using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Prongsai.Core.Common;
using Prongsai.Data.Redis;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Marks a public endpoint that accepts posts from anonymous visitors. <see cref="Form"/> names a form with its own
/// limit per address (Prongsai:RateLimits:RequestFormsPerMinute) on top of the shared one.
/// </summary>
public sealed class PublicPostAttribute(string? form = null) : Attribute
{
    public string? Form { get; } = form;
}

/// <summary>The request forms' two windows (null when limits are disabled).</summary>
public sealed record RequestFormBudget(PartitionedRateLimiter<HttpContext>? Accepted, PartitionedRateLimiter<HttpContext>? Refused);

/// <summary>
/// A refused post: 429 with Retry-After and no body of its own, so the error page answers it in Thai with the site's
/// layout, the time to wait and the way back to the form (Pages/Error); the API gets ProblemDetails.
/// </summary>
public static class TooManyRequests
{
    /// <summary>HttpContext.Items key: seconds to wait, for the error page.</summary>
    public const string RetryAfterItem = "prongsai.retry-after";

    public static void Refuse(HttpContext context, RateLimitLease lease)
    {
        var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) && retryAfter > TimeSpan.Zero ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Items[RetryAfterItem] = seconds;
    }
}

/// <summary>
/// Rate limits on writes from the public and on sign-in, per client address. Account lockout
/// (per account, not per address: a whole district office shares one address) guards passwords;
/// these limits only stop floods. Setting Prongsai:RateLimits:Disabled=true lifts them for load tests.
/// With Prongsai:Redis the windows are counted in Redis, shared by every node, under keyed hashes of the
/// partition names (never an address); without it each process counts alone.
/// </summary>
public static class RateLimits
{
    public static IServiceCollection AddProngsaiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        // Read when the app starts and checked then (a limit below one refused every post, sign-in included, with a 500).
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).Checked(RateLimitOptions.Section, RateLimitOptions.Rules);
        if (RedisStore.IsConfigured(configuration))
        {
            services.AddSingleton<SharedAddressKey>();
        }

        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((options, settings) =>
        {
            var limits = settings.Value;
            var disabled = limits.Disabled;
            var publicPerMinute = limits.PublicPostsPerMinute;
            var signInPerMinute = limits.SignInsPerMinute;
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                TooManyRequests.Refuse(context.HttpContext, context.Lease);
                return ValueTask.CompletedTask;
            };
            // Public posts are keyed by a keyed hash of the address (AnonymousAddress), never by the address itself:
            // an anonymous complainant's address is kept nowhere, not even as a limiter key in memory.
            var perAddress = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (disabled || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("none");
                }

                var client = ClientAddress.Of(context);
                if (context.Request.Path.StartsWithSegments("/staff/signin", StringComparison.OrdinalIgnoreCase))
                {
                    return Window(context, "signin:" + client, signInPerMinute);
                }

                if (context.GetEndpoint()?.Metadata.GetMetadata<PublicPostAttribute>() is not null)
                {
                    return Window(context, "public:" + AnonymousAddress.Of(context), publicPerMinute);
                }

                return RateLimitPartition.GetNoLimiter("none");
            });
            options.GlobalLimiter = perAddress;
        });

        // The request forms' own budget counts what a post came to (RequestFormBudget): accepted posts against the
        // small limit, refused ones (a field left empty, a wrong date) against a larger one of their own.
        services.AddSingleton(provider =>
        {
            var limits = provider.GetRequiredService<IOptions<RateLimitOptions>>().Value;
            return new RequestFormBudget(
                limits.Disabled ? null : FormLimiter("form:", limits.RequestFormsPerMinute),
                limits.Disabled ? null : FormLimiter("form-refused:", limits.RequestFormFailuresPerMinute));
        });
        return services;
    }

    private static PartitionedRateLimiter<HttpContext> FormLimiter(string prefix, int perMinute) =>
        PartitionedRateLimiter.Create<HttpContext, string>(context =>
            context.GetEndpoint()?.Metadata.GetMetadata<PublicPostAttribute>()?.Form is { } form
                ? Window(context, prefix + form + ":" + AnonymousAddress.Of(context), perMinute)
                : RateLimitPartition.GetNoLimiter("none"));

    /// <summary>
    /// The request forms' limit per address (Prongsai:RateLimits:RequestFormsPerMinute) counts only posts that were
    /// accepted, so a citizen whose form came back with a mistake to correct is not locked out by their own corrections;
    /// posts that were refused count against RequestFormFailuresPerMinute (30 by default), which still stops a flood of
    /// bad posts. A post is let through only while both windows have room, and counted after its answer: below 400 is
    /// accepted, anything else refused. The general per-address limit on public posts still counts every post up front.
    /// </summary>
    public static IApplicationBuilder UseRequestFormBudget(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var budget = context.RequestServices.GetRequiredService<RequestFormBudget>();
        if (budget.Accepted is null || budget.Refused is null || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
            || context.GetEndpoint()?.Metadata.GetMetadata<PublicPostAttribute>()?.Form is null)
        {
            await next(context);
            return;
        }

        using (var accepted = budget.Accepted.AttemptAcquire(context, 0))
        using (var refused = budget.Refused.AttemptAcquire(context, 0))
        {
            if (!accepted.IsAcquired || !refused.IsAcquired)
            {
                TooManyRequests.Refuse(context, accepted.IsAcquired ? refused : accepted);
                return;
            }
        }

        await next(context);
        var counted = context.Response.StatusCode < 400 ? budget.Accepted : budget.Refused;
        using var lease = counted.AttemptAcquire(context, 1);
    });

    private static RateLimitPartition<string> Window(HttpContext context, string key, int perMinute)
    {
        if (context.RequestServices.GetService<RedisStore>() is { } redis)
        {
            var redisKey = "rl:" + AnonymousAddress.Hash(key, AnonymousAddress.KeyFor(context));
            return RateLimitPartition.Get(key, _ => new RedisWindowLimiter(redis, redisKey, perMinute, TimeSpan.FromMinutes(1)));
        }

        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = perMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
