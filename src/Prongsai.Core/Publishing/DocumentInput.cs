namespace Prongsai.Core.Publishing;

/// <summary>An uploaded file as it arrives: the name the browser sent and its bytes.</summary>
public sealed record UploadedFile(string? FileName, Stream Content);

public sealed record DocumentInput(
    string? Title, string? Summary, string? Body, int? CategoryId, int? DepartmentId, int? FiscalYear);
