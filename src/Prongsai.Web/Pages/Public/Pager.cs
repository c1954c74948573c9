using Prongsai.Core.Common;

namespace Prongsai.Web.Pages.Public;

/// <summary>
/// Where a paged public list stands, for <c>_Pager.cshtml</c>: page <paramref name="Page"/> of a list of
/// <paramref name="Total"/> items, <paramref name="PageSize"/> a page; the address of any page, and the navigation's
/// name for screen readers.
/// </summary>
public sealed record Pager(int Page, int Total, int PageSize, Func<int, string> PageUrl, string Label)
{
    public int PageCount => Paging.PageCount(Total, PageSize);

    /// <summary>A page number from an old link or a hand-edited address can lie past the last page.</summary>
    public bool IsPastLastPage => PageCount > 0 && Page > PageCount;
}
