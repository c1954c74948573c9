using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Ita.Links;
using Prongsai.Core.Requests;
using Prongsai.Core.ServiceStatistics;
using Prongsai.Tests.Assets;
using Prongsai.Tests.Circulars;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Ita;
using Prongsai.Tests.Measures.UseCases;
using Prongsai.Tests.Requests;

namespace Prongsai.Tests.ServiceStatistics;

/// <summary>
/// What the service statistics and the website's borrowing form offer the ITA checklist, on both databases: each fiscal
/// year with a recorded month as the page of item ข้อมูลสถิติการให้บริการ (classic O15, FY2568 O11), and the borrowing
/// form as an E-Service (classic O17, FY2568 O10) only while the website lists something to borrow; and the link
/// checker agreeing with both.
/// </summary>
public sealed class ServiceStatisticsEvidenceTests
{
    private static Task<IReadOnlyList<EvidenceCandidate>> FindAsync(IServiceProvider sp, string key, int? fiscalYear) =>
        sp.GetServices<IEvidenceSource>().Single(s => s.Key == key).FindAsync(fiscalYear, CancellationToken.None);

    [Theory, Providers]
    public async Task Years_with_a_recorded_month_are_offered_and_suggested_for_the_service_statistics_item(DbProvider provider)
    {
        // 10 March 2025: fiscal year 2568.
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2025, 3, 10));
        var clerk = ItaTestData.System(host);

        // A service listed but never counted is not evidence yet.
        var tax = Value(await host.UseAsync<ManageCountedServices, Result<CountedService>>(m =>
            m.AddAsync(clerk, new CountedServiceInput("รับชำระภาษีที่ดินและสิ่งปลูกสร้าง", "ราย", null))));
        Assert.Empty(await host.RunAsync(sp => FindAsync(sp, "service-statistics", null)));
        await ItaTestData.OpenAsync(host, 2568);
        Assert.DoesNotContain((await ItaTestData.ItemAsync(host, 2568, "service-statistics")).Evidence, e => e.Kind == ItaEvidenceKind.FeaturePage);

        foreach (var (month, count) in new[] { (new YearMonth(2024, 8), "40"), (new YearMonth(2025, 1), "52"), (new YearMonth(2025, 2), "0") })
        {
            ItaTestData.Succeeded(await host.UseAsync<RecordServiceCounts, Result<RecordedMonth>>(r =>
                r.RunAsync(clerk, month, [new ServiceCountInput(tax.Id, count)])));
        }

        var all = await host.RunAsync(sp => FindAsync(sp, "service-statistics", null));
        Assert.Equal([$"/{host.Slug}/service-statistics/2567", $"/{host.Slug}/service-statistics/2568"], all.Select(c => c.PublicPath));
        var fy2568 = all[1];
        Assert.Equal(("service-statistics", "2568", 2568, "ข้อมูลสถิติการให้บริการ ปีงบประมาณ พ.ศ. 2568"),
            (fy2568.SourceKey, fy2568.ItemId, fy2568.FiscalYear, fy2568.Title));
        Assert.NotNull(fy2568.PublishedAt); // when its latest figure was recorded
        Assert.Equal([fy2568.PublicPath], (await host.RunAsync(sp => FindAsync(sp, "service-statistics", 2568))).Select(c => c.PublicPath));
        Assert.Empty(await host.RunAsync(sp => FindAsync(sp, "service-statistics", 2566)));

        // Another organization is offered none of ours.
        var other = await CircularsTestData.OtherOrganizationAsync(host);
        Assert.Empty(await CircularsTestData.InOrganizationAsync(host, (other.Id, other.Slug), sp => FindAsync(sp, "service-statistics", null)));

        // Suggested for FY2568 O11 (suggest again) and the classic O15 of FY2567, each its own year's page, and for no other item.
        ItaTestData.Succeeded(await host.UseAsync<ManageChecklist, Result<SuggestionRun>>(m => m.SuggestAsync(clerk, 2568)));
        await ItaTestData.OpenAsync(host, 2567);
        foreach (var year in new[] { 2567, 2568 })
        {
            var page = Assert.Single((await ItaTestData.ItemAsync(host, year, "service-statistics")).Evidence, e => e.SourceKey == "service-statistics");
            Assert.Equal((ItaEvidenceKind.FeaturePage, ItaEvidenceState.Suggested, $"/{host.Slug}/service-statistics/{year}", (int?)year),
                (page.Kind, page.State, page.Url, page.FiscalYear));
        }

        var elsewhere = await host.QueryAsync(db => db.Set<ItaChecklistItem>().Where(i => i.Evidence.Any(e => e.SourceKey == "service-statistics"))
            .Select(i => i.ItemKey).Distinct().ToListAsync());
        Assert.Equal(["service-statistics"], elsewhere);

        // Confirmed, the link checker finds both pages offered.
        var checkedLinks = await ConfirmAndCheckAsync(host, e => e.SourceKey == "service-statistics");
        Assert.Equal(2, checkedLinks.Count);
        Assert.All(checkedLinks, e => Assert.Equal(LinkCheckOutcome.Ok, e.LinkOutcome));
    }

    [Theory, Providers]
    public async Task The_borrowing_form_is_an_e_service_only_while_the_website_lists_something_to_borrow(DbProvider provider)
    {
        await using var host = await MeasuresTestHost.StartAsync(provider, FixedClock.BangkokNoon(2025, 3, 10));
        var keeper = ItaTestData.System(host);
        Task<IReadOnlyList<EvidenceCandidate>> EServiceAsync() => host.RunAsync(sp => FindAsync(sp, "e-service", 2568));

        // Kept in the register but not on the website, or on the website but not lent: the form has nothing to offer.
        var chairs = await AssetsTestData.AddAsync(host, keeper, AssetsTestData.Chairs());
        await AssetsTestData.AddAsync(host, keeper, AssetsTestData.Chairs("416-66-0002", name: "เครื่องฉายภาพ", lendable: false) with { ShownToPublic = true });
        Assert.Empty(await EServiceAsync());

        ItaTestData.Succeeded(await AssetsTestData.EditAsync(host, keeper, chairs.Id, AssetsTestData.Chairs() with { ShownToPublic = true }));
        var form = Assert.Single(await EServiceAsync());
        Assert.Equal(("e-service", "form", EServiceEvidenceSource.LoanForm, $"/{host.Slug}/borrow/request", (int?)2568),
            (form.SourceKey, form.ItemType, form.ItemId, form.PublicPath, form.FiscalYear));
        Assert.Equal("บริการออนไลน์: ขอยืมทรัพย์สินของทางราชการและติดตามผลการพิจารณา", form.Title);

        // The request forms, once in use, are offered beside it.
        await RequestsTestData.FileAsync(host, RequestsTestData.Identified(RequestKind.Question, "ขอรับเบี้ยยังชีพผู้สูงอายุ"));
        Assert.Equal([EServiceEvidenceSource.QuestionForm, EServiceEvidenceSource.ComplaintForm, EServiceEvidenceSource.LoanForm],
            (await EServiceAsync()).Select(c => c.ItemId));

        // Suggested for FY2568 O10 and the classic O17.
        await ItaTestData.OpenAsync(host, 2568);
        await ItaTestData.OpenAsync(host, 2567);
        foreach (var year in new[] { 2567, 2568 })
        {
            var loan = Assert.Single((await ItaTestData.ItemAsync(host, year, "e-service")).Evidence, e => e.SourceItemId == EServiceEvidenceSource.LoanForm);
            Assert.Equal((ItaEvidenceKind.FeaturePage, ItaEvidenceState.Suggested, $"/{host.Slug}/borrow/request"), (loan.Kind, loan.State, loan.Url));
        }

        var confirmed = await ConfirmAndCheckAsync(host, e => e.SourceItemId == EServiceEvidenceSource.LoanForm);
        Assert.All(confirmed, e => Assert.Equal(LinkCheckOutcome.Ok, e.LinkOutcome));

        // Written off, nothing is left to borrow: the form is no longer offered, and the next daily check says so.
        ItaTestData.Succeeded(await AssetsTestData.RetireAsync(host, keeper, chairs.Id, "ชำรุดเสียหายใช้การไม่ได้"));
        Assert.DoesNotContain(await EServiceAsync(), c => c.ItemId == EServiceEvidenceSource.LoanForm);
        host.Clock.Now = host.Clock.Now.AddDays(2);
        var rechecked = await ConfirmAndCheckAsync(host, e => e.SourceItemId == EServiceEvidenceSource.LoanForm);
        Assert.Equal(2, rechecked.Count);
        Assert.All(rechecked, e => Assert.Equal(LinkCheckOutcome.NotPublished, e.LinkOutcome));
    }

    private static T Value<T>(Result<T> result)
    {
        ItaTestData.Succeeded(result);
        return result.Value!;
    }

    /// <summary>Confirms the matching suggestions, runs the link checker over them and reads them back.</summary>
    private static async Task<List<ItaEvidence>> ConfirmAndCheckAsync(MeasuresTestHost host, Expression<Func<ItaEvidence, bool>> which)
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
