namespace Prongsai.Core.Measures.Reports;

/// <summary>
/// The report's file formats (DOCX, XLSX, CSV, HTML, PDF), written and read. Implemented in
/// Prongsai.Documents, where the heavy libraries live; Core's use cases see only this.
/// </summary>
public interface IReportDocuments
{
    ReportDocumentRead ReadCsv(string text);

    ReportDocumentRead ReadXlsx(Stream content);

    ReportDocumentRead ReadDocx(Stream content);

    void WriteDocx(MeasuresReport report, Stream output);

    void WriteXlsx(MeasuresReport report, Stream output);

    void WriteCsv(MeasuresReport report, Stream output);

    /// <summary>A standalone printable HTML document (the PDF is printed from it).</summary>
    string WriteHtml(MeasuresReport report);

    /// <summary>The PDF, or a Thai + English problem when the converter is missing or failed (never an exception).</summary>
    Task<RenderedPdf> RenderPdfAsync(MeasuresReport report, CancellationToken cancellationToken);
}

/// <summary>A report read from a file, or the Thai messages of why it could not be.</summary>
public sealed record ReportDocumentRead(MeasuresReport? Report, IReadOnlyList<string> Errors)
{
    public static ReportDocumentRead Failed(params string[] errors) => new(null, errors);
}

public sealed record RenderedPdf(byte[]? Pdf, string? Problem)
{
    public bool Succeeded => Pdf is not null;
}

/// <summary>Machine names, content types and file extensions of the export formats.</summary>
public static class ReportFormats
{
    public const string Docx = "docx";
    public const string Pdf = "pdf";
    public const string Html = "html";
    public const string Json = "json";
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public static IReadOnlyList<string> All { get; } = [Docx, Pdf, Html, Json, Csv, Xlsx];

    public static string ContentType(string format) => format switch
    {
        Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Pdf => "application/pdf",
        Html => "text/html; charset=utf-8",
        Json => "application/json; charset=utf-8",
        Csv => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    };
}
