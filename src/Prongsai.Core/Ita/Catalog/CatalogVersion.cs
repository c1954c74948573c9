namespace Prongsai.Core.Ita.Catalog;

/// <summary>
/// One revision of the ITA catalog of a fiscal year (BE) and variant: the three tools with their indicators,
/// the OIT items, where Prongsai finds evidence for them, and how results are scored. Immutable data, read from
/// JSON (<see cref="Json.CatalogJson"/>) or a flat operator sheet (<see cref="Flat.FlatCatalogReader"/>).
/// </summary>
/// <param name="Unconfirmed">True when the list was taken from agencies' pages, not checked against the NACC manual.</param>
/// <param name="SourceNote">Where the list comes from, shown to staff (Thai).</param>
public sealed record CatalogVersion(
    int FiscalYear,
    string Variant,
    int Revision,
    string Label,
    bool Unconfirmed,
    string? SourceNote,
    IReadOnlyList<CatalogTool> Tools,
    IReadOnlyList<EvidenceMapping> Mapping,
    CatalogScoring Scoring)
{
    public const string DefaultVariant = "lao";

    /// <summary>Every item of every tool, in catalog order (retired items included).</summary>
    public IEnumerable<CatalogItem> AllItems =>
        Tools.SelectMany(t => t.Indicators).SelectMany(i => i.SubIndicators).SelectMany(s => s.Items);

    /// <summary>The items a checklist shows this year: active and gap items, not retired ones.</summary>
    public IEnumerable<CatalogItem> CurrentItems => AllItems.Where(i => i.Status != CatalogItemStatus.Retired);

    public CatalogTool? Tool(AssessmentTool code) => Tools.FirstOrDefault(t => t.Code == code);

    public CatalogItem? ItemByKey(string key) => AllItems.FirstOrDefault(i => i.Key == key);

    /// <summary>The current (not retired) item with this code, e.g. "O12".</summary>
    public CatalogItem? ItemByCode(string code) =>
        CurrentItems.FirstOrDefault(i => string.Equals(i.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The items an evidence source may answer, by the catalog's mapping (current items only).</summary>
    public IReadOnlyList<CatalogItem> ItemsFor(EvidenceSource source)
    {
        var keys = Mapping.Where(m => m.Source == source).SelectMany(m => m.Items).ToHashSet(StringComparer.Ordinal);
        return CurrentItems.Where(i => keys.Contains(i.Key)).ToList();
    }
}

/// <summary>IIT (internal survey), EIT (external survey), OIT (open-data checklist on the main website).</summary>
public enum AssessmentTool
{
    Iit,
    Eit,
    Oit,
}

/// <summary>A tool of the assessment and its indicators (IIT 1–5, EIT 6–8, OIT 9–10 in the lists seen so far).</summary>
public sealed record CatalogTool(AssessmentTool Code, string Name, IReadOnlyList<CatalogIndicator> Indicators);

/// <summary>An indicator (ตัวชี้วัด) numbered 1–10, with its Thai name.</summary>
public sealed record CatalogIndicator(int Number, string Name, IReadOnlyList<CatalogSubIndicator> SubIndicators);

/// <summary>A sub-indicator (ตัวชี้วัดย่อย) such as "9.1 ข้อมูลพื้นฐาน" and its items.</summary>
public sealed record CatalogSubIndicator(string Code, string Name, IReadOnlyList<CatalogItem> Items);
