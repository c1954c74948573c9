namespace Prongsai.Tests.Publishing;

/// <summary>The query set in TestData/search-queries.txt, shared with bench/search-latency.sh.</summary>
public static class SearchQuerySet
{
    public static IReadOnlyList<string> Queries { get; } =
        File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "search-queries.txt"))
            .Select(line => line.Trim())
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .ToList();
}
