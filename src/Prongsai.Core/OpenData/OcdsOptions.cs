namespace Prongsai.Core.OpenData;

/// <summary>
/// Prongsai:Ocds. The ocid prefix is given by the Open Contracting Partnership to one publisher (ocds-xxxxxx, six
/// characters); every contracting process this installation publishes is then
/// <c>{OcidPrefix}-{organization slug}-{record id}</c>. The default is a placeholder that marks the data as not yet
/// registered (docs/open-data.md, "The ocid prefix").
/// </summary>
public sealed class OcdsOptions
{
    public const string Section = "Prongsai:Ocds";
    public const string PlaceholderPrefix = "ocds-xxxxxx";

    public string OcidPrefix { get; set; } = PlaceholderPrefix;

    /// <summary>The prefix as configured, or the placeholder when the setting is blank.</summary>
    public string Prefix => string.IsNullOrWhiteSpace(OcidPrefix) ? PlaceholderPrefix : OcidPrefix.Trim();
}
