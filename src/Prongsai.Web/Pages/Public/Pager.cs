namespace Prongsai.Web.Pages.Public;

/// <summary>
/// Where a paged public list stands, for <c>_Pager.cshtml</c>: page <paramref name="Page"/> of
/// <paramref name="PageCount"/>, the address of any page, and the navigation's name for screen readers.
/// </summary>
public sealed record Pager(int Page, int PageCount, Func<int, string> PageUrl, string Label)
{
    /// <summary>A page number from an old link or a hand-edited address can lie past the last page.</summary>
    public bool IsPastLastPage => PageCount > 0 && Page > PageCount;
}
