using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Search;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>
/// The search forgives what villagers type: abbreviations and long forms (the Operator's synonym list), an
/// unfinished last word, a slip of the keyboard ("did you mean"); exact words stay exact. Both databases.
/// </summary>
public sealed class ForgivingSearchTests
{
    /// <summary>Unspaced Thai as offices write it; the comment says what each document is there for.</summary>
    private static readonly (string Title, string Text)[] Documents =
    [
        ("ประกาศองค์การบริหารส่วนตำบลบางคา", "องค์การบริหารส่วนตำบลบางคาประกาศรับสมัครผู้ช่วยเจ้าหน้าที่"),     // 0: long form
        ("อบต.หนองบัวแจ้งข่าว", "อบต.หนองบัวแจ้งกำหนดการประชุมสภา"),                                         // 1: abbreviation
        ("ข่าวประชาสัมพันธ์งานวันเด็ก", "ขอเชิญร่วมงานวันเด็กแห่งชาติที่ศาลาประชาคม"),                           // 2: ประชาสัมพันธ์
        ("เทศบาลตำบลบ้านนารับชำระภาษี", "เทศบาลตำบลบ้านนาเปิดรับชำระภาษีที่ดินและสิ่งปลูกสร้าง"),              // 3: ทต. long form
        ("มาตรการป้องกันการทุจริต", "ดำเนินการตามมาตรการป้องกันการทุจริตและประพฤติมิชอบ"),                  // 4: ทุจริต; มา and ตา only inside words
        ("แบบสรุปผลการดำเนินการจัดซื้อจัดจ้าง", "สขร.1 ประจำเดือนมกราคม"),                                   // 5: สขร.1 with an ASCII digit
        ("ผลการประเมิน ITA ประจำปี", "รายงานผลการประเมินประจำปี"),                                           // 6: ITA
        ("หอประชุมหมู่บ้านพร้อมให้บริการ", "หอประชุมหมู่บ้านเปิดให้ใช้ฟรี"),                                   // 7: an Operator's new group
    ];

    public static TheoryData<DbProvider, string, int[]> Cases()
    {
        var data = new TheoryData<DbProvider, string, int[]>();
        (string Query, int[] Expected)[] cases =
        [
            ("อบต.", [0, 1]),
            ("อบต", [0, 1]),
            ("องค์การบริหารส่วนตำบล", [0, 1]),
            ("ทต.", [3]),
            ("เทศบาลตำบล", [3]),
            ("คอรัปชั่น", [4]),
            ("คอร์รัปชัน", [4]),
            ("ทุจริต", [4]),
            ("ITA", [6]),
            ("ita", [6]),
            ("การประเมินคุณธรรมและความโปร่งใส", [6]),
            ("สขร.1", [5]),
            ("สขร.๑", [5]),                    // Thai digits still match Arabic ones
            ("ประชาสัมพัน", [2]),              // an unfinished last word matches as the start of a word
            ("ข่าว ประชาสัมพัน", [2]),
            ("ภาษีที่ดิ", [3]),
            ("มา", []),                        // a dictionary word stays exact: not inside มาตรการ
            ("ตา", []),                        // nor ตา inside ตาม
            ("มาตร", []),
            ("ประชาสัมพัน ทุจริต", []),         // every part must match: the prefix only widens the last one
        ];
        foreach (var provider in new[] { DbProvider.Sqlite, DbProvider.Postgres })
        {
            foreach (var (query, expected) in cases)
            {
                data.Add(provider, query, expected);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Abbreviations_long_forms_and_unfinished_words_find_each_other_while_short_words_stay_exact(
        DbProvider provider, string query, int[] expected)
    {
        var app = Apps.For(provider);
        var org = await IndexAsync(app);

        var results = await QueryAsync(app, org, query);

        Assert.Equal(expected.Order(), Ids(results).Order());
        Assert.Equal(expected.Length, results.Total);
    }

    [Theory, Providers]
    public async Task Did_you_mean_offers_a_spelling_that_finds_something_only_when_nothing_is_found(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await IndexAsync(app);

        var slip = await QueryAsync(app, org, "ประชาสัมพันท");
        Assert.Equal(0, slip.Total);
        Assert.Equal("ประชาสัมพันธ์", slip.DidYouMean);
        Assert.Equal(new[] { 2 }, Ids(await QueryAsync(app, org, slip.DidYouMean!)));

        var twoParts = await QueryAsync(app, org, "ทุจริด มาตรการ");
        Assert.Equal(0, twoParts.Total);
        Assert.Equal("ทุจริต มาตรการ", twoParts.DidYouMean);

        Assert.Null((await QueryAsync(app, org, "ทุจริต")).DidYouMean);
        Assert.Null((await QueryAsync(app, org, "ไดโนเสาร์")).DidYouMean); // nothing near it in this organization
        Assert.Null((await QueryAsync(app, org, "มา")).DidYouMean);        // a real word that is simply absent
    }

    [Theory, Providers]
    public async Task The_search_page_shows_did_you_mean_as_a_link(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await IndexAsync(app);

        var page = await app.Client().GetStringAsync($"/{org.Slug}/search?q={Uri.EscapeDataString("ประชาสัมพันท")}");

        Assert.Contains("คุณหมายถึง", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{org.Slug}/search?q={Uri.EscapeDataString("ประชาสัมพันธ์")}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("doc-list results", page, StringComparison.Ordinal); // no empty list for a screen reader to announce
    }

    [Theory, Providers]
    public async Task Only_the_Operator_extends_the_synonym_list_and_the_search_uses_it_at_once(DbProvider provider)
    {
        // Its own database: the list is platform-wide and other tests search with the defaults.
        using var app = new ProngsaiApp(provider);
        var org = await IndexAsync(app);
        Assert.Empty(Ids(await QueryAsync(app, org, "ศาลาอเนกประสงค์")));

        var refused = await UseAsync(app, s => s.AddAsync(StaffActor.System(organizationId: org.Id), "ศาลาอเนกประสงค์, หอประชุมหมู่บ้าน"));
        Assert.IsType<ForbiddenError>(Assert.Single(refused.Errors));

        var oneWord = await UseAsync(app, s => s.AddAsync(StaffActor.PlatformOperator(), "ศาลาอเนกประสงค์"));
        var invalid = Assert.IsType<ValidationError>(Assert.Single(oneWord.Errors));
        Assert.Contains("อย่างน้อยสองคำ", invalid.Message, StringComparison.Ordinal);

        var added = await UseAsync(app, s => s.AddAsync(StaffActor.PlatformOperator(), " ศาลาอเนกประสงค์ ,หอประชุมหมู่บ้าน "));
        Assert.True(added.Succeeded);
        Assert.Equal("ศาลาอเนกประสงค์, หอประชุมหมู่บ้าน", added.Value!.Terms);
        Assert.Equal(new[] { 7 }, Ids(await QueryAsync(app, org, "ศาลาอเนกประสงค์")));

        var removed = await UseAsync(app, s => s.RemoveAsync(StaffActor.PlatformOperator(), added.Value.Id));
        Assert.True(removed.Succeeded);
        Assert.Empty(Ids(await QueryAsync(app, org, "ศาลาอเนกประสงค์")));

        // The defaults came with the migration.
        await using var scope = app.Scope();
        var defaults = await scope.ServiceProvider.GetRequiredService<ManageSearchSynonyms>().ListAsync();
        Assert.Equal(SearchSynonym.Defaults.Order(StringComparer.Ordinal), defaults.Select(d => d.Terms).Order(StringComparer.Ordinal));
    }

    [Theory, Providers]
    public async Task The_synonyms_page_refuses_an_organization_admin(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, (await admin.GetAsync("/staff/operator/synonyms")).StatusCode);
    }

    [Theory, Providers]
    public async Task The_Operator_adds_a_group_on_the_synonyms_page(DbProvider provider)
    {
        using var app = new ProngsaiApp(provider);
        var email = $"operator-{Guid.NewGuid():N}@platform.test";
        string password;
        await using (var scope = app.Scope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<StaffAccounts>()
                .CreateOperatorAsync(StaffActor.PlatformOperator(), email, "ผู้ดูแลแพลตฟอร์ม");
            password = created.Value!.OneTimePassword;
            // The first-sign-in password change has its own tests; here the Operator has chosen one already.
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            await db.Users.Where(u => u.Email == email).ExecuteUpdateAsync(u => u.SetProperty(x => x.MustChangePassword, false));
        }

        var client = await app.SignedInAsync(email, password);
        const string page = "/staff/operator/synonyms";
        Assert.Contains("อบต., องค์การบริหารส่วนตำบล", await client.GetStringAsync(page), StringComparison.Ordinal);

        var oneWord = await client.PostFormAsync(page, page + "?handler=Add", [new("Terms", "ศาลาอเนกประสงค์")]);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, oneWord.StatusCode);
        Assert.Contains("อย่างน้อยสองคำ", await oneWord.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var added = await client.PostFormAsync(page, page + "?handler=Add", [new("Terms", "ศาลาอเนกประสงค์, หอประชุมหมู่บ้าน")]);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("ศาลาอเนกประสงค์, หอประชุมหมู่บ้าน", await client.GetStringAsync(page), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("มา")]
    [InlineData("ตา")]
    [InlineData("ทุจริต")]
    [InlineData("ประชาสัมพันธ์")]
    public void A_single_dictionary_word_gets_no_prefix_guess(string query)
    {
        var terms = SearchQueryExpansion.Expand(SearchSyntax.Phrases(query), []);
        Assert.DoesNotContain(terms.SelectMany(t => t.Alternatives), a => a.LastIsPrefix);
    }

    [Fact]
    public void An_unfinished_word_is_guessed_as_a_prefix_of_its_pieces_joined()
    {
        var terms = SearchQueryExpansion.Expand(SearchSyntax.Phrases("ประชาสัมพัน"), []);
        var term = Assert.Single(terms);
        Assert.Contains(term.Alternatives, a => a.LastIsPrefix && a.Tokens.SequenceEqual(["ประชาสัมพัน"]));
        Assert.Equal("(('ประ' <-> 'ชา' <-> 'สัม' <-> 'พัน') | ('ประชาสัมพัน':*)",
            SearchSyntax.PostgresQuery(terms)[..("(('ประ' <-> 'ชา' <-> 'สัม' <-> 'พัน') | ('ประชาสัมพัน':*)".Length)]);
    }

    private static async Task<TestOrg> IndexAsync(ProngsaiApp app)
    {
        var org = await TestOrg.CreateAsync(app);
        await using var scope = app.Scope();
        var index = scope.ServiceProvider.GetRequiredService<SearchIndex>();
        for (var i = 0; i < Documents.Length; i++)
        {
            var id = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await index.UpsertAsync(org.Id, "document", id, Documents[i].Title, $"/{org.Slug}/documents/{id}", Documents[i].Text,
                publishedAt: DateTimeOffset.UnixEpoch);
        }

        return org;
    }

    private static async Task<SearchResults> QueryAsync(ProngsaiApp app, TestOrg org, string query)
    {
        await using var scope = app.Scope();
        return await scope.ServiceProvider.GetRequiredService<SearchIndex>().QueryAsync(org.Id, new SearchQuery(query, Take: 100));
    }

    private static async Task<T> UseAsync<T>(ProngsaiApp app, Func<ManageSearchSynonyms, Task<T>> use)
    {
        await using var scope = app.Scope();
        return await use(scope.ServiceProvider.GetRequiredService<ManageSearchSynonyms>());
    }

    private static int[] Ids(SearchResults results) =>
        results.Hits.Select(h => int.Parse(h.Id, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
}
