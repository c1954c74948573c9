using System.Text;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Flat;
using Prongsai.Core.Ita.Catalog.Json;

namespace Prongsai.Tests.Ita;

public class CatalogCsvTests
{
    private const string EnglishHeader = "fiscal_year,indicator,sub_indicator,code,title,details,data_year,frequency";

    private static CatalogReadResult ReadCsv(string text, FlatCatalogOptions? options = null) =>
        CatalogCsvReader.Read(FlatSheet.Utf8(text), options);

    private static List<(string Code, int? Line, int? Column)> Where(CatalogReadResult result) =>
        result.Errors.Select(e => (e.Code, e.Line, e.Column)).ToList();

    [Theory]
    [InlineData(2567, true)]
    [InlineData(2568, true)]
    [InlineData(2569, false)]
    [InlineData(2568, false)]
    public void ShippedList_WrittenAsASheet_ImportsBackToTheSameCatalog(int fiscalYear, bool thai)
    {
        var shipped = ShippedCatalogs.Find(fiscalYear)!;
        var csv = FlatSheet.Csv(FlatSheet.FromCatalog(shipped, thai));

        var result = ReadCsv(csv, FlatSheet.SameAs(shipped));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Empty(result.Warnings);
        Assert.Equal(CatalogJson.Write(shipped), CatalogJson.Write(result.Catalog));
    }

    [Fact]
    public void EnglishSheetWithoutKeys_TakesToolsMappingAndScoringFromTheClassicDefaults()
    {
        var csv = EnglishHeader + ",status\n"
            + "2570,9,9.1,O1,Structure and authority,Both sides of the organization,current,once,active\n"
            + "2570,9,9.1,o2,,,,,gap\n"
            + "2570,10,10.1 ป้องกันการทุจริต (ใหม่),O3,Procurement per month,,previous,monthly,\n"
            + "2570,10,10.1,O4,Half-yearly report,,current,half-yearly,\n";

        var result = ReadCsv(csv);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var catalog = result.Catalog;
        Assert.Equal((2570, "lao", 1, "รายการ OIT ปีงบประมาณ พ.ศ. 2570"), (catalog.FiscalYear, catalog.Variant, catalog.Revision, catalog.Label));
        Assert.Equal(["O1", "O2", "O3", "O4"], catalog.AllItems.Select(i => i.Key)); // key = code without a key column
        Assert.Equal(CatalogItemStatus.Gap, catalog.ItemByCode("O2")!.Status);
        Assert.Equal((DataYear.Previous, ItemFrequency.Monthly), (catalog.ItemByCode("O3")!.DataYear, catalog.ItemByCode("O3")!.Frequency));
        Assert.Equal(ItemFrequency.HalfYearly, catalog.ItemByCode("O4")!.Frequency);
        var oit = catalog.Tool(AssessmentTool.Oit)!;
        Assert.Equal("ข้อมูลพื้นฐาน", oit.Indicators[0].SubIndicators.Single().Name); // name from the classic catalog
        Assert.Equal("ป้องกันการทุจริต (ใหม่)", oit.Indicators[1].SubIndicators.Single().Name); // name from the sheet
        var classic = ShippedCatalogs.ClassicDefaults;
        Assert.Equal(classic.Tool(AssessmentTool.Iit), catalog.Tool(AssessmentTool.Iit));
        Assert.Same(classic.Scoring, catalog.Scoring);
        Assert.Empty(catalog.Mapping); // the classic mapping names classic keys; none is in this sheet…
        Assert.NotEmpty(result.Warnings); // …and each dropped link is reported
        Assert.All(result.Warnings, w => Assert.Equal("mapping-dropped", w.Code));
    }

    [Fact]
    public void ThaiHeadersAndValues_AndCombinedHeaders_AreRead()
    {
        var csv = "ปีงบประมาณ|fiscal_year,ตัวชี้วัด,ตัวชี้วัดย่อย,รหัส,ข้อ,รายละเอียด,ข้อมูลปี,ความถี่,คีย์,สถานะ,หมายเหตุ\n"
            + "๒๕๗๐,ตัวชี้วัดที่ ๙,9.1,O1,โครงสร้าง,\"แผนผัง, ทั้งสองฝ่าย\",ปีปัจจุบัน,ครั้งเดียว,structure,ใช้งาน,x\n"
            + "2570,9,9.3,O2,สรุปผลการจัดซื้อจัดจ้างรายเดือน,,ปีปัจจุบัน,รายเดือน,procurement-monthly-summary,,\n"
            + "2570,10,10.1,O3,รายงานผลการดำเนินการป้องกันการทุจริต,,ปีก่อน,รายไตรมาส,,ยังไม่ทราบชื่อ,\n";

        var result = ReadCsv(csv);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var catalog = result.Catalog;
        Assert.Equal(2570, catalog.FiscalYear);
        Assert.Equal("แผนผัง, ทั้งสองฝ่าย", catalog.ItemByCode("O1")!.Details);
        Assert.Equal(ItemFrequency.Monthly, catalog.ItemByCode("O2")!.Frequency);
        Assert.Equal((DataYear.Previous, ItemFrequency.Quarterly, CatalogItemStatus.Gap),
            (catalog.ItemByCode("O3")!.DataYear, catalog.ItemByCode("O3")!.Frequency, catalog.ItemByCode("O3")!.Status));
        // The classic mapping follows the keys the sheet kept.
        Assert.Equal(["O1"], catalog.ItemsFor(EvidenceSource.ForPage("structure")).Select(i => i.Code));
        Assert.Equal(["O2"], catalog.ItemsFor(EvidenceSource.ForCategory("procurement-monthly")).Select(i => i.Code));
        var unknownColumn = Assert.Single(result.Warnings, w => w.Code == "unknown-header");
        Assert.Equal((1, 11), (unknownColumn.Line, unknownColumn.Column));
    }

    [Fact]
    public void FeatureMappings_OfTheBase_FollowTheKeysTheSheetKeeps_AndTheDroppedAreNamed()
    {
        // The sheet has no mapping columns: like the other kinds, feature mappings come from the base catalog.
        var csv = EnglishHeader + ",key\n"
            + "2570,9,9.1,O1,Q&A,,current,once,qna\n"
            + "2570,9,9.5,O2,ข้อมูลสถิติเรื่องร้องเรียน,,current,once,corruption-complaint-statistics\n";

        var result = ReadCsv(csv);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        var catalog = result.Catalog;
        Assert.Equal(["O1"], catalog.ItemsFor(EvidenceSource.ForFeature("qa")).Select(i => i.Code));
        Assert.Equal(["O2"], catalog.ItemsFor(EvidenceSource.ForFeature("complaint-statistics")).Select(i => i.Code));
        Assert.DoesNotContain(catalog.Mapping, m => m.Source == EvidenceSource.ForFeature("corruption-risks"));
        var dropped = Assert.Single(result.Warnings, w => w.Code == "mapping-dropped" && w.Message.Contains("corruption-risk-assessment", StringComparison.Ordinal));
        Assert.Contains("หน้าของระบบ corruption-risks", dropped.Message, StringComparison.Ordinal);

        // Written as JSON and read again, the feature mappings are still there.
        var again = CatalogJson.Read(CatalogJson.Write(catalog));
        Assert.True(again.Succeeded, string.Join("; ", again.Errors));
        Assert.Equal(catalog.Mapping.Select(m => m.Source), again.Catalog.Mapping.Select(m => m.Source));
    }

    [Fact]
    public void EveryRowError_NamesItsLineAndColumn_AndTheFileYieldsNoCatalog()
    {
        var csv = EnglishHeader + "\n"                                   // line 1
            + "2570,9,9.1,O1,Structure,,current,once\n"                   // 2: fine
            + "2570,9,9.1,O1,Structure again,,current,once\n"             // 3: duplicate code (column 4)
            + "2570,11,11.1,O3,Eleven,,current,once\n"                    // 4: unknown indicator (column 2)
            + "2570,9,9.1,O4,,,current,once\n"                            // 5: empty title on an active row (column 5)
            + "2570,9,9.1,O5,Weekly,,current,weekly\n"                    // 6: unknown frequency (column 8)
            + "2570,9,9.1,O6,Next year,,next year,once\n"                 // 7: unknown data year (column 7)
            + "2571,9,9.1,O7,Other year,,current,once\n"                  // 8: a second fiscal year (column 1)
            + "2570,9,9.1,O8,\"Two\nlines\",,current,once\n"             // 9–10: fine, one record over two lines
            + "2570,9,10.2,O9,Wrong sub-indicator,,current,once\n"        // 11: sub-indicator of another indicator (column 3)
            + "2570,9,9.1,O10,Status,,current,once\n";                    // 12: fine

        var result = ReadCsv(csv);

        Assert.Null(result.Catalog);
        Assert.Equal(
            [("duplicate-code", 3, 4), ("unknown-indicator", 4, 2), ("empty-title", 5, 5), ("unknown-frequency", 6, 8),
             ("unknown-data-year", 7, 7), ("multiple-fiscal-years", 8, 1), ("bad-sub-indicator", 11, 3)],
            Where(result));
        Assert.Contains("บรรทัด 2", result.Errors.Single(e => e.Code == "duplicate-code").Message, StringComparison.Ordinal);
        Assert.Contains("2570", result.Errors.Single(e => e.Code == "multiple-fiscal-years").Message, StringComparison.Ordinal);
        Assert.Equal("บรรทัด 6 คอลัมน์ 8 (H)", result.Errors.Single(e => e.Code == "unknown-frequency").Location);
    }

    [Fact]
    public void MissingRequiredHeader_IsAnErrorOnTheHeaderLine()
    {
        var result = ReadCsv("\n\nปีงบประมาณ,ตัวชี้วัด,ตัวชี้วัดย่อย,ข้อ,ข้อมูลปี\n2570,9,9.1,โครงสร้าง,ปีปัจจุบัน\n");

        Assert.Null(result.Catalog);
        Assert.Equal([("missing-header", 3, null), ("missing-header", 3, null)], Where(result));
        Assert.Contains("รหัส", result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("ความถี่", result.Errors[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("duplicate-header", EnglishHeader + ",code\n2570,9,9.1,O1,A,,current,once,O2\n", 1, 9)]
    [InlineData("bad-fiscal-year", EnglishHeader + "\n2024x,9,9.1,O1,A,,current,once\n", 2, 1)]
    [InlineData("bad-code", EnglishHeader + "\n2570,9,9.1,ข้อ 1,A,,current,once\n", 2, 4)]
    [InlineData("unknown-status", EnglishHeader + ",status\n2570,9,9.1,O1,A,,current,once,retired\n", 2, 9)]
    [InlineData("duplicate-key", EnglishHeader + ",key\n2570,9,9.1,O1,A,,current,once,k\n2570,9,9.1,O2,B,,current,once,k\n", 3, 9)]
    [InlineData("no-items", EnglishHeader + "\n,,,,,,,\n", 1, null)]
    public void OtherErrors_AreLocatedToo(string code, string csv, int line, int? column)
    {
        var result = ReadCsv(csv);

        Assert.Null(result.Catalog);
        Assert.Equal([(code, (int?)line, column)], Where(result));
    }

    [Fact]
    public void Windows874File_WithSemicolons_IsRead()
    {
        var text = "ปีงบประมาณ;ตัวชี้วัด;ตัวชี้วัดย่อย;รหัส;ข้อ;ข้อมูลปี;ความถี่\r\n2570;9;9.1;O1;โครงสร้างหน่วยงาน;ปีปัจจุบัน;ครั้งเดียว\r\n";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(874)!.GetBytes(text);

        var result = CatalogCsvReader.Read(new MemoryStream(bytes));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal("โครงสร้างหน่วยงาน", result.Catalog.ItemByCode("O1")!.Title);
    }

    [Fact]
    public void NotText_IsRefusedWithAReason()
    {
        var result = CatalogCsvReader.Read([0x50, 0x4B, 0x03, 0x04, 0, 0, 0, 1, 2, 3]);

        Assert.Null(result.Catalog);
        Assert.Equal("unreadable", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void ReimportOfTheSameYearWithoutKeys_KeepsTheKeysOfThatYear()
    {
        var shipped = ShippedCatalogs.Find(2568)!;
        var csv = FlatSheet.Csv(FlatSheet.FromCatalog(shipped, thai: true, withKey: false));

        var sameYear = ReadCsv(csv, FlatSheet.SameAs(shipped));
        var fromClassic = ReadCsv(csv);

        Assert.True(sameYear.Succeeded && fromClassic.Succeeded);
        Assert.Equal(shipped.AllItems.Select(i => i.Key), sameYear.Catalog!.AllItems.Select(i => i.Key));
        Assert.Equal(shipped.AllItems.Select(i => i.Code), fromClassic.Catalog!.AllItems.Select(i => i.Key));
    }
}
