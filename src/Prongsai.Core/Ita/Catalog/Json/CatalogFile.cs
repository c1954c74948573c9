using System.Text.Json.Serialization;

namespace Prongsai.Core.Ita.Catalog.Json;

// The JSON shape of docs/ita-catalog.md. Every property is nullable here so that a missing or misspelled field
// becomes a Thai error with its JSON path (CatalogJson maps and checks), not a serializer exception.
#pragma warning disable CA1812 // created by the serializer

internal sealed class CatalogFile
{
    public string? Format { get; set; }
    public int? FiscalYear { get; set; }
    public string? Variant { get; set; }
    public int? Revision { get; set; }
    public string? Label { get; set; }
    public bool? Unconfirmed { get; set; }
    public string? SourceNote { get; set; }
    public List<ToolFile>? Tools { get; set; }
    public List<MappingFile>? Mapping { get; set; }
    public ScoringFile? Scoring { get; set; }
}

internal sealed class ToolFile
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public List<IndicatorFile>? Indicators { get; set; }
}

internal sealed class IndicatorFile
{
    public int? Number { get; set; }
    public string? Name { get; set; }
    public List<SubIndicatorFile>? SubIndicators { get; set; }
}

internal sealed class SubIndicatorFile
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public List<ItemFile>? Items { get; set; }
}

internal sealed class ItemFile
{
    public string? Code { get; set; }
    public string? Key { get; set; }
    public string? Title { get; set; }
    public string? Details { get; set; }
    public string? DataYear { get; set; }
    public string? Frequency { get; set; }
    public string? Status { get; set; }
}

internal sealed class MappingFile
{
    public string? Source { get; set; }
    public string? Category { get; set; }
    public string? Page { get; set; }
    public string? ReportYear { get; set; }
    public string? Feature { get; set; }
    public List<string>? Items { get; set; }
}

internal sealed class ScoringFile
{
    public decimal? PassMark { get; set; }
    public List<BandFile>? Bands { get; set; }
    public List<WeightFile>? Weights { get; set; }
}

internal sealed class BandFile
{
    public string? Code { get; set; }
    public string? Label { get; set; }
    public decimal? MinScore { get; set; }
    public decimal? MinEachTool { get; set; }
}

internal sealed class WeightFile
{
    public string? Tool { get; set; }
    public decimal? Percent { get; set; }
}

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    MaxDepth = 32)]
[JsonSerializable(typeof(CatalogFile))]
internal sealed partial class CatalogJsonContext : JsonSerializerContext;
