using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Prongsai.Core.Publishing;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// One setting, Prongsai:Uploads:MaxBytes (<see cref="UploadOptions"/>, checked at start with the publishing feature),
/// for both the app's own checks and the server's request limit, so the two never disagree. The server's limits are
/// set from the options rather than read from the configuration while services are registered, so a mistyped value
/// is a line naming the key, not a stack trace.
/// </summary>
public static class UploadLimits
{
    /// <summary>Multipart framing adds a little to the file itself.</summary>
    private const long Framing = 1024 * 1024;

    public static IServiceCollection AddProngsaiUploadLimits(this IServiceCollection services)
    {
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<UploadOptions>>(
            (kestrel, uploads) => kestrel.Limits.MaxRequestBodySize = uploads.Value.MaxBytes + Framing);
        services.AddOptions<FormOptions>().Configure<IOptions<UploadOptions>>((form, uploads) =>
        {
            form.MultipartBodyLengthLimit = uploads.Value.MaxBytes + Framing;
            form.ValueCountLimit = 2000;
        });
        return services;
    }
}
