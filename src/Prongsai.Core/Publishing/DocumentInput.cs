namespace Prongsai.Core.Publishing;

/// <summary>An uploaded file as it arrives: the name the browser sent and its bytes.</summary>
public sealed record UploadedFile(string? FileName, Stream Content);

public sealed record DocumentInput(
    string? Title, string? Summary, string? Body, int? CategoryId, int? DepartmentId, int? FiscalYear)
{
    /// <summary>The document's <see cref="Common.EditVersions">edit count</see> when the form was drawn; none from the API.</summary>
    public int? EditVersion { get; init; }
}
