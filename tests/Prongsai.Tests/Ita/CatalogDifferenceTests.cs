using Prongsai.Core.Ita.Catalog;

namespace Prongsai.Tests.Ita;

/// <summary>What the next revision would change, as the Operator is told before taking a shipped catalog.</summary>
public class CatalogDifferenceTests
{
    private static readonly CatalogVersion Current = ShippedCatalogs.Find(2568)! with { Revision = 3 };

    private static CatalogDifference? Between(CatalogVersion current, CatalogVersion file)
    {
        var next = CatalogRevision.Next(current, file);
        Assert.True(next.Succeeded, string.Join("; ", next.Errors.Select(e => e.Message)));
        return CatalogDifference.Between(current, next.Value!);
    }

    [Fact]
    public void The_same_file_again_changes_nothing()
    {
        Assert.Null(Between(Current, ShippedCatalogs.Find(2568)!));
    }

    [Fact]
    public void A_file_without_an_item_is_still_the_same_once_the_item_is_retired()
    {
        // Revision 3 already keeps "news" as retired: a file that no longer lists it makes the same catalog again.
        var withoutNews = Drop(ShippedCatalogs.Find(2568)!, "news");
        var retiredAlready = CatalogRevision.Next(Current, withoutNews).Value!.Catalog;

        Assert.Null(Between(retiredAlready, withoutNews));
    }

    [Fact]
    public void A_dropped_item_is_counted_as_retired_only()
    {
        var difference = Between(Current, Drop(ShippedCatalogs.Find(2568)!, "news"))!;

        Assert.Equal(["news"], difference.Items.Retired);
        Assert.Empty(difference.Reworded);
        Assert.False(difference.OtherDetails);
    }

    [Fact]
    public void Items_wording_links_and_other_details_are_counted()
    {
        var shipped = ShippedCatalogs.Find(2568)!;
        var file = Drop(shipped, "news") with
        {
            Label = shipped.Label + " (แก้ไข)",
            Mapping = shipped.Mapping.Where(m => m.Source.Kind != EvidenceSourceKind.Feature).ToList(),
            Tools = Reword(Drop(shipped, "news").Tools, "structure", "โครงสร้างและอำนาจหน้าที่ของหน่วยงาน"),
        };

        var difference = Between(Current, file)!;

        Assert.Equal(["news"], difference.Items.Retired);
        Assert.Equal(["structure"], difference.Reworded);
        Assert.Equal(0, difference.LinksAdded);
        Assert.Equal(shipped.Mapping.Where(m => m.Source.Kind == EvidenceSourceKind.Feature).Sum(m => m.Items.Count), difference.LinksRemoved);
        Assert.True(difference.OtherDetails);
    }

    private static CatalogVersion Drop(CatalogVersion catalog, string key) => catalog with
    {
        Tools = Map(catalog.Tools, items => items.Where(i => i.Key != key).ToList()),
        Mapping = catalog.Mapping.Select(m => m with { Items = m.Items.Where(k => k != key).ToList() }).Where(m => m.Items.Count > 0).ToList(),
    };

    private static IReadOnlyList<CatalogTool> Reword(IReadOnlyList<CatalogTool> tools, string key, string title) =>
        Map(tools, items => items.Select(i => i.Key == key ? i with { Title = title } : i).ToList());

    private static IReadOnlyList<CatalogTool> Map(IReadOnlyList<CatalogTool> tools, Func<IReadOnlyList<CatalogItem>, IReadOnlyList<CatalogItem>> items) =>
        tools.Select(t => t with
        {
            Indicators = t.Indicators.Select(i => i with
            {
                SubIndicators = i.SubIndicators.Select(s => s with { Items = items(s.Items) }).ToList(),
            }).ToList(),
        }).ToList();
}
