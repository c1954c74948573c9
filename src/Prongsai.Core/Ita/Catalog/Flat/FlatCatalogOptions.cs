namespace Prongsai.Core.Ita.Catalog.Flat;

/// <summary>
/// What a flat sheet does not say. The sheet holds only OIT items; tools, indicator names, evidence mapping and
/// scoring come from <see cref="Base"/> — the previous version of the variant — or, when null, from the
/// classic defaults (<see cref="ShippedCatalogs.ClassicDefaults"/>).
/// </summary>
/// <param name="Label">Name of the new version; by default "รายการ OIT ปีงบประมาณ พ.ศ. {ปี}".</param>
/// <param name="SourceNote">Where the list comes from (e.g. the NACC manual's title), shown to staff.</param>
/// <param name="Unconfirmed">True when the list is not yet checked against the NACC manual.</param>
public sealed record FlatCatalogOptions(
    string Variant = CatalogVersion.DefaultVariant,
    CatalogVersion? Base = null,
    string? Label = null,
    string? SourceNote = null,
    bool Unconfirmed = false);
