namespace Prongsai.Core.Common;

/// <summary>How many pages a list of some length fills: one rule for every paged list, page and API alike.</summary>
public static class Paging
{
    /// <summary>Pages of <paramref name="pageSize"/> items needed for <paramref name="total"/> items (0 for none).</summary>
    public static int PageCount(int total, int pageSize) => (total + pageSize - 1) / pageSize;
}
