using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Ita.Links;
using Prongsai.Core.Publishing;
using Prongsai.Core.Requests;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Measures.UseCases;
using Prongsai.Tests.Requests;

namespace Prongsai.Tests.Ita;

/// <summary>
/// The items the checklist could not fill before, on both databases: E-Service from the public request forms once they
/// are in use, and the documents offices publish anyway (service statistics, satisfaction survey, participation, the
/// executives' integrity pledge, organizational culture, code of ethics) through their new default categories, which
/// reach organizations made before them.
/// </summary>
public sealed class ServiceAndIntegrityEvidenceTests
{
    private static readonly string[] NewCategories =
        ["service-statistics", "satisfaction-surveys", "participation", "executive-integrity", "organizational-culture", "code-of-ethics"];

    private static Task<IReadOnlyList<EvidenceCandidate>> EServiceAsync(IServiceProvider sp, int? fiscalYear) =>
        sp.GetServices<IEvidenceSource>().Single(s => s.Key == "e-service").FindAsync(fiscalYear, CancellationToken.None);

    [Theory, Providers]
    public async Task The_request_forms_answer_e_service_only_once_in_use_and_the_link_checker_accepts_them(DbProvider provider)
    {
        // 10 March 2025: fiscal year 2568.
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2025, 3, 10));

        // Nothing set up and nothing received: the forms are not offered as an E-Service, and FY2568 O10 gets nothing.
        Assert.Empty(await host.RunAsync(sp => EServiceAsync(sp, 2568)));
        await ItaTestData.OpenAsync(host, 2568);
        Assert.Empty((await ItaTestData.ItemAsync(host, 2568, "e-service")).Evidence);

        await RequestsTestData.FileAsync(host, RequestsTestData.Anonymous(RequestKind.Grievance));
        var offered = await host.RunAsync(sp => EServiceAsync(sp, 2568));
        Assert.Equal([($"/{host.Slug}/qa", EServiceEvidenceSource.QuestionForm), ($"/{host.Slug}/complaints", EServiceEvidenceSource.ComplaintForm)],
            offered.Select(c => (c.PublicPath, c.ItemId)).ToList());
        Assert.All(offered, c => Assert.Equal(("e-service", 2568), (c.SourceKey, c.FiscalYear)));
        Assert.All(offered, c => Assert.Contains("ออนไลน์", c.Title, StringComparison.Ordinal));

        // Another organization that never used its forms is not offered ours, nor its own.
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        Assert.Empty(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp => EServiceAsync(sp, 2568)));

        // Suggested to the classic O17 and to FY2568 O10 (suggest again), and to no other item.
        await ItaTestData.OpenAsync(host, 2567);
        ItaTestData.Succeeded(await host.UseAsync<ManageChecklist, Core.Common.Result<SuggestionRun>>(m => m.SuggestAsync(ItaTestData.System(host), 2568)));
        foreach (var year in new[] { 2567, 2568 })
        {
            var item = await ItaTestData.ItemAsync(host, year, "e-service");
            Assert.Equal([$"/{host.Slug}/complaints", $"/{host.Slug}/qa"], item.Evidence.Select(e => e.Url).Order(StringComparer.Ordinal).ToList());
            Assert.All(item.Evidence, e => Assert.Equal((ItaEvidenceKind.FeaturePage, ItaEvidenceState.Suggested), (e.Kind, e.State)));
        }

        var elsewhere = await host.QueryAsync(db => db.Set<ItaChecklistItem>().Where(i => i.Evidence.Any(e => e.SourceKey == "e-service"))
            .Select(i => i.ItemKey).Distinct().ToListAsync());
        Assert.Equal(["e-service"], elsewhere);

        // Confirmed, the link checker asks the source again and finds the forms offered.
        var checkedLinks = await ConfirmAndCheckAsync(host, e => e.SourceKey == "e-service");
        Assert.Equal(4, checkedLinks.Count);
        Assert.All(checkedLinks, e => Assert.Equal(LinkCheckOutcome.Ok, e.LinkOutcome));
    }

    [Theory, Providers]
    public async Task An_organization_made_before_the_new_categories_gets_them_after_its_own(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider);
        var before = await host.RunAsync(async sp =>
        {
            // The library as a release before these categories left it.
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            await DefaultCategories.EnsureAsync(db, host.OrganizationId);
            await db.DocumentCategories.Where(c => NewCategories.Contains(c.Slug)).ExecuteDeleteAsync();
            return await db.DocumentCategories.AsNoTracking().ToDictionaryAsync(c => c.Slug, c => (c.Id, c.SortOrder));
        });
        Assert.Equal(DefaultCategories.All.Count - NewCategories.Length, before.Count);

        var after = await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            await DefaultCategories.EnsureAsync(db, host.OrganizationId);
            return await db.DocumentCategories.AsNoTracking().ToListAsync();
        });

        Assert.Equal(DefaultCategories.All.Select(d => d.Slug).Order(StringComparer.Ordinal), after.Select(c => c.Slug).Order(StringComparer.Ordinal));
        Assert.All(before, kept => Assert.Equal(kept.Value, after.Where(c => c.Slug == kept.Key).Select(c => (c.Id, c.SortOrder)).Single()));
        var added = after.Where(c => NewCategories.Contains(c.Slug)).ToList();
        Assert.All(added, c => Assert.True(c.SortOrder > before.Values.Max(b => b.SortOrder), c.Slug));
        Assert.Contains("O34–O35", added.Single(c => c.Slug == "executive-integrity").Hint, StringComparison.Ordinal);
        Assert.Equal("ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", added.Single(c => c.Slug == "code-of-ethics").Name);
    }

    [Theory, Providers]
    public async Task Documents_of_the_new_categories_are_suggested_for_their_items_and_pass_the_link_check(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2025, 3, 10));
        var statistics2567 = await ItaTestData.PublishAsync(host, "service-statistics", 2567, "สถิติการให้บริการ ปีงบประมาณ 2567");
        var survey2566 = await ItaTestData.PublishAsync(host, "satisfaction-surveys", 2566, "รายงานผลการสำรวจความพึงพอใจ ปีงบประมาณ 2566");
        var survey2567 = await ItaTestData.PublishAsync(host, "satisfaction-surveys", 2567, "รายงานผลการสำรวจความพึงพอใจ ปีงบประมาณ 2567");
        var participation = await ItaTestData.PublishAsync(host, "participation", 2567, "รายงานการประชุมประชาคมหมู่บ้าน");
        var pledge = await ItaTestData.PublishAsync(host, "executive-integrity", 2567, "ประกาศเจตจำนงสุจริตของนายก");
        var culture = await ItaTestData.PublishAsync(host, "organizational-culture", 2567, "กิจกรรมเสริมสร้างวัฒนธรรมองค์กร");
        var ethics = await ItaTestData.PublishAsync(host, "code-of-ethics", 2568, "ประมวลจริยธรรมของพนักงานส่วนตำบล");
        var statistics2568 = await ItaTestData.PublishAsync(host, "service-statistics", 2568, "สถิติการให้บริการ ปีงบประมาณ 2568");
        var participation2568 = await ItaTestData.PublishAsync(host, "participation", 2568, "การรับฟังความคิดเห็นต่อร่างแผนพัฒนา");

        await ItaTestData.OpenAsync(host, 2567);
        await ItaTestData.OpenAsync(host, 2568);

        async Task<List<int>> DocumentsAsync(int year, string key) => (await ItaTestData.ItemAsync(host, year, key)).Evidence
            .Where(e => e.Kind == ItaEvidenceKind.Document).Select(e => int.Parse(e.SourceItemId!, System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();

        Assert.Equal([statistics2567], await DocumentsAsync(2567, "service-statistics"));
        Assert.Equal([survey2566], await DocumentsAsync(2567, "satisfaction-survey-report")); // the year before, as the item asks
        Assert.Equal([participation], await DocumentsAsync(2567, "participation"));
        Assert.Equal([pledge], await DocumentsAsync(2567, "executive-integrity-statement"));
        Assert.Equal([pledge], await DocumentsAsync(2567, "executive-participation"));
        Assert.Equal([culture], await DocumentsAsync(2567, "organizational-culture"));
        Assert.Empty(await DocumentsAsync(2567, "opinion-channel")); // no honest source: see docs/ita.md
        Assert.Empty(await DocumentsAsync(2567, "social-network"));
        Assert.Equal([ethics], await DocumentsAsync(2568, "code-of-ethics"));
        Assert.Equal([statistics2568], await DocumentsAsync(2568, "service-statistics"));
        Assert.Equal([participation2568], await DocumentsAsync(2568, "participation"));
        Assert.DoesNotContain(survey2567, await DocumentsAsync(2567, "satisfaction-survey-report"));

        // The category page of the year comes with them, as for every category mapping.
        var categoryPage = Assert.Single((await ItaTestData.ItemAsync(host, 2568, "code-of-ethics")).Evidence, e => e.Kind == ItaEvidenceKind.CategoryPage);
        Assert.Equal($"/{host.Slug}/documents?category=code-of-ethics&year=2568", categoryPage.Url);

        var checkedLinks = await ConfirmAndCheckAsync(host, e => e.Kind == ItaEvidenceKind.Document);
        Assert.Equal(9, checkedLinks.Count); // the pledge answers two items
        Assert.All(checkedLinks, e => Assert.Equal(LinkCheckOutcome.Ok, e.LinkOutcome));
    }

    /// <summary>Confirms the matching suggestions, runs the link checker over them and reads them back.</summary>
    private static async Task<List<ItaEvidence>> ConfirmAndCheckAsync(MeasuresTestHost host, System.Linq.Expressions.Expression<Func<ItaEvidence, bool>> which)
    {
        await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            await db.Set<ItaEvidence>().Where(which).ForEachAsync(e => e.State = ItaEvidenceState.Confirmed);
            await db.SaveChangesAsync();
            await sp.GetRequiredService<ItaLinkCheckJob>().RunAsync(CancellationToken.None);
            return 0;
        });
        return await host.QueryAsync(db => db.Set<ItaEvidence>().Where(which).ToListAsync());
    }
}
