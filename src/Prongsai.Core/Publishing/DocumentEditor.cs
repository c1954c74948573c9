namespace Prongsai.Core.Publishing;

/// <summary>
/// Who is changing documents and where they may: organization-wide editors (OrgAdmin,
/// Executive) everywhere; department roles only for documents of their own departments.
/// </summary>
public sealed record DocumentEditor(string UserName, string? UserId, bool OrganizationWide, IReadOnlySet<int> DepartmentIds)
{
    public static DocumentEditor System(string name) => new(name, null, true, new HashSet<int>());

    public bool MayEdit(int? departmentId) =>
        OrganizationWide || (departmentId is { } id && DepartmentIds.Contains(id));
}

/// <summary>An uploaded file as it arrives: the name the browser sent and its bytes.</summary>
public sealed record UploadedFile(string? FileName, Stream Content);

public sealed record DocumentInput(
    string? Title, string? Summary, string? Body, int? CategoryId, int? DepartmentId, int? FiscalYear);
