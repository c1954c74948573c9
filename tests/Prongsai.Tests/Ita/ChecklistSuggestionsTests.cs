using Prongsai.Core.Calendar;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Checklist;

namespace Prongsai.Tests.Ita;

/// <summary>The feature mapping kind: a feature's candidates by their source key, of the year the item asks for.</summary>
public sealed class ChecklistSuggestionsTests
{
    private static EvidenceCandidate Candidate(string source, string id, int? fiscalYear, string path) =>
        new(source, "page", id, "หน้า " + id, path, fiscalYear, null, []);

    private static List<(string Item, string Path)> Suggested(CatalogVersion catalog, params EvidenceCandidate[] candidates) =>
        ChecklistSuggestions.For(catalog, candidates).Select(s => (s.ItemKey, s.Candidate.PublicPath)).Order().ToList();

    [Fact]
    public void A_feature_candidate_is_suggested_by_its_key_for_the_year_assessed_only()
    {
        var fy2568 = ShippedCatalogs.Find(2568)!;

        var suggestions = ChecklistSuggestions.For(fy2568,
        [
            Candidate("complaint-statistics", "2567", 2567, "/t/complaints/statistics/2567"),
            Candidate("complaint-statistics", "2568", 2568, "/t/complaints/statistics/2568"),
            Candidate("gifts", "2568", 2568, "/t/gifts/2568"),
            Candidate("gifts", "2569", 2569, "/t/gifts/2569"),
            Candidate("complaint-rules", "complaint-rules", null, "/t/complaints"),
            Candidate("documents", "9", 2568, "/t/documents/9"), // a document is never a feature's page
            Candidate("no-such-feature", "x", 2568, "/t/x"),
        ]);

        Assert.Equal(
        [
            ("corruption-complaint-channel", "/t/complaints"),
            ("corruption-complaint-guideline", "/t/complaints"),
            ("corruption-complaint-statistics", "/t/complaints/statistics/2568"),
            ("gift-report", "/t/gifts/2568"),
        ], suggestions.Select(s => (s.ItemKey, s.Candidate.PublicPath)).Order().ToList());
        Assert.All(suggestions, s => Assert.Equal(ItaEvidenceKind.FeaturePage, s.Kind));
        Assert.All(suggestions, s => Assert.Null(s.Period));
    }

    [Fact]
    public void A_candidate_without_a_fiscal_year_answers_any_year_and_one_of_the_year_before_answers_previous_items()
    {
        var classic = ShippedCatalogs.Find(2567)!;
        var qa = Candidate("qa", "qa", null, "/t/qa");
        Assert.Equal([("qna", "/t/qa")], Suggested(classic, qa));
        Assert.Equal([("contact", "/t/qa")], Suggested(ShippedCatalogs.Find(2569)!, qa));

        // An annual report (data of FY N-1) mapped to a feature: last year's page, not this year's.
        var withReport = classic with
        {
            Mapping = [new EvidenceMapping(EvidenceSource.ForFeature("yearly-report"), ["operational-annual-report", "operational-plan"])],
        };
        Assert.Equal(
            [("operational-annual-report", "/t/report/2566"), ("operational-plan", "/t/report/2567")],
            Suggested(withReport,
                Candidate("yearly-report", "2566", 2566, "/t/report/2566"),
                Candidate("yearly-report", "2567", 2567, "/t/report/2567"),
                Candidate("yearly-report", "2565", 2565, "/t/report/2565")));
    }

    [Fact]
    public void A_monthly_summary_counts_for_the_month_it_covers_not_the_month_it_was_published()
    {
        var fy2568 = ShippedCatalogs.Find(2568)!;
        var december = new DateTimeOffset(2024, 12, 6, 3, 0, 0, TimeSpan.Zero);
        var october = new EvidenceCandidate("documents", "procurement-monthly", "procurement-monthly:2568:2567-10", "สขร.1 เดือนตุลาคม 2567",
            "/t/procurement/2568/2567-10", 2568, december, ["procurement-monthly"], new YearMonth(2024, 10));
        var untold = new EvidenceCandidate("documents", "document", "7", "สรุปผลการจัดซื้อจัดจ้าง", "/t/documents/7", 2568, december, ["procurement-monthly"]);

        var periods = ChecklistSuggestions.For(fy2568, [october, untold])
            .Where(s => s.ItemKey == "procurement-monthly-summary" && s.Kind == ItaEvidenceKind.Document)
            .ToDictionary(s => s.Candidate.ItemId, s => s.Period);

        Assert.Equal(10, periods["procurement-monthly:2568:2567-10"]);
        Assert.Equal(12, periods["7"]); // nothing says which month: the month it was published
    }

    [Fact]
    public void A_mapping_of_a_feature_no_source_offers_never_matches_and_the_other_kinds_are_unchanged()
    {
        var classic = ShippedCatalogs.Find(2567)!;
        var future = classic with
        {
            Mapping = [.. classic.Mapping, new EvidenceMapping(EvidenceSource.ForFeature("e-service"), ["e-service"])],
        };
        var structure = new EvidenceCandidate("pages", "about-page", "structure", "โครงสร้าง", "/t/about/structure", null, null, ["structure"]);

        Assert.Equal([("structure", "/t/about/structure")], Suggested(future, structure));
        Assert.Equal(ItaEvidenceKind.AboutPage, ChecklistSuggestions.For(future, [structure]).Single().Kind);
        // A feature page under the name of a category is not a document of that category.
        Assert.Empty(Suggested(future, Candidate("service-manuals", "1", 2567, "/t/x")));
    }
}
