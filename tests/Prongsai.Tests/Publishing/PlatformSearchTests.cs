using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Search;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>
/// The installation-wide search (/search, /api/v1/search) on both databases. The shared test apps hold every other
/// test's organizations too, so each test searches for a word of its own, or starts an app of its own.
/// </summary>
public sealed class PlatformSearchTests
{
    [Theory, Providers]
    public async Task Published_items_of_every_organization_are_found_with_their_organization_and_drafts_unpublished_and_deleted_ones_never(DbProvider provider)
    {
        var app = Apps.For(provider);
        var word = Word();
        var a = await TestOrg.CreateAsync(app, "องค์การบริหารส่วนตำบลหนองน้ำใส " + word);
        var b = await TestOrg.CreateAsync(app, "เทศบาลตำบลบ้านใหม่ " + word);
        var aPublished = await PublishingFixture.SaveAsync(app, a, "ประกาศผลการจัดซื้อจัดจ้าง " + word);
        var bPublished = await PublishingFixture.SaveAsync(app, b, "แผนการจัดซื้อจัดจ้างประจำปี " + word);
        var aDraft = await PublishingFixture.SaveAsync(app, a, "ร่างประกาศที่ยังไม่เผยแพร่ " + word);
        var aUnpublished = await PublishingFixture.SaveAsync(app, a, "ประกาศที่ถอนการเผยแพร่ " + word);
        var bDeleted = await PublishingFixture.SaveAsync(app, b, "ประกาศที่ถูกลบ " + word);
        foreach (var (org, doc) in new[] { (a, aPublished), (b, bPublished), (a, aUnpublished), (b, bDeleted) })
        {
            await PublishingFixture.PublishAsync(app, org, doc.Id);
        }

        Assert.Equal(4, (await SearchAsync(app, word)).Total);
        await PublishingFixture.UnpublishAsync(app, a, aUnpublished.Id);
        await PublishingFixture.AsOrgAsync(app, b, async sp =>
        {
            var deleted = await sp.GetRequiredService<DeleteDocument>().RunAsync(PublishingFixture.Admin, bDeleted.Id);
            return deleted.Succeeded ? 0 : throw new InvalidOperationException(deleted.Errors[0].Message);
        });

        var results = await SearchAsync(app, word);
        Assert.Equal(2, results.Total);
        Assert.False(results.TotalIsAtLeast);
        Assert.Equal(
            new[] { (a.Slug, a.Organization.Name, aPublished.Id), (b.Slug, b.Organization.Name, bPublished.Id) }.OrderBy(x => x.Id),
            results.Hits.Select(h => (h.OrganizationSlug, h.OrganizationName, int.Parse(h.Hit.Id, CultureInfo.InvariantCulture))).OrderBy(x => x.Item3));
        Assert.All(results.Hits, h => Assert.Equal(DocumentIndexer.Url(h.OrganizationSlug, int.Parse(h.Hit.Id, CultureInfo.InvariantCulture)), h.Hit.Url));
        Assert.DoesNotContain(results.Hits, h => h.Hit.Id == aDraft.Id.ToString(CultureInfo.InvariantCulture));

        // The page: each hit links to its item and to its organization; nothing of the others.
        var client = app.Client();
        var page = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString(word));
        Assert.Contains($"href=\"/{a.Slug}/documents/{aPublished.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{b.Slug}/\">{b.Organization.Name}</a>", page, StringComparison.Ordinal);
        Assert.Contains("พบ 2 รายการ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ร่างประกาศที่ยังไม่เผยแพร่", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ประกาศที่ถอนการเผยแพร่", page, StringComparison.Ordinal);
        Assert.DoesNotContain("ประกาศที่ถูกลบ", page, StringComparison.Ordinal);

        // The API: the same hits, each with its organization.
        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/search?q=" + Uri.EscapeDataString(word)));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("total").GetInt32());
        Assert.Equal(1, root.GetProperty("page").GetInt32());
        Assert.Equal(PlatformSearch.PageSize, root.GetProperty("pageSize").GetInt32());
        Assert.Equal(
            new[] { $"{a.Slug}:{aPublished.Id}", $"{b.Slug}:{bPublished.Id}" }.Order(StringComparer.Ordinal),
            root.GetProperty("results").EnumerateArray()
                .Select(r => r.GetProperty("organization").GetProperty("slug").GetString() + ":" + r.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        var labelled = root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("organization").GetProperty("slug").GetString() == a.Slug);
        Assert.Equal(a.Organization.Name, labelled.GetProperty("organization").GetProperty("name").GetString());
        Assert.Contains("<mark>", labelled.GetProperty("snippet").GetString() + labelled.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Hits_come_twenty_a_page_by_rank_then_id_and_only_the_newest_are_ranked_past_the_limit(DbProvider provider)
    {
        var app = Apps.For(provider);
        var word = Word();
        var orgs = new[] { await TestOrg.CreateAsync(app), await TestOrg.CreateAsync(app), await TestOrg.CreateAsync(app) };
        await using (var scope = app.Scope())
        {
            var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();
            for (var i = 0; i < 45; i++)
            {
                var org = orgs[i % orgs.Length];
                var id = i.ToString(CultureInfo.InvariantCulture);
                // Item 30 alone holds the word in its title: it must rank first.
                var title = i == 30 ? "รายงานผลการดำเนินงาน " + word : "รายงานผลการดำเนินงานฉบับที่ " + id;
                await index.UpsertAsync(org.Id, "document", id, title, $"/{org.Slug}/documents/{id}",
                    "ประชาชนในพื้นที่ได้รับทราบ " + word + " ตามระเบียบกระทรวงมหาดไทย", publishedAt: DateTimeOffset.UnixEpoch);
            }
        }

        var pages = new List<PlatformSearchResults>();
        for (var number = 1; number <= 4; number++)
        {
            pages.Add(await SearchAsync(app, word, number));
        }

        Assert.All(pages, p => Assert.Equal(45, p.Total));
        Assert.Equal([20, 20, 5, 0], pages.Select(p => p.Hits.Count));
        Assert.Equal(3, pages[0].PageCount);
        var all = pages.SelectMany(p => p.Hits).Select(h => h.Hit.Id).ToList();
        Assert.Equal(45, all.Distinct().Count());
        Assert.Equal("30", all[0]);
        Assert.Equal(all, (await AllPagesAsync(app, word)).Select(h => h.Hit.Id));
        Assert.Equal(orgs.Select(o => o.Slug).Order(StringComparer.Ordinal), pages.SelectMany(p => p.Hits).Select(h => h.OrganizationSlug).Distinct().Order(StringComparer.Ordinal));

        // Past the rank limit only that many matches are ranked — the newest — and the total says "at least".
        // PostgreSQL walks the newest entries when its statistics say the query is common; they exist once analyzed.
        await using var limited = app.Scope();
        if (provider == DbProvider.Postgres)
        {
            await limited.ServiceProvider.GetRequiredService<Core.Data.ProngsaiDbContext>().Database.ExecuteSqlRawAsync("ANALYZE \"SearchEntries\"");
        }

        var search = limited.ServiceProvider.GetRequiredService<PlatformSearch>();
        search.RankLimit = 10;
        var some = await search.QueryAsync(word);
        Assert.True(some.TotalIsAtLeast);
        Assert.Equal(10, some.Total);
        Assert.Equal(10, some.Hits.Select(h => h.Hit.Id).Distinct().Count());
        Assert.All(some.Hits, h => Assert.Contains(h.Hit.Id, all));
        Assert.Equal(some.Hits.Select(h => h.Hit.Id), (await search.QueryAsync(word)).Hits.Select(h => h.Hit.Id));
        Assert.Equal(Enumerable.Range(35, 10).Select(i => i.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal),
            some.Hits.Select(h => h.Hit.Id).Order(StringComparer.Ordinal));
    }

    [Theory, Providers]
    public async Task Empty_too_long_hostile_and_out_of_range_queries_answer_4xx_or_nothing_never_5xx(DbProvider provider)
    {
        var client = Apps.For(provider).Client();
        var empty = await client.GetStringAsync("/search?q=");
        Assert.Contains("พิมพ์คำที่ต้องการค้นหา", empty, StringComparison.Ordinal);
        Assert.Equal(0, (await SearchAsync(Apps.For(provider), "   ")).Total);

        var tooLong = await client.GetAsync("/search?q=" + new string('ก', SearchSyntax.MaxQueryLength + 1));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("คำค้นยาวเกิน 200 ตัวอักษร", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var apiTooLong = await client.GetAsync("/api/v1/search?q=" + new string('ก', SearchSyntax.MaxQueryLength + 1));
        Assert.Equal(HttpStatusCode.BadRequest, apiTooLong.StatusCode);
        Assert.Contains("คำค้นยาวเกิน", await apiTooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        foreach (var page in new[] { "0", "-1", "x", "1001", "99999999999" })
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/search?q=ถนน&page=" + page)).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/search?q=ถนน&page=" + page)).StatusCode);
        }

        var past = await client.GetStringAsync("/search?q=" + Uri.EscapeDataString(Word()) + "&page=7");
        Assert.Contains("ไม่พบเอกสารที่มีคำนี้", past, StringComparison.Ordinal);
        Assert.DoesNotContain("doc-list results", past, StringComparison.Ordinal);
        foreach (var query in SearchTests.HostileQueries.Where(q => q.Length <= SearchSyntax.MaxQueryLength && !q.Contains('\0', StringComparison.Ordinal)))
        {
            var pageResponse = await client.GetAsync("/search?q=" + Uri.EscapeDataString(query));
            Assert.True(pageResponse.StatusCode == HttpStatusCode.OK, $"page {query}: {(int)pageResponse.StatusCode}");
            var apiResponse = await client.GetAsync("/api/v1/search?q=" + Uri.EscapeDataString(query));
            Assert.True(apiResponse.StatusCode == HttpStatusCode.OK, $"api {query}: {(int)apiResponse.StatusCode}");
        }

        // "search" can never be an organization's slug: /search is this page.
        Assert.NotNull(OrganizationSlug.Problem("search"));
        Assert.Contains("\"/api/v1/search\"", await client.GetStringAsync("/openapi/v1.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SQLite_and_PostgreSQL_find_the_same_items_for_every_query_of_the_query_set()
    {
        // Apps of their own: the installation-wide search sees every organization of its database.
        var corpus = new ThaiCorpus();
        using var sqlite = new ProngsaiApp(DbProvider.Sqlite);
        using var postgres = new ProngsaiApp(DbProvider.Postgres);
        var sqliteOrgs = new[] { (await corpus.IndexAsync(sqlite)).OrganizationId, (await corpus.IndexAsync(sqlite)).OrganizationId };
        var postgresOrgs = new[] { (await corpus.IndexAsync(postgres)).OrganizationId, (await corpus.IndexAsync(postgres)).OrganizationId };

        foreach (var query in SearchQuerySet.Queries.Concat(SearchTests.HostileQueries))
        {
            var a = await AllHitsAsync(sqlite, query, sqliteOrgs);
            var b = await AllHitsAsync(postgres, query, postgresOrgs);
            Assert.True(a.SetEquals(b), $"\"{query}\": SQLite {a.Count} hits, PostgreSQL {b.Count} hits");
        }

        // Each known word finds exactly the documents holding it, in both organizations.
        foreach (var (_, query) in ThaiCorpus.Known)
        {
            var expected = corpus.Holders[query].SelectMany(id => new[] { (0, id), (1, id) }).ToHashSet();
            Assert.True(expected.SetEquals(await AllHitsAsync(postgres, query, postgresOrgs)), query);
        }
    }

    /// <summary>A word no other test uses: ASCII letters and digits stay one token.</summary>
    private static string Word() => "w" + Guid.NewGuid().ToString("N")[..10];

    private static async Task<PlatformSearchResults> SearchAsync(ProngsaiApp app, string query, int page = 1, int? rankLimit = null)
    {
        await using var scope = app.Scope();
        var search = scope.ServiceProvider.GetRequiredService<PlatformSearch>();
        if (rankLimit is { } limit)
        {
            search.RankLimit = limit;
        }

        return await search.QueryAsync(query, page);
    }

    private static async Task<List<PlatformSearchHit>> AllPagesAsync(ProngsaiApp app, string query, int? rankLimit = null)
    {
        var hits = new List<PlatformSearchHit>();
        for (var page = 1; ; page++)
        {
            var results = await SearchAsync(app, query, page, rankLimit);
            // Past the rank limit each database keeps its own newest matches; the comparisons need every match.
            Assert.False(rankLimit is not null && results.TotalIsAtLeast, $"\"{query}\" has more matches than the test's rank limit");
            hits.AddRange(results.Hits);
            if (results.Hits.Count == 0 || page >= results.PageCount)
            {
                return hits;
            }
        }
    }

    /// <summary>Above the matches of any query of the two-organization corpus (the app's own limit is 200).</summary>
    private const int CorpusRankLimit = 2_000;

    /// <summary>Every hit as (which of the organizations, item number).</summary>
    private static async Task<HashSet<(int Organization, int Item)>> AllHitsAsync(ProngsaiApp app, string query, int[] organizations)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Prongsai.Core.Data.ProngsaiDbContext>();
        var slugs = organizations.Select(id => db.Organizations.Single(o => o.Id == id).Slug).ToList();
        return (await AllPagesAsync(app, query, rankLimit: CorpusRankLimit))
            .Select(h => (slugs.IndexOf(h.OrganizationSlug), int.Parse(h.Hit.Id, CultureInfo.InvariantCulture)))
            .ToHashSet();
    }
}
