using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Search;

/// <summary>
/// One searchable public item. TitleTokens and BodyTokens hold the segmented, space-joined
/// words; the database's full-text index is built over them (SQLite: FTS5 table SearchFts kept
/// by triggers; PostgreSQL: the SearchVector tsvector column with a GIN index). Text keeps the
/// readable text for snippets.
/// </summary>
public sealed class SearchEntry : ITenantOwned
{
    public long Id { get; set; }
    public int OrganizationId { get; set; }
    public required string ItemType { get; set; }
    public required string ItemId { get; set; }
    public required string Title { get; set; }
    public required string Url { get; set; }
    public int? CategoryId { get; set; }
    public int? FiscalYear { get; set; }
    public string Text { get; set; } = "";
    public string TitleTokens { get; set; } = "";
    public string BodyTokens { get; set; } = "";
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

public static class SearchEntryQueries
{
    /// <summary>
    /// The entries with only what a hit shows. The token columns are the largest of an entry and are read only by the
    /// full-text index, so a page of hits does not fetch them (on PostgreSQL each is a separate TOAST read).
    /// </summary>
    public static IQueryable<SearchEntry> WithHitColumns(this IQueryable<SearchEntry> entries) =>
        entries.Select(e => new SearchEntry
        {
            Id = e.Id, OrganizationId = e.OrganizationId, ItemType = e.ItemType, ItemId = e.ItemId, Title = e.Title, Url = e.Url,
            Text = e.Text, CategoryId = e.CategoryId, FiscalYear = e.FiscalYear, PublishedAt = e.PublishedAt,
        });
}
