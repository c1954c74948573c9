using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// X-Forwarded-For/-Proto/-Host are believed only from the reverse proxies the operator lists
/// (Prongsai:ReverseProxy:KnownProxies addresses, Prongsai:ReverseProxy:KnownNetworks CIDR ranges).
/// With none listed no forwarded header is believed at all: ASP.NET Core treats two empty lists as
/// "trust every sender", which would let any client pick its rate-limit address, scheme and host.
/// </summary>
public static class ReverseProxy
{
    public const string KnownProxiesKey = "Prongsai:ReverseProxy:KnownProxies";
    public const string KnownNetworksKey = "Prongsai:ReverseProxy:KnownNetworks";

    public static IServiceCollection AddProngsaiReverseProxy(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = (configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? [])
            .Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => IPAddress.Parse(p.Trim())).ToList();
        var networks = (configuration.GetSection(KnownNetworksKey).Get<string[]>() ?? [])
            .Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => System.Net.IPNetwork.Parse(n.Trim())).ToList();

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            if (proxies.Count == 0 && networks.Count == 0)
            {
                options.ForwardedHeaders = ForwardedHeaders.None;
                return;
            }

            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(proxy);
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    /// <summary>Runs the forwarded-headers middleware only when a proxy is configured (see above).</summary>
    public static IApplicationBuilder UseProngsaiForwardedHeaders(this IApplicationBuilder app, IConfiguration configuration)
    {
        var configured = (configuration.GetSection(KnownProxiesKey).Get<string[]>() ?? []).Any(p => !string.IsNullOrWhiteSpace(p))
            || (configuration.GetSection(KnownNetworksKey).Get<string[]>() ?? []).Any(n => !string.IsNullOrWhiteSpace(n));
        return configured ? app.UseForwardedHeaders() : app;
    }
}
