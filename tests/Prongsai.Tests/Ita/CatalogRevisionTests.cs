using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Flat;

namespace Prongsai.Tests.Ita;

public class CatalogRevisionTests
{
    private const string Header = "fiscal_year,indicator,sub_indicator,code,title,details,data_year,frequency,key";

    private static CatalogVersion Sheet(string rows, CatalogVersion? baseCatalog = null)
    {
        var result = CatalogCsvReader.Read(FlatSheet.Utf8(Header + "\n" + rows), new FlatCatalogOptions(Base: baseCatalog));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        return result.Catalog;
    }

    private static readonly CatalogVersion Current = Sheet(
        "2570,9,9.1,O1,โครงสร้าง,,current,once,structure\n"
        + "2570,9,9.1,O2,ผู้บริหาร,,current,once,executives\n"
        + "2570,9,9.3,O3,รายการจัดซื้อจัดจ้าง,,current,monthly,procurement-monthly-summary\n"
        + "2570,10,10.1,O4,รายงานการรับทรัพย์สิน,,current,once,gift-report\n");

    [Fact]
    public void FirstImport_IsRevisionOne_WithEveryItemAdded()
    {
        var result = CatalogRevision.Next(null, Current with { Revision = 7 });

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.Value!.Catalog.Revision);
        Assert.Equal(["structure", "executives", "procurement-monthly-summary", "gift-report"], result.Value.Changes.Added);
    }

    [Fact]
    public void Reimport_MatchesItemsByKey_KeepsRemovedItemsAsRetired()
    {
        // The new file renumbers: O2 is gone, procurement moves from O3 to O2, a new O4 takes gift-report's old code.
        var imported = Sheet(
            "2570,9,9.1,O1,โครงสร้าง หน้าที่และอำนาจ,,current,once,structure\n"
            + "2570,9,9.3,O2,สรุปผลการจัดซื้อจัดจ้างรายเดือน,,current,monthly,procurement-monthly-summary\n"
            + "2570,10,10.1,O3,No Gift Policy,,current,once,no-gift-policy\n"
            + "2570,10,10.1,O4,ประเมินความเสี่ยง,,current,once,corruption-risk-assessment\n");

        var result = CatalogRevision.Next(Current, imported);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var (next, changes) = (result.Value!.Catalog, result.Value.Changes);
        Assert.Equal(2, next.Revision);
        Assert.Equal(["structure", "procurement-monthly-summary"], changes.Kept);
        Assert.Equal([new RenumberedItem("procurement-monthly-summary", "O3", "O2")], changes.Renumbered);
        Assert.Equal(["no-gift-policy", "corruption-risk-assessment"], changes.Added);
        Assert.Equal(["executives", "gift-report"], changes.Retired);

        // Retired items stay, under their sub-indicator, with their old code; new titles replace old ones.
        var executives = next.ItemByKey("executives")!;
        Assert.Equal((CatalogItemStatus.Retired, "O2", "ผู้บริหาร"), (executives.Status, executives.Code, executives.Title));
        var gift = next.ItemByKey("gift-report")!;
        Assert.Equal((CatalogItemStatus.Retired, "O4"), (gift.Status, gift.Code));
        Assert.Equal("O4", next.ItemByCode("O4")!.Code);
        Assert.Equal("corruption-risk-assessment", next.ItemByCode("O4")!.Key); // the code now means the new item
        Assert.Equal("โครงสร้าง หน้าที่และอำนาจ", next.ItemByKey("structure")!.Title);
        var sub91 = next.Tool(AssessmentTool.Oit)!.Indicators[0].SubIndicators.Single(s => s.Code == "9.1");
        Assert.Equal(["structure", "executives"], sub91.Items.Select(i => i.Key));
        Assert.Equal(4, next.CurrentItems.Count());
        Assert.Equal(6, next.AllItems.Count());
        Assert.Empty(CatalogValidator.Validate(next));
    }

    [Fact]
    public void RetiredItems_StayRetiredAcrossRevisions_AndComeBackWhenListedAgain()
    {
        var second = CatalogRevision.Next(Current, Sheet("2570,9,9.1,O1,โครงสร้าง,,current,once,structure\n")).Value!.Catalog;

        var third = CatalogRevision.Next(second, Sheet(
            "2570,9,9.1,O1,โครงสร้าง,,current,once,structure\n"
            + "2570,10,10.1,O2,รายงานการรับทรัพย์สิน,,current,once,gift-report\n"));

        Assert.True(third.Succeeded);
        var catalog = third.Value!.Catalog;
        Assert.Equal(3, catalog.Revision);
        Assert.Equal(["gift-report"], third.Value.Changes.Revived);
        Assert.Equal(CatalogItemStatus.Active, catalog.ItemByKey("gift-report")!.Status);
        Assert.Equal("O2", catalog.ItemByKey("gift-report")!.Code);
        Assert.Equal(CatalogItemStatus.Retired, catalog.ItemByKey("executives")!.Status);
        Assert.Equal(CatalogItemStatus.Retired, catalog.ItemByKey("procurement-monthly-summary")!.Status);
        Assert.Empty(third.Value.Changes.Retired); // already retired before
    }

    [Fact]
    public void RetiredItem_WhoseSubIndicatorIsGone_KeepsItsOldSubIndicator()
    {
        var next = CatalogRevision.Next(Current, Sheet("2570,9,9.1,O1,โครงสร้าง,,current,once,structure\n")).Value!.Catalog;

        var oit = next.Tool(AssessmentTool.Oit)!;
        Assert.Equal(["9.1", "9.3"], oit.Indicators[0].SubIndicators.Select(s => s.Code));
        Assert.Equal(["10.1"], oit.Indicators[1].SubIndicators.Select(s => s.Code));
        Assert.Equal("procurement-monthly-summary", oit.Indicators[0].SubIndicators[1].Items.Single().Key);
    }

    [Fact]
    public void AnotherYearOrVariant_IsRefused()
    {
        var otherYear = Sheet("2571,9,9.1,O1,โครงสร้าง,,current,once,structure\n");

        var result = CatalogRevision.Next(Current, otherYear);
        var variant = CatalogRevision.Next(Current, Current with { Variant = "school" });

        Assert.False(result.Succeeded);
        Assert.Equal("invalid", result.Errors.Single().Code);
        Assert.Contains("2571", result.Errors.Single().Message, StringComparison.Ordinal);
        Assert.False(variant.Succeeded);
    }

    [Fact]
    public void ShippedFy2568_RevisedWithASheetThatRenumbers_KeepsEvidenceMappingByKey()
    {
        var shipped = ShippedCatalogs.Find(2568)!;
        var rows = FlatSheet.FromCatalog(shipped, thai: true);
        // Drop O22 (gift report) and renumber everything after it, as the FY2569 list did.
        var renumbered = rows.Where(r => r[3] != "O22").Select((r, i) => i == 0 ? r : r.Select((cell, c) => c == 3 ? "O" + i : cell).ToArray()).ToList();
        var sheet = CatalogCsvReader.Read(FlatSheet.Utf8(FlatSheet.Csv(renumbered)), FlatSheet.SameAs(shipped));
        Assert.True(sheet.Succeeded, string.Join("; ", sheet.Errors));

        var next = CatalogRevision.Next(shipped, sheet.Catalog!).Value!;

        Assert.Equal(["gift-report"], next.Changes.Retired);
        Assert.Equal(4, next.Changes.Renumbered.Count); // O23–O26 became O22–O25
        Assert.Equal("O22", next.Catalog.ItemByKey("corruption-risk-assessment")!.Code);
        Assert.Equal(["O21"], next.Catalog.ItemsFor(EvidenceSource.ForCategory("announcements")).Select(i => i.Code));
        Assert.Equal(25, next.Catalog.CurrentItems.Count());
    }
}
