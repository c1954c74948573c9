using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Features;

namespace Prongsai.Core.OpenData;

/// <summary>Open data (docs/open-data.md): read-only exports of what is already public, so no permission and no write.</summary>
public sealed class OpenDataFeature : IFeature
{
    public void Register(FeatureBuilder feature)
    {
        feature.Services.AddOptions<OcdsOptions>().BindConfiguration(OcdsOptions.Section);
        feature.UseCase<OcdsExport>()
            .UseCase<OpenDataCatalog>();
    }
}
