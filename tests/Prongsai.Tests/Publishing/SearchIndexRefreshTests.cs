using System.Text;
using Microsoft.EntityFrameworkCore;
using Prongsai.Cli;
using Prongsai.Core.Data;
using Prongsai.Core.Search;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>
/// Entries indexed before Thai was repaired (a scan's "ตําบล" kept as OCR wrote it) are found by the typed word once
/// <c>prongsai refresh-search</c> has run, and a second run rewrites nothing.
/// </summary>
public sealed class SearchIndexRefreshTests
{
    private const string OcrText = "ประกาศองค์การบริหารส่วนต\u0E4D\u0E32บลบางคา เรื่อง การรับช\u0E4D\u0E32ระภาษี";

    [Theory, Providers]
    public async Task An_entry_indexed_under_the_old_rules_is_found_after_the_refresh(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var other = await TestOrg.CreateAsync(app);
        await IndexAsBeforeAsync(app, org);
        await IndexAsBeforeAsync(app, other);
        Assert.Equal(0, await HitsAsync(app, org, "ตำบล"));

        var (code, output) = await CliAsync(app, "refresh-search", "--org", org.Slug);
        Assert.Equal(0, code);
        Assert.Contains("rewrote 1", output, StringComparison.Ordinal);
        Assert.Equal(1, await HitsAsync(app, org, "ตำบล"));
        Assert.Equal(1, await HitsAsync(app, org, "ชำระภาษี"));
        Assert.Equal(0, await HitsAsync(app, other, "ตำบล"));

        Assert.Contains("rewrote 0", (await CliAsync(app, "refresh-search", "--org", org.Slug)).Output, StringComparison.Ordinal);
        Assert.Equal(1, (await CliAsync(app, "refresh-search", "--org", "no-such-office")).Code);
    }

    /// <summary>What an earlier release wrote for OCR text: NFC and ASCII digits only, the sara am left in two parts.</summary>
    private static Task IndexAsBeforeAsync(ProngsaiApp app, TestOrg org) =>
        PublishingFixture.AsOrgAsync(app, org, async sp =>
        {
            await sp.GetRequiredService<SearchIndex>().UpsertAsync(org.Id, "document", "1", "ประกาศ", $"/{org.Slug}/documents/1", OcrText);
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            var entry = await db.SearchEntries.SingleAsync(e => e.OrganizationId == org.Id);
            var oldText = OcrText.Normalize(NormalizationForm.FormC);
            var bodyTokens = ThaiSegmenter.Tokenize(oldText).Select(t => t.Value).ToList();
            entry.Text = oldText;
            entry.BodyTokens = string.Join(' ', bodyTokens);
            await db.SaveChangesAsync();
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("UPDATE \"SearchEntries\" SET \"SearchVector\" = CAST({0} AS tsvector) WHERE \"Id\" = {1}",
                    SearchSyntax.TsVector(ThaiSegmenter.Words("ประกาศ"), bodyTokens), entry.Id);
            }

            return 0;
        });

    private static Task<int> HitsAsync(ProngsaiApp app, TestOrg org, string query) =>
        PublishingFixture.AsOrgAsync(app, org, async sp =>
            (await sp.GetRequiredService<SearchIndex>().QueryAsync(org.Id, SearchQuery.ForPage(query, null, null, 1))).Total);

    private static async Task<(int Code, string Output)> CliAsync(ProngsaiApp app, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, app.Settings);
        return (code, output.ToString() + error);
    }
}
