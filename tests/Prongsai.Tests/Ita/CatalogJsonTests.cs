using System.Text.Json.Nodes;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Json;

namespace Prongsai.Tests.Ita;

public class CatalogJsonTests
{
    private const string FirstItem = "$.tools[2].indicators[0].subIndicators[0].items";

    private static string ShippedText(string name)
    {
        using var reader = new StreamReader(ShippedCatalogs.Open(name));
        return reader.ReadToEnd();
    }

    /// <summary>The classic FY2567 file with one change applied, read back.</summary>
    private static CatalogReadResult ReadChanged(Action<JsonNode> change)
    {
        var root = JsonNode.Parse(ShippedText("lao-2567.json"))!;
        change(root);
        return CatalogJson.Read(root.ToJsonString());
    }

    private static CatalogError SingleError(CatalogReadResult result)
    {
        Assert.False(result.Succeeded);
        Assert.Null(result.Catalog);
        return Assert.Single(result.Errors);
    }

    [Theory]
    [InlineData("lao-2566.json")]
    [InlineData("lao-2567.json")]
    [InlineData("lao-2568.json")]
    [InlineData("lao-2569.json")]
    public void ShippedFiles_AreExactlyWhatTheWriterWrites(string name)
    {
        var text = ShippedText(name);
        var read = CatalogJson.Read(text);

        Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        Assert.Equal(text, CatalogJson.Write(read.Catalog));
    }

    [Fact]
    public void WriteThenRead_RoundTripsEveryField()
    {
        var classic = ShippedCatalogs.ClassicDefaults;
        var oit = classic.Tool(AssessmentTool.Oit)!;
        var sub = oit.Indicators[0].SubIndicators[0];
        var changed = classic with
        {
            Variant = "school",
            Revision = 3,
            Unconfirmed = true,
            SourceNote = null,
            Tools = classic.Tools.Select(t => t.Code != AssessmentTool.Oit ? t : t with
            {
                Indicators = [oit.Indicators[0] with
                {
                    SubIndicators = [sub with
                    {
                        Items = [.. sub.Items,
                            new CatalogItem("O8", "old-qna", "ถาม-ตอบ (เดิม)", "", DataYear.Previous, ItemFrequency.HalfYearly, CatalogItemStatus.Retired),
                            new CatalogItem("O50", "gap-x", "", "ยังไม่ทราบ \"ชื่อ\"", DataYear.Current, ItemFrequency.Quarterly, CatalogItemStatus.Gap)],
                    }, .. oit.Indicators[0].SubIndicators.Skip(1)],
                }, oit.Indicators[1]],
            }).ToList(),
        };

        var json = CatalogJson.Write(changed);
        var read = CatalogJson.Read(json);

        Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        var back = read.Catalog;
        Assert.Equal(json, CatalogJson.Write(back));
        Assert.Equal(("school", 3, true, (string?)null), (back.Variant, back.Revision, back.Unconfirmed, back.SourceNote));
        Assert.Equal(changed.AllItems, back.AllItems); // items are flat records: value equality
        var retired = back.ItemByKey("old-qna")!;
        Assert.Equal((CatalogItemStatus.Retired, ItemFrequency.HalfYearly, DataYear.Previous), (retired.Status, retired.Frequency, retired.DataYear));
        Assert.Equal("O8", back.ItemByCode("O8")!.Code); // the active O8 (qna); the retired one shares the code
        Assert.Equal("qna", back.ItemByCode("O8")!.Key);
        Assert.Equal(classic.Mapping.Select(m => m.Source), back.Mapping.Select(m => m.Source));
        Assert.Equal(classic.Scoring.Bands, back.Scoring.Bands);
        Assert.Equal(classic.Scoring.Weights, back.Scoring.Weights);
        Assert.Contains("\"title\": \"ถาม-ตอบ (เดิม)\"", json, StringComparison.Ordinal); // Thai as characters
    }

    [Fact]
    public void MalformedJson_NamesLineAndColumn()
    {
        var error = SingleError(CatalogJson.Read("{\n  \"format\": \"prongsai-ita-catalog/1\",\n  \"fiscalYear\": 25x68\n}"));

        Assert.Equal("bad-json", error.Code);
        Assert.Equal(3, error.Line);
        Assert.Equal("$.fiscalYear", error.Path);
        Assert.Contains("ไวยากรณ์", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongType_IsReportedAtItsPath()
    {
        var error = SingleError(ReadChanged(root => root["fiscalYear"] = "2567"));

        Assert.Equal(("bad-json", "$.fiscalYear"), (error.Code, error.Path));
        Assert.Contains("ชนิดข้อมูล", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProperty_IsAnErrorAtItsPath()
    {
        var error = SingleError(ReadChanged(root => root["tools"]![2]!["indicators"]![0]!["subIndicators"]![0]!["items"]![1]!["titel"] = "x"));

        Assert.Equal("bad-json", error.Code);
        Assert.Equal(FirstItem + "[1].titel", error.Path);
        Assert.Contains("ไม่รู้จักช่อง \"titel\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Prongsai", error.Message, StringComparison.Ordinal); // no internal type names
    }

    [Theory]
    [InlineData("frequency", "weekly", "unknown-value")]
    [InlineData("dataYear", "next", "unknown-value")]
    [InlineData("status", "deleted", "unknown-value")]
    [InlineData("title", "", "empty-title")]
    [InlineData("code", "O1", "duplicate-code")]
    [InlineData("code", "ข้อ 2", "bad-code")]
    [InlineData("key", "structure", "duplicate-key")]
    public void BadItemField_IsReportedAtItsJsonPath(string field, string value, string code)
    {
        var result = ReadChanged(root => root["tools"]![2]!["indicators"]![0]!["subIndicators"]![0]!["items"]![1]![field] = value);

        // (Changing the key of O2 also leaves the mapping of the executives page pointing at nothing: a second error.)
        Assert.Null(result.Catalog);
        var error = Assert.Single(result.Errors, e => e.Path == $"{FirstItem}[1].{field}");
        Assert.Equal(code, error.Code);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void CatalogLevelErrors_AreReportedAtTheirPaths()
    {
        Assert.Equal("$.format", SingleError(ReadChanged(r => r["format"] = "other/2")).Path);
        Assert.Equal("$.fiscalYear", SingleError(ReadChanged(r => r.AsObject().Remove("fiscalYear"))).Path);
        Assert.Equal("$.fiscalYear", SingleError(ReadChanged(r => r["fiscalYear"] = 2024)).Path);
        Assert.Equal("$.variant", SingleError(ReadChanged(r => r["variant"] = "LAO Schools")).Path);
        Assert.Equal("$.tools[2].indicators[0].subIndicators[1].code",
            SingleError(ReadChanged(r => r["tools"]![2]!["indicators"]![0]!["subIndicators"]![1]!["code"] = "10.2")).Path);
        Assert.Equal("$.mapping[0].items[0]", SingleError(ReadChanged(r => r["mapping"]![0]!["items"]![0] = "no-such-item")).Path);
        Assert.Equal("$.mapping[0].page", SingleError(ReadChanged(r => r["mapping"]![0]!["page"] = "gallery")).Path);
        Assert.Equal("$.mapping[0].source", SingleError(ReadChanged(r => r["mapping"]![0]!["source"] = "rss")).Path);
        Assert.Equal("$.scoring.weights", SingleError(ReadChanged(r => r["scoring"]!["weights"]![0]!["percent"] = 20)).Path);
        Assert.Equal("$.scoring.passMark", SingleError(ReadChanged(r => r["scoring"]!["passMark"] = 185)).Path);
        Assert.Equal("$.scoring.bands[1].minScore", SingleError(ReadChanged(r => r["scoring"]!["bands"]![1]!["minScore"] = 99)).Path);
    }

    [Fact]
    public void EveryErrorOfAFile_IsReported_AndNoCatalogIsGiven()
    {
        var result = ReadChanged(root =>
        {
            var items = root["tools"]![2]!["indicators"]![0]!["subIndicators"]![0]!["items"]!;
            items[0]!["title"] = "";
            items[2]!["code"] = "O2";
        });

        Assert.Null(result.Catalog);
        Assert.Equal([$"{FirstItem}[0].title", $"{FirstItem}[2].code"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void CommentsTrailingCommasAndABom_AreTolerated()
    {
        var text = ShippedText("lao-2568.json");
        var relaxed = "\uFEFF// รายการปี 2568\n" + text.Replace("\"revision\": 1,", "\"revision\": 1, /* first */", StringComparison.Ordinal)
            .TrimEnd().TrimEnd('}') + ",}";

        var result = CatalogJson.Read(relaxed);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(text, CatalogJson.Write(result.Catalog));
    }

    [Fact]
    public void FeatureMapping_RoundTrips_AndACatalogWithoutOneReadsAsBefore()
    {
        var classic = ShippedCatalogs.ClassicDefaults;
        var changed = classic with
        {
            Mapping = [.. classic.Mapping, new EvidenceMapping(EvidenceSource.ForFeature("not-yet-shipped-2"), ["qna", "opinion-channel"])],
        };

        var json = CatalogJson.Write(changed);
        var read = CatalogJson.Read(json);

        Assert.True(read.Succeeded, string.Join("; ", read.Errors));
        Assert.Equal(json, CatalogJson.Write(read.Catalog));
        Assert.Equal(changed.Mapping.Select(m => (m.Source, string.Join(",", m.Items))), read.Catalog.Mapping.Select(m => (m.Source, string.Join(",", m.Items))));
        Assert.Contains("\"source\": \"feature\",\n      \"feature\": \"not-yet-shipped-2\",\n      \"items\"", json, StringComparison.Ordinal);
        Assert.Equal(["O8", "O32"], read.Catalog.ItemsFor(EvidenceSource.ForFeature("not-yet-shipped-2")).Select(i => i.Code));

        // A file of the three older kinds only (as every catalog before this kind) reads and writes unchanged.
        var root = JsonNode.Parse(ShippedText("lao-2567.json"))!;
        var mapping = root["mapping"]!.AsArray();
        foreach (var entry in mapping.Where(m => (string?)m!["source"] == "feature").ToList())
        {
            mapping.Remove(entry);
        }

        var older = CatalogJson.Read(root.ToJsonString());
        Assert.True(older.Succeeded, string.Join("; ", older.Errors));
        Assert.DoesNotContain(older.Catalog.Mapping, m => m.Source.Kind == EvidenceSourceKind.Feature);
        Assert.DoesNotContain("\"feature\"", CatalogJson.Write(older.Catalog), StringComparison.Ordinal);
        Assert.Equal(classic.Mapping.Where(m => m.Source.Kind != EvidenceSourceKind.Feature).Select(m => m.Source), older.Catalog.Mapping.Select(m => m.Source));
    }

    [Theory]
    [InlineData("Q&A")]
    [InlineData("Gifts")]
    [InlineData("complaint_statistics")]
    [InlineData("-qa")]
    [InlineData("")]
    [InlineData(null)]
    public void FeatureMapping_WithABadKey_IsAThaiErrorAtItsPath(string? feature)
    {
        var index = 0;
        var result = ReadChanged(root =>
        {
            var mapping = root["mapping"]!.AsArray();
            var entry = new JsonObject { ["source"] = "feature", ["items"] = new JsonArray("qna") };
            if (feature is not null)
            {
                entry["feature"] = feature;
            }

            mapping.Add(entry);
            index = mapping.Count - 1;
        });

        var error = SingleError(result);
        Assert.Equal(("bad-source", $"$.mapping[{index}].feature"), (error.Code, error.Path));
        Assert.Contains("แหล่งข้อมูลของระบบ (feature)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FeatureMapping_OfAKeyNoFeatureHasYet_IsAccepted()
    {
        var result = ReadChanged(root => root["mapping"]!.AsArray().Add(new JsonObject
        {
            ["source"] = "feature", ["feature"] = "e-service-2570", ["items"] = new JsonArray("e-service"),
        }));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(["O17"], result.Catalog.ItemsFor(EvidenceSource.ForFeature("e-service-2570")).Select(i => i.Code));
    }

    [Fact]
    public void UnknownSourceKind_NamesTheFeatureKindAmongTheAllowed()
    {
        var error = SingleError(ReadChanged(r => r["mapping"]![0]!["source"] = "features"));

        Assert.Equal(("unknown-value", "$.mapping[0].source"), (error.Code, error.Path));
        Assert.Contains("feature", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[]")]
    public void EmptyOrNotAnObject_IsAnError(string json)
    {
        var result = CatalogJson.Read(json);

        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Errors);
    }
}
