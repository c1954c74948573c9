namespace Prongsai.Core.Features;

/// <summary>
/// One feature of Prongsai (a folder under Prongsai.Core): it registers its use cases and declares what it
/// brings to the shared parts — permissions with their default roles, background jobs, search indexers,
/// ledger sources, evidence sources, staff-menu entries and dashboard cards. The list of features is
/// <see cref="ProngsaiFeatures.All"/>: adding a feature is adding its folder and one line there
/// (docs/architecture.md, "Adding a feature").
/// </summary>
public interface IFeature
{
    void Register(FeatureBuilder feature);
}
