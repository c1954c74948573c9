namespace Prongsai.Core.Measures.Reports;

/// <summary>
/// The measures report as other tools see it: the shape of report.json and of
/// GET /api/v1/orgs/{org}/measures/{fiscalYear}. Every text here is plain text
/// (no markup, entities decoded, whitespace collapsed, no leading numbering).
/// Importers produce it, exporters consume it, so a round trip goes through one shape.
/// </summary>
public sealed record MeasuresReport(
    string Organization,
    int FiscalYear,
    int Version,
    DateTimeOffset? PublishedAt,
    string Title,
    string Introduction,
    IReadOnlyList<MeasureReportItem> Measures);

/// <summary>One row of the six-column table.</summary>
public sealed record MeasureReportItem(
    string Number,
    string Title,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> Responsible,
    ReportPeriod Period,
    IReadOnlyList<string> Results,
    string Outcome,
    IReadOnlyList<int> Indicators,
    string Status,
    int PercentDone);

/// <summary>
/// The period as written (Text) and, when the Thai period parser understood it,
/// CE year-months "yyyy-MM" (Start, End); null when it could not be parsed.
/// </summary>
public sealed record ReportPeriod(string Text, string? Start, string? End);
