using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Features;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Ita;

/// <summary>
/// An item tells the clerk what makes the system suggest its evidence: every mapped item of every shipped catalog has
/// such a sentence from a registered source, in Thai and English, with a back-office page to go to.
/// </summary>
public sealed class EvidenceHintsTests
{
    [Fact]
    public async Task Every_mapped_item_of_every_shipped_catalog_says_what_makes_its_evidence_suggested()
    {
        await using var host = await MeasuresTestHost.StartAsync(Infrastructure.DbProvider.Sqlite);
        var sources = await host.RunAsync(sp => Task.FromResult(sp.GetServices<IEvidenceSource>().ToList()));
        foreach (var catalog in ShippedCatalogs.All)
        {
            foreach (var item in catalog.CurrentItems.Where(i => catalog.Mapping.Any(m => m.Items.Contains(i.Key))))
            {
                var hints = EvidenceHints.For(catalog, item, sources);
                Assert.True(hints.Count > 0, $"{catalog.FiscalYear} {item.Code} has a mapping but no hint");
                Assert.All(hints, h =>
                {
                    Assert.Matches("[\u0E00-\u0E7F]", h.Thai);
                    Assert.DoesNotMatch("[\u0E00-\u0E7F]", h.English.Replace("«", "", StringComparison.Ordinal));
                    Assert.DoesNotContain("//", "/staff/x/" + h.StaffPath, StringComparison.Ordinal);
                });
            }
        }
    }

    [Fact]
    public async Task A_category_item_names_the_category_and_year_and_a_page_item_the_page()
    {
        await using var host = await MeasuresTestHost.StartAsync(Infrastructure.DbProvider.Sqlite);
        var sources = await host.RunAsync(sp => Task.FromResult(sp.GetServices<IEvidenceSource>().ToList()));
        var fy2568 = ShippedCatalogs.Find(2568)!;

        var manual = EvidenceHints.For(fy2568, fy2568.ItemByKey("work-manual")!, sources);
        Assert.Equal("เผยแพร่เอกสารปีงบประมาณ 2568 ในหมวด «คู่มือการปฏิบัติงาน»", Assert.Single(manual).Thai);

        var contact = Assert.Single(EvidenceHints.For(fy2568, fy2568.ItemByKey("contact")!, sources));
        Assert.Equal("pages/contact", contact.StaffPath);
        Assert.Contains("ข้อความตั้งต้นไม่นับ", contact.Thai, StringComparison.Ordinal);

        var statistics = Assert.Single(EvidenceHints.For(fy2568, fy2568.ItemByKey("corruption-complaint-statistics")!, sources));
        Assert.Equal("requests/statistics", statistics.StaffPath);
    }
}
