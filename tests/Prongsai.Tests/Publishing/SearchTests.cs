using Prongsai.Core.Search;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>Thai full-text search on a generated corpus of 240 unspaced documents, on both databases.</summary>
public sealed class SearchTests
{
    private static readonly ThaiCorpus Corpus = new();

    public static readonly string[] HostileQueries =
    [
        "\"", "*", "NEAR(", "NEAR(ถนน, 2)", "OR", "AND NOT", "'", "''", "\"ถนน", "ถนน OR 1=1", "a\"b", "ถนน*", "-ถนน", "^ถนน", ":",
        "{TitleTokens}: ถนน", "'; DROP TABLE \"SearchEntries\"; --", "\\", "!!!", "()", "<mark>ถนน</mark>", "ถนน & ! |", new string('ก', 5000),
        "ถนน " + new string('x', 300), "\u0000", "%_", "   ",
    ];

    [Fact]
    public void The_corpus_is_large_and_full_of_the_traps()
    {
        Assert.True(Corpus.Docs.Count >= 200);
        Assert.True(Corpus.Docs.Count(d => d.Text.Contains("ตา", StringComparison.Ordinal)) > 150, "ตา occurs inside ตาม in most documents");
        Assert.True(Corpus.Docs.Count(d => d.Text.Contains("มาตรการ", StringComparison.Ordinal)) > 150);
        Assert.All(ThaiCorpus.Known, k => Assert.NotEmpty(Corpus.Holders[k.Query]));
        // The shared query set (also the latency bench's) holds every known word.
        Assert.All(ThaiCorpus.Known, k => Assert.Contains(k.Query, SearchQuerySet.Queries));
    }

    [Theory, Providers]
    public async Task Known_words_inside_unspaced_text_are_found_exactly_and_short_words_do_not_match_inside_longer_ones(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (org, _) = await Corpus.IndexAsync(app);

        foreach (var (_, query) in ThaiCorpus.Known)
        {
            var results = await ThaiCorpus.QueryAsync(app, org, query);
            var expected = Corpus.Holders[query];
            Assert.True(expected.SetEquals(ThaiCorpus.Ids(results)),
                $"{query}: expected {expected.Count} documents, got {results.Total} (missing {string.Join(",", expected.Except(ThaiCorpus.Ids(results)).Take(5))})");
            Assert.Equal(expected.Count, results.Total);
        }

        // "ตา" is inside "ตาม" in almost every document, but never a word of its own here.
        Assert.Equal(0, (await ThaiCorpus.QueryAsync(app, org, "ตา")).Total);
        // "มา" is inside "มาตรการ" everywhere; only the documents where it is a word match.
        Assert.True(Corpus.Holders["มา"].SetEquals(ThaiCorpus.Ids(await ThaiCorpus.QueryAsync(app, org, "มา"))));
    }

    [Theory, Providers]
    public async Task Title_matches_rank_first_filters_apply_and_snippets_are_highlighted_and_safe(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (org, categories) = await Corpus.IndexAsync(app);

        var elderly = await ThaiCorpus.QueryAsync(app, org, "ผู้สูงอายุ");
        Assert.Equal("7", elderly.Hits[0].Id);
        Assert.Contains("<mark>ผู้สูงอายุ</mark>", elderly.Hits[1].SnippetHtml, StringComparison.Ordinal);

        var filtered = await ThaiCorpus.QueryAsync(app, org, "ถนน", categories["news"], 2567);
        var expected = Corpus.Holders["ถนน"].Where(i => Corpus.Docs[i].CategorySlug == "news" && Corpus.Docs[i].Year == 2567).ToHashSet();
        Assert.NotEmpty(expected);
        Assert.True(expected.SetEquals(ThaiCorpus.Ids(filtered)));

        // Two words separated by a space must both match.
        var both = await ThaiCorpus.QueryAsync(app, org, "ถนน โรงเรียน");
        Assert.True(Corpus.Holders["ถนน"].Intersect(Corpus.Holders["โรงเรียน"]).ToHashSet().SetEquals(ThaiCorpus.Ids(both)));

        // Ordered by rank, ties broken by id: asking twice gives the same order.
        var again = await ThaiCorpus.QueryAsync(app, org, "ถนน");
        Assert.Equal((await ThaiCorpus.QueryAsync(app, org, "ถนน")).Hits.Select(h => h.Id), again.Hits.Select(h => h.Id));
    }

    [Theory, Providers]
    public async Task Hostile_queries_never_fail(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (org, _) = await Corpus.IndexAsync(app);
        foreach (var query in HostileQueries)
        {
            var results = await ThaiCorpus.QueryAsync(app, org, query);
            Assert.All(results.Hits, h => Assert.DoesNotContain("<script", h.SnippetHtml, StringComparison.OrdinalIgnoreCase));
        }

        var client = app.Client();
        var slug = await SlugOfAsync(app, org);
        foreach (var query in HostileQueries.Where(q => !q.Contains('\0', StringComparison.Ordinal)))
        {
            var page = await client.GetAsync($"/{slug}/search?q={Uri.EscapeDataString(query)}");
            Assert.True((int)page.StatusCode < 500, $"page {query}: {(int)page.StatusCode}");
            var api = await client.GetAsync($"/api/v1/orgs/{slug}/search?q={Uri.EscapeDataString(query)}");
            Assert.True((int)api.StatusCode < 500, $"api {query}: {(int)api.StatusCode}");
        }
    }

    [Fact]
    public async Task SQLite_and_PostgreSQL_return_the_same_hits_for_every_query()
    {
        var sqlite = Apps.For(DbProvider.Sqlite);
        var postgres = Apps.For(DbProvider.Postgres);
        var (sqliteOrg, _) = await Corpus.IndexAsync(sqlite);
        var (postgresOrg, _) = await Corpus.IndexAsync(postgres);
        var queries = SearchQuerySet.Queries.Concat(HostileQueries);
        foreach (var query in queries)
        {
            var a = await ThaiCorpus.QueryAsync(sqlite, sqliteOrg, query);
            var b = await ThaiCorpus.QueryAsync(postgres, postgresOrg, query);
            Assert.True(a.Total == b.Total && ThaiCorpus.Ids(a).SetEquals(ThaiCorpus.Ids(b)),
                $"\"{query}\": SQLite {a.Total} hits, PostgreSQL {b.Total} hits");
        }
    }

    [Theory, Providers]
    public async Task The_search_page_shows_twenty_hits_a_page_and_leads_to_the_rest(DbProvider provider)
    {
        var app = Apps.For(provider);
        var (org, _) = await Corpus.IndexAsync(app);
        var slug = await SlugOfAsync(app, org);
        var client = app.Client();
        const string word = "มาตรการ";
        var q = Uri.EscapeDataString(word);
        var total = (await ThaiCorpus.QueryAsync(app, org, word)).Total;
        var pages = (total + 19) / 20;
        Assert.True(pages >= 3, $"{total} hits");

        var first = await client.GetStringAsync($"/{slug}/search?q={q}");
        Assert.Equal(20, HitLinks(first).Count);
        Assert.Contains($"พบ {total} รายการ", first, StringComparison.Ordinal);
        Assert.Contains($"หน้า 1 จาก {pages}", first, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{slug}/search?q={q}&amp;page=2\" rel=\"next\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"prev\"", first, StringComparison.Ordinal);

        var second = await client.GetStringAsync($"/{slug}/search?q={q}&page=2");
        Assert.Contains("start=\"21\"", second, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{slug}/search?q={q}\" rel=\"prev\"", second, StringComparison.Ordinal);
        Assert.Empty(HitLinks(first).Intersect(HitLinks(second)));

        // Every hit is on exactly one page.
        var all = new List<string>();
        for (var page = 1; page <= pages; page++)
        {
            all.AddRange(HitLinks(await client.GetStringAsync($"/{slug}/search?q={q}&page={page}")));
        }

        Assert.Equal(total, all.Distinct().Count());
        Assert.Equal(total, all.Count);

        var past = await client.GetStringAsync($"/{slug}/search?q={q}&page={pages + 1}");
        Assert.Contains("หน้านี้เลยรายการสุดท้ายไปแล้ว", past, StringComparison.Ordinal);
        Assert.DoesNotContain("doc-list results", past, StringComparison.Ordinal);
        foreach (var notANumber in new[] { "abc", "-5", "0", "99999999999" })
        {
            var page = await client.GetAsync($"/{slug}/search?q={q}&page={notANumber}");
            Assert.True(page.IsSuccessStatusCode, $"page={notANumber}: {(int)page.StatusCode}");
        }

        Assert.Equal(20, HitLinks(await client.GetStringAsync($"/{slug}/search?q={q}&page=abc")).Count);
    }

    private static List<string> HitLinks(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<h2 class=\"doc-title\"><a href=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();

    private static async Task<string> SlugOfAsync(ProngsaiApp app, int organizationId)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Prongsai.Core.Data.ProngsaiDbContext>();
        return db.Organizations.Single(o => o.Id == organizationId).Slug;
    }
}
