using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
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

/// <summary>
/// Rate limits on writes from the public and on sign-in, per client address. Account lockout
/// (per account, not per address: a whole district office shares one address) guards passwords;
/// these limits only stop floods. Setting Prongsai:RateLimits:Disabled=true lifts them for load tests.
/// With Prongsai:Redis the windows are counted in Redis, shared by every node, under keyed hashes of the
/// partition names (never an address); without it each process counts alone.
/// </summary>
public static class RateLimits
{
    public const string DisabledKey = "Prongsai:RateLimits:Disabled";

    public static IServiceCollection AddProngsaiRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var disabled = configuration.GetValue<bool>(DisabledKey);
        var publicPerMinute = configuration.GetValue("Prongsai:RateLimits:PublicPostsPerMinute", 20);
        var signInPerMinute = configuration.GetValue("Prongsai:RateLimits:SignInsPerMinute", 30);
        var formPerMinute = configuration.GetValue("Prongsai:RateLimits:RequestFormsPerMinute", 5);
        if (RedisStore.IsConfigured(configuration))
        {
            services.AddSingleton<SharedAddressKey>();
        }

        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.ContentType = "text/plain; charset=utf-8";
                await context.HttpContext.Response.WriteAsync(
                    "ส่งคำขอถี่เกินไป กรุณารอสักครู่แล้วลองใหม่ / Too many requests, please wait a moment.", cancellationToken);
            };
            // Public posts are keyed by a keyed hash of the address (AnonymousAddress), never by the address itself:
            // an anonymous complainant's address is kept nowhere, not even as a limiter key in memory.
            var perAddress = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (disabled || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("none");
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
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
            var perForm = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (disabled || HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                    || context.GetEndpoint()?.Metadata.GetMetadata<PublicPostAttribute>()?.Form is not { } form)
                {
                    return RateLimitPartition.GetNoLimiter("none");
                }

                return Window(context, "form:" + form + ":" + AnonymousAddress.Of(context), formPerMinute);
            });
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(perAddress, perForm);
        });
        return services;
    }

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
