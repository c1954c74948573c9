using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// One setting, Prongsai:Uploads:MaxBytes (default 50 MB), for both the app's own checks and
/// the server's request limit, so the two never disagree.
/// </summary>
public static class UploadLimits
{
    public const long DefaultMaxBytes = 50L * 1024 * 1024;

    public static long MaxBytes(IConfiguration configuration) =>
        configuration.GetValue("Prongsai:Uploads:MaxBytes", DefaultMaxBytes);

    public static IServiceCollection AddProngsaiUploadLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var max = MaxBytes(configuration);
        // Multipart framing adds a little to the file itself.
        var request = max + (1024 * 1024);
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = request);
        services.Configure<FormOptions>(o =>
        {
            o.MultipartBodyLengthLimit = request;
            o.ValueCountLimit = 2000;
        });
        return services;
    }
}
