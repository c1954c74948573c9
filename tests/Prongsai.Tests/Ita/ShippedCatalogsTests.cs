using Prongsai.Core.Ita.Catalog;

namespace Prongsai.Tests.Ita;

public class ShippedCatalogsTests
{
    private static CatalogVersion Year(int fiscalYear) => ShippedCatalogs.Find(fiscalYear) ?? throw new InvalidOperationException("missing " + fiscalYear);

    private static Dictionary<string, int> ItemsPerSubIndicator(CatalogVersion catalog) =>
        catalog.Tool(AssessmentTool.Oit)!.Indicators.SelectMany(i => i.SubIndicators).ToDictionary(s => s.Code, s => s.Items.Count);

    [Fact]
    public void EveryShippedFile_ReadsAndValidates()
    {
        Assert.Equal(["lao-2566.json", "lao-2567.json", "lao-2568.json", "lao-2569.json"], ShippedCatalogs.FileNames);
        foreach (var name in ShippedCatalogs.FileNames)
        {
            var result = ShippedCatalogs.Read(name);
            Assert.True(result.Succeeded, name + ": " + string.Join("; ", result.Errors));
            Assert.Empty(CatalogValidator.Validate(result.Catalog));
            Assert.Equal("lao", result.Catalog.Variant);
            Assert.Equal(1, result.Catalog.Revision);
        }

        Assert.Equal([2566, 2567, 2568, 2569], ShippedCatalogs.All.Select(c => c.FiscalYear));
    }

    [Fact]
    public void EveryCatalog_HasTheThreeToolsAndTenIndicators()
    {
        foreach (var catalog in ShippedCatalogs.All)
        {
            Assert.Equal([AssessmentTool.Iit, AssessmentTool.Eit, AssessmentTool.Oit], catalog.Tools.Select(t => t.Code));
            Assert.Equal([1, 2, 3, 4, 5], catalog.Tool(AssessmentTool.Iit)!.Indicators.Select(i => i.Number));
            Assert.Equal([6, 7, 8], catalog.Tool(AssessmentTool.Eit)!.Indicators.Select(i => i.Number));
            Assert.Equal([9, 10], catalog.Tool(AssessmentTool.Oit)!.Indicators.Select(i => i.Number));
            Assert.Equal("การเปิดเผยข้อมูล", catalog.Tool(AssessmentTool.Oit)!.Indicators[0].Name);
            Assert.Equal("การป้องกันการทุจริต", catalog.Tool(AssessmentTool.Oit)!.Indicators[1].Name);
            Assert.Equal("การใช้ทรัพย์สินของราชการ", catalog.Tool(AssessmentTool.Iit)!.Indicators[3].Name);
            Assert.Empty(catalog.Tool(AssessmentTool.Iit)!.Indicators.SelectMany(i => i.SubIndicators));
            Assert.Equal(85, catalog.Scoring.PassMark);
            Assert.Equal(100, catalog.Scoring.Weights.Sum(w => w.Percent));
        }
    }

    [Theory]
    [InlineData(2566)]
    [InlineData(2567)]
    public void Classic_Has43Items_InTheSubIndicatorsOfTheNaccList(int fiscalYear)
    {
        var catalog = Year(fiscalYear);

        Assert.False(catalog.Unconfirmed);
        Assert.Equal(43, catalog.CurrentItems.Count());
        Assert.Equal(Enumerable.Range(1, 43).Select(n => "O" + n), catalog.AllItems.Select(i => i.Code));
        Assert.All(catalog.AllItems, i => Assert.Equal(CatalogItemStatus.Active, i.Status));
        Assert.Equal(
            new Dictionary<string, int> { ["9.1"] = 9, ["9.2"] = 8, ["9.3"] = 7, ["9.4"] = 4, ["9.5"] = 5, ["10.1"] = 8, ["10.2"] = 2 },
            ItemsPerSubIndicator(catalog));
        var oit = catalog.Tool(AssessmentTool.Oit)!;
        Assert.Equal(33, oit.Indicators[0].SubIndicators.Sum(s => s.Items.Count));
        Assert.Equal(10, oit.Indicators[1].SubIndicators.Sum(s => s.Items.Count));
        Assert.Equal("แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน", catalog.ItemByCode("O4")!.Title);
        Assert.Equal("การดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", catalog.ItemByCode("O43")!.Title);
        Assert.Equal(ItemFrequency.Monthly, catalog.ItemByCode("O23")!.Frequency);
        Assert.Equal(DataYear.Previous, catalog.ItemByCode("O24")!.DataYear);
        Assert.Equal(DataYear.Current, catalog.ItemByCode("O21")!.DataYear);
        Assert.Equal(["AA", "A", "B", "C", "D", "E", "F"], catalog.Scoring.Bands.Select(b => b.Code));
    }

    [Fact]
    public void Fy2568_Has26Items_WithO5ToO7AsVisibleGaps_AndIsUnconfirmed()
    {
        var catalog = Year(2568);

        Assert.True(catalog.Unconfirmed);
        Assert.Contains("ยังไม่ได้ตรวจสอบ", catalog.SourceNote, StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1, 26).Select(n => "O" + n), catalog.AllItems.Select(i => i.Code));
        var oit = catalog.Tool(AssessmentTool.Oit)!;
        Assert.Equal(20, oit.Indicators[0].SubIndicators.Sum(s => s.Items.Count));
        Assert.Equal(6, oit.Indicators[1].SubIndicators.Sum(s => s.Items.Count));
        var gaps = catalog.AllItems.Where(i => i.Status == CatalogItemStatus.Gap).ToList();
        Assert.Equal(["O5", "O6", "O7"], gaps.Select(g => g.Code));
        Assert.All(gaps, g => Assert.Equal(CatalogItem.GapPlaceholderTitle, g.DisplayTitle));
        Assert.Equal("คู่มือหรือแนวทางการขอรับบริการ", catalog.ItemByCode("O9")!.Title);
        Assert.Equal("รายงานผลการดำเนินการป้องกันการทุจริต", catalog.ItemByCode("O26")!.Title);
    }

    [Fact]
    public void Fy2569_ShowsTheSeenItems_AndTheOthersAsGaps()
    {
        var catalog = Year(2569);

        Assert.True(catalog.Unconfirmed);
        Assert.Equal(Enumerable.Range(1, 25).Select(n => "O" + n), catalog.AllItems.Select(i => i.Code));
        var seen = catalog.AllItems.Where(i => i.Status == CatalogItemStatus.Active).Select(i => i.Code);
        Assert.Equal(["O1", "O3", "O11", "O12", "O19", "O20", "O21", "O25"], seen);
        Assert.Equal(17, catalog.AllItems.Count(i => i.Status == CatalogItemStatus.Gap));
        Assert.Equal("การนำผลการประเมิน ITA ไปปรับปรุงการดำเนินงาน", catalog.ItemByCode("O25")!.Title);
        Assert.Equal(["excellent", "good", "pass", "improve", "improve-urgently"], catalog.Scoring.Bands.Select(b => b.Code));
    }

    [Theory]
    [InlineData(2568, "O12", 2569, "O11")]
    [InlineData(2568, "O13", 2569, "O12")]
    [InlineData(2568, "O20", 2569, "O19")]
    [InlineData(2568, "O21", 2569, "O20")]
    [InlineData(2568, "O23", 2569, "O21")]
    [InlineData(2568, "O1", 2569, "O1")]
    [InlineData(2568, "O3", 2569, "O3")]
    [InlineData(2567, "O23", 2568, "O12")]
    [InlineData(2567, "O14", 2568, "O9")]
    [InlineData(2567, "O13", 2568, "O8")]
    [InlineData(2567, "O7", 2568, "O4")]
    [InlineData(2567, "O5", 2568, "O3")]
    [InlineData(2567, "O41", 2568, "O26")]
    public void TheSameItemAcrossYears_SharesItsKey(int yearA, string codeA, int yearB, string codeB)
    {
        var a = Year(yearA).ItemByCode(codeA)!;
        var b = Year(yearB).ItemByCode(codeB)!;

        Assert.Equal(a.Key, b.Key);
    }

    [Fact]
    public void ClassicKeys_AreTheSameInFy2566AndFy2567()
    {
        Assert.Equal(Year(2566).AllItems.Select(i => (i.Code, i.Key)), Year(2567).AllItems.Select(i => (i.Code, i.Key)));
        Assert.Same(Year(2567), ShippedCatalogs.ClassicDefaults);
    }

    [Fact]
    public void Mapping_SuggestsTheItemsTheIssueNames()
    {
        var classic = Year(2567);
        string[] Codes(CatalogVersion c, EvidenceSource s) => c.ItemsFor(s).Select(i => i.Code).ToArray();

        var aboutPages = new[] { "structure", "executives", "authority", "contact", "laws" }
            .SelectMany(p => Codes(classic, EvidenceSource.ForPage(p))).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(["O1", "O2", "O3", "O5", "O6"], aboutPages);
        Assert.Equal(["O4"], Codes(classic, EvidenceSource.ForCategory("development-plans")));
        Assert.Equal(["O14"], Codes(classic, EvidenceSource.ForCategory("service-manuals")));
        Assert.Equal(["O9"], Codes(Year(2568), EvidenceSource.ForCategory("service-manuals")));
        Assert.Equal(["O43"], Codes(classic, EvidenceSource.ForMeasuresReport(DataYear.Previous)));
        Assert.Equal(["O42"], Codes(classic, EvidenceSource.ForMeasuresReport(DataYear.Current)));
        Assert.Equal(["O11"], Codes(Year(2569), EvidenceSource.ForCategory("procurement-monthly")));
        Assert.Empty(Codes(classic, EvidenceSource.ForCategory("no-such-category")));

        // Documents offices publish anyway, for the items nothing else answers.
        Assert.Equal(["O15"], Codes(classic, EvidenceSource.ForCategory("service-statistics")));
        Assert.Equal(["O11"], Codes(Year(2568), EvidenceSource.ForCategory("service-statistics")));
        Assert.Equal(["O16"], Codes(classic, EvidenceSource.ForCategory("satisfaction-surveys")));
        Assert.Equal(["O33"], Codes(classic, EvidenceSource.ForCategory("participation")));
        Assert.Equal(["O20"], Codes(Year(2568), EvidenceSource.ForCategory("participation")));
        Assert.Equal(["O34", "O35"], Codes(classic, EvidenceSource.ForCategory("executive-integrity")));
        Assert.Equal(["O38"], Codes(classic, EvidenceSource.ForCategory("organizational-culture")));
        Assert.Equal(["O16"], Codes(Year(2568), EvidenceSource.ForCategory("code-of-ethics")));
        Assert.Equal(Codes(classic, EvidenceSource.ForCategory("executive-integrity")), Codes(Year(2566), EvidenceSource.ForCategory("executive-integrity")));

        // The Social Network item is answered by the contact page that links the office's own pages, and only by it. The
        // channel for opinions is the consultations page, and only that: the Q&A and complaint forms answer their own items.
        foreach (var catalog in new[] { Year(2566), classic })
        {
            Assert.Equal([EvidenceSource.ForFeature("social-network")], catalog.Mapping.Where(m => m.Items.Contains("social-network")).Select(m => m.Source));
            Assert.Equal([EvidenceSource.ForFeature("consultations")], catalog.Mapping.Where(m => m.Items.Contains("opinion-channel")).Select(m => m.Source));
        }
    }

    [Theory]
    [InlineData(2566, "qa", "O8")]
    [InlineData(2566, "complaint-rules", "O29 O30")]
    [InlineData(2566, "complaint-statistics", "O31")]
    [InlineData(2566, "gifts", "")]
    [InlineData(2566, "corruption-risks", "O36 O37")]
    [InlineData(2566, "e-service", "O17")]
    [InlineData(2567, "qa", "O8")]
    [InlineData(2567, "complaint-rules", "O29 O30")]
    [InlineData(2567, "complaint-statistics", "O31")]
    [InlineData(2567, "gifts", "")]
    [InlineData(2567, "corruption-risks", "O36 O37")]
    [InlineData(2567, "e-service", "O17")]
    [InlineData(2568, "qa", "")] // the two-way channel is one of the unnamed O5–O7: no guess
    [InlineData(2568, "complaint-rules", "O17 O18")]
    [InlineData(2568, "complaint-statistics", "O19")]
    [InlineData(2568, "gifts", "O22")]
    [InlineData(2568, "corruption-risks", "O23 O24")]
    [InlineData(2568, "e-service", "O10")]
    [InlineData(2569, "qa", "O3")]
    [InlineData(2569, "complaint-rules", "")] // O16–O18 are gaps
    [InlineData(2569, "complaint-statistics", "")]
    [InlineData(2569, "gifts", "O20")]
    [InlineData(2569, "corruption-risks", "O21")]
    [InlineData(2569, "e-service", "")] // its E-Service item is not known yet (a gap)
    [InlineData(2566, "consultations", "O32 O33")]
    [InlineData(2567, "consultations", "O32 O33")]
    [InlineData(2568, "consultations", "O20")]
    [InlineData(2569, "consultations", "O19")] // the results of participation
    [InlineData(2566, "satisfaction", "O16")]
    [InlineData(2567, "satisfaction", "O16")]
    [InlineData(2568, "satisfaction", "")] // the shorter lists have no satisfaction item
    [InlineData(2569, "satisfaction", "")]
    [InlineData(2566, "social-network", "O9")]
    [InlineData(2567, "social-network", "O9")]
    [InlineData(2566, "service-statistics", "O15")] // the yearly page of the figures the office records (docs/service-statistics.md)
    [InlineData(2567, "service-statistics", "O15")]
    [InlineData(2568, "service-statistics", "O11")]
    [InlineData(2569, "service-statistics", "")] // its list names no service statistics item yet
    public void FeatureMapping_SuggestsFeaturePagesForTheirItems(int fiscalYear, string feature, string codes)
    {
        var mapped = Year(fiscalYear).ItemsFor(EvidenceSource.ForFeature(feature));

        Assert.Equal(codes, string.Join(' ', mapped.Select(i => i.Code)));
        Assert.All(mapped, i => Assert.Equal(CatalogItemStatus.Active, i.Status)); // never a gap
    }

    [Fact]
    public void BudgetAndProcurementPages_AreSuggestedThroughTheirCategories_NotAFeatureMapping()
    {
        // BudgetEvidenceSource and ProcurementEvidenceSource offer their pages under the documents' key, tagged with these.
        string[] Codes(CatalogVersion c, string slug) => c.ItemsFor(EvidenceSource.ForCategory(slug)).Select(i => i.Code).ToArray();
        var classic = Year(2567);
        Assert.Equal(["O18"], Codes(classic, "budget-plans"));
        Assert.Equal(["O19", "O20"], Codes(classic, "budget-reports"));
        Assert.Equal(["O21"], Codes(classic, "procurement-plans"));
        Assert.Equal(["O23"], Codes(classic, "procurement-monthly"));
        Assert.Equal(["O12"], Codes(Year(2568), "procurement-monthly"));
        Assert.Equal(["O12"], Codes(Year(2569), "procurement-annual"));
        foreach (var catalog in ShippedCatalogs.All)
        {
            Assert.DoesNotContain(catalog.Mapping, m => m.Source.Feature is "budget" or "procurement");
        }
    }

    [Fact]
    public void MappedCategories_AreDefaultCategoriesOfTheLibrary()
    {
        var slugs = Prongsai.Core.Publishing.DefaultCategories.All.Select(c => c.Slug).ToHashSet();
        foreach (var catalog in ShippedCatalogs.All)
        {
            Assert.All(catalog.Mapping.Where(m => m.Source.Kind == EvidenceSourceKind.Category), m => Assert.Contains(m.Source.Category!, slugs));
        }
    }

    [Theory]
    [InlineData(96, 96, 96, 96, "excellent")]
    [InlineData(96, 80, 99, 99, "pass")]
    [InlineData(90, 86, 90, 92, "good")]
    [InlineData(72, 70, 70, 75, "improve")]
    [InlineData(40, 40, 40, 40, "improve-urgently")]
    public void Scoring_PicksTheFirstBandWhoseConditionsHold(decimal total, decimal iit, decimal eit, decimal oit, string expected)
    {
        var scoring = Year(2568).Scoring;
        var tools = new Dictionary<AssessmentTool, decimal> { [AssessmentTool.Iit] = iit, [AssessmentTool.Eit] = eit, [AssessmentTool.Oit] = oit };

        Assert.Equal(expected, scoring.BandFor(total, tools)!.Code);
        Assert.Equal(total >= 85, scoring.Passes(total));
        Assert.Equal("B", Year(2567).Scoring.BandFor(80, tools)!.Code);
    }
}
