using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Publishing;
using Prongsai.Core.Search;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>
/// A generated corpus of unspaced Thai documents (deterministic), with known words placed in
/// known documents so recall and precision can be checked exactly.
/// </summary>
public sealed class ThaiCorpus
{
    public const int Size = 240;

    /// <summary>Everyday official phrases. "ตา" only ever occurs inside "ตาม", "มา" only inside longer words.</summary>
    private static readonly string[] Fillers =
    [
        "ดำเนินการตามแผน", "มาตรการส่งเสริมคุณธรรม", "ประชาชนในพื้นที่", "องค์การบริหารส่วนตำบล", "ตามระเบียบกระทรวงมหาดไทย",
        "เพื่อความโปร่งใส", "รายงานผลการดำเนินงาน", "ประจำปีงบประมาณ", "ตามมาตรการป้องกันการทุจริต", "การจัดซื้อจัดจ้าง",
    ];

    /// <summary>Known words and the query that must find exactly the documents holding them.</summary>
    public static readonly (string Inserted, string Query)[] Known =
    [
        ("ถนนคอนกรีตเสริมเหล็ก", "ถนน"),
        ("ผู้สูงอายุ", "ผู้สูงอายุ"),
        ("น้ำประปา", "น้ำประปา"),
        ("ศูนย์พัฒนาเด็กเล็ก", "เด็กเล็ก"),
        ("โรงเรียน", "โรงเรียน"),
        ("ตำบลบางคา", "บางคา"),
        ("ประชาชนเดินทางมาร่วมประชุม", "มา"),
    ];

    public sealed record Doc(int Number, string Title, string Text, string CategorySlug, int Year);

    public IReadOnlyList<Doc> Docs { get; }

    /// <summary>Document numbers holding each known word.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<int>> Holders { get; }

    public ThaiCorpus()
    {
        var random = new Random(2567);
        var holders = Known.ToDictionary(k => k.Query, _ => new HashSet<int>());
        var categories = new[] { "work-manuals", "procurement-plans", "news", "budget-reports" };
        var docs = new List<Doc>();
        for (var i = 0; i < Size; i++)
        {
            var text = new StringBuilder();
            for (var chunk = 0; chunk < 12; chunk++)
            {
                text.Append(Fillers[random.Next(Fillers.Length)]);
                if (random.Next(4) == 0)
                {
                    var known = Known[random.Next(Known.Length)];
                    text.Append(known.Inserted);
                    holders[known.Query].Add(i);
                }

                if (chunk % 4 == 3)
                {
                    text.Append(' ');
                }
            }

            var title = string.Create(CultureInfo.InvariantCulture, $"เอกสารทดสอบฉบับที่ {i}");
            if (i == 7)
            {
                // Ranking: the only document with the word in its title must come first.
                title += " ผู้สูงอายุ";
                holders["ผู้สูงอายุ"].Add(i);
            }

            docs.Add(new Doc(i, title, text.ToString(), categories[i % categories.Length], 2566 + (i % 3)));
        }

        Docs = docs;
        Holders = holders.ToDictionary(h => h.Key, h => (IReadOnlySet<int>)h.Value);
    }

    /// <summary>Indexes the corpus for a fresh organization; returns its id and the category ids by slug.</summary>
    public async Task<(int OrganizationId, IReadOnlyDictionary<string, int> Categories)> IndexAsync(ProngsaiApp app)
    {
        var org = await TestOrg.CreateAsync(app);
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        await DefaultCategories.EnsureAsync(db, org.Id);
        var categories = await db.DocumentCategories.ToDictionaryAsync(c => c.Slug, c => c.Id);
        var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();
        foreach (var doc in Docs)
        {
            var id = doc.Number.ToString(CultureInfo.InvariantCulture);
            await index.UpsertAsync(org.Id, "document", id, doc.Title, $"/{org.Slug}/documents/{id}", doc.Text,
                categories[doc.CategorySlug], doc.Year, DateTimeOffset.UnixEpoch);
        }

        return (org.Id, categories);
    }

    public static async Task<SearchResults> QueryAsync(ProngsaiApp app, int organizationId, string query, int? category = null, int? year = null)
    {
        // Every hit, page by page (a page holds at most 100).
        await using var scope = app.Scope();
        var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();
        var first = await index.QueryAsync(organizationId, new SearchQuery(query, category, year, 0, 100));
        var hits = first.Hits.ToList();
        while (hits.Count < first.Total)
        {
            var next = await index.QueryAsync(organizationId, new SearchQuery(query, category, year, hits.Count, 100));
            if (next.Hits.Count == 0)
            {
                break;
            }

            hits.AddRange(next.Hits);
        }

        return first with { Hits = hits };
    }

    public static HashSet<int> Ids(SearchResults results) =>
        results.Hits.Select(h => int.Parse(h.Id, CultureInfo.InvariantCulture)).ToHashSet();
}
