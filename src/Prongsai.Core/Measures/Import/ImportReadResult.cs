using System.Diagnostics.CodeAnalysis;
using Prongsai.Core.Measures.Reports;

namespace Prongsai.Core.Measures.Import;

/// <summary>
/// What an importer read: the report with warnings, or errors and no report.
/// Errors are Thai sentences for the uploader.
/// </summary>
public sealed record ImportReadResult(
    MeasuresReport? Report,
    IReadOnlyList<ImportWarning> Warnings,
    IReadOnlyList<string> Errors)
{
    [MemberNotNullWhen(true, nameof(Report))]
    public bool Succeeded => Report is not null && Errors.Count == 0;

    public static ImportReadResult Failed(params string[] errors) => new(null, [], errors);
}
