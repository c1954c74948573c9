namespace Prongsai.Documents.Pdf;

/// <summary>Turns a standalone HTML document into PDF bytes.</summary>
public interface IPdfConverter
{
    /// <summary>Converts; expected failures (converter missing, timeout, crash) come back as a failed result.</summary>
    Task<PdfResult> HtmlToPdfAsync(string html, CancellationToken cancellationToken);

    /// <summary>Cheap check for health endpoints: is the converter installed and where.</summary>
    PdfConverterStatus CheckStatus();
}

public enum PdfFailure
{
    None,
    ConverterMissing,
    Timeout,
    ConversionFailed,
}

/// <summary>The PDF, or why there is none. <see cref="Message"/> is Thai and English.</summary>
public sealed record PdfResult
{
    private PdfResult(byte[]? pdf, PdfFailure failure, string? message)
    {
        Pdf = pdf;
        Failure = failure;
        Message = message;
    }

    public byte[]? Pdf { get; }

    public PdfFailure Failure { get; }

    public string? Message { get; }

    public bool Succeeded => Pdf is not null;

    public static PdfResult Success(byte[] pdf) => new(pdf, PdfFailure.None, null);

    public static PdfResult Failed(PdfFailure failure, string message) => new(null, failure, message);
}

/// <summary>Whether the converter can run; for /healthz.</summary>
/// <param name="Available">The executable exists.</param>
/// <param name="ExecutablePath">The executable that will be used, when found.</param>
/// <param name="Message">Thai and English explanation.</param>
public sealed record PdfConverterStatus(bool Available, string? ExecutablePath, string Message);
