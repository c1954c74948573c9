using Prongsai.Core.Measures.Reports;

namespace Prongsai.Documents.Measures;

/// <summary>An error found while reading an uploaded report file. <see cref="Message"/> is Thai, for people.</summary>
/// <param name="Code">Stable machine code, e.g. "not-zip", "too-large", "no-table".</param>
/// <param name="Message">Thai message to show to office staff.</param>
/// <param name="Row">1-based row (CSV line / sheet row / table row) when the error belongs to one.</param>
public sealed record ReportReadError(string Code, string Message, int? Row = null);

/// <summary>
/// What a report reader returns: the report, or the reasons it could not be read.
/// Readers never throw for bad input; only programming errors escape as exceptions.
/// </summary>
public sealed record ReportReadResult
{
    private ReportReadResult(MeasuresReport? report, IReadOnlyList<ReportReadError> errors)
    {
        Report = report;
        Errors = errors;
    }

    public MeasuresReport? Report { get; }

    public IReadOnlyList<ReportReadError> Errors { get; }

    public bool Succeeded => Report is not null;

    public static ReportReadResult Success(MeasuresReport report) => new(report, []);

    public static ReportReadResult Failure(params ReportReadError[] errors) => new(null, errors);

    public static ReportReadResult Failure(string code, string message) => new(null, [new ReportReadError(code, message)]);
}
