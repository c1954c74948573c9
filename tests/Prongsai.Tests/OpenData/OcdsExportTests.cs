using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Prongsai.Core.Data;
using Prongsai.Core.OpenData;
using Prongsai.Core.Procurement;
using Prongsai.Core.Tenancy;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.OpenData;

/// <summary>
/// GET /api/v1/orgs/{org}/ocds/{fiscalYear}: every package the tests export is validated against the official OCDS
/// 1.1.5 schemas (offline), and its content checked against the records it came from.
/// </summary>
public sealed class OcdsExportTests
{
    private static readonly DateOnly October = new(2024, 10, 1);
    private static readonly DateOnly November = new(2024, 11, 1);

    [Theory, Providers]
    public async Task A_year_of_procurement_is_a_valid_package_with_every_method_and_stage(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await OpenDataSeed.CreateAsync(app);
        var plan = await org.PlanAsync(2568,
            ("จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ 3", 150_000m, ProcurementMethod.Specific),
            ("ซื้อครุภัณฑ์คอมพิวเตอร์", 48_000m, ProcurementMethod.Specific),
            ("ก่อสร้างอาคารอเนกประสงค์", 2_400_000m, ProcurementMethod.EBidding));
        var specific = await org.RecordAsync(2568, October, "จ้างเหมาซ่อมแซมถนนลูกรัง หมู่ 3", ProcurementMethod.Specific,
            r => r.PlanItemId = plan[0], ("หจก. ทางดี", 149_000m));
        var selection = await org.RecordAsync(2568, October, "จ้างเหมาขุดลอกคลอง", ProcurementMethod.Selection, null,
            ("บริษัท คลองใส จำกัด", 480_000m), ("หจก. น้ำดี", 495_000m), ("ร้านช่างเอก", 499_000m));
        var noBidders = await org.RecordAsync(2568, October, "ซื้อวัสดุสำนักงาน", ProcurementMethod.EMarket,
            r => r.Status = ProcurementStatus.InProgress);
        var cancelled = await org.RecordAsync(2568, October, "ก่อสร้างลานกีฬา", ProcurementMethod.EBidding,
            r => r.Status = ProcurementStatus.Cancelled, ("บริษัท ก่อสร้าง จำกัด", 1_900_000m), ("หจก. สร้างดี", 1_950_000m));
        var undated = await org.RecordAsync(2568, October, "จ้างที่ปรึกษาออกแบบ", ProcurementMethod.Other, r =>
        {
            r.MethodNote = "วิธีพิเศษ (ตามระเบียบเดิม)";
            r.ContractNumber = "12/2568";
            r.ContractDate = null;
            r.Status = ProcurementStatus.Contracted;
        }, ("บริษัท ออกแบบดี จำกัด", 90_000m));
        var unpublished = await org.RecordAsync(2568, November, "ซื้อน้ำมันเชื้อเพลิง ยังไม่เผยแพร่", ProcurementMethod.Specific, null, ("ปั๊มน้ำมันบ้านนา", 20_000m));
        await org.PublishMonthAsync(2568, October);

        var client = app.Client();
        var response = await client.GetAsync($"/api/v1/orgs/{org.Slug}/ocds/2568");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var json = await response.Content.ReadAsStringAsync();
        await AssertValidAsync(json);
        Assert.Equal(json, await client.GetStringAsync($"/api/v1/orgs/{org.Slug}/ocds/2568?again=1")); // stable ids and dates

        var package = JsonNode.Parse(json)!;
        Assert.Equal("1.1", (string?)package["version"]);
        Assert.Equal(OpenDataLicence.Url, (string?)package["license"]);
        Assert.Equal($"http://localhost/api/v1/orgs/{org.Slug}/ocds/2568", (string?)package["uri"]);
        Assert.Equal(org.Organization.Name, (string?)package["publisher"]!["name"]);
        var releases = package["releases"]!.AsArray().Select(r => r!).ToList();
        Assert.Equal(7, releases.Count); // five public records and the two plan items without one
        Assert.DoesNotContain(releases, r => ((string)r["ocid"]!).EndsWith($"-{unpublished.Id}", StringComparison.Ordinal));
        Assert.DoesNotContain("ยังไม่เผยแพร่", json, StringComparison.Ordinal);
        Assert.All(releases, r => Assert.Equal("th", (string?)r["language"]));
        Assert.All(releases, r => Assert.Equal(OcdsExport.BuyerId(org.Slug), (string?)r["buyer"]!["id"]));
        Assert.Equal(releases.Count, releases.Select(r => (string)r["id"]!).Distinct().Count());

        var first = Release(releases, org, specific.Id);
        Assert.Equal(["planning", "tender", "award", "contract"], Tags(first));
        Assert.Equal("2025-03-03T02:30:00Z", (string?)first["date"]);
        Assert.Equal(150_000m, (decimal)first["planning"]!["budget"]!["amount"]!["amount"]!);
        Assert.Equal("limited", (string?)first["tender"]!["procurementMethod"]);
        Assert.Equal("วิธีเฉพาะเจาะจง", (string?)first["tender"]!["procurementMethodDetails"]);
        Assert.Equal(150_000m, (decimal)first["tender"]!["value"]!["amount"]!);
        Assert.Equal("THB", (string?)first["tender"]!["value"]!["currency"]);
        Assert.Contains("ราคากลาง 149,500.00 บาท", (string?)first["tender"]!["description"]);
        Assert.Equal("หจก. ทางดี", (string?)first["awards"]![0]!["suppliers"]![0]!["name"]);
        Assert.Equal(149_000m, (decimal)first["awards"]![0]!["value"]!["amount"]!);
        Assert.Equal("2024-10-10T00:00:00+07:00", (string?)first["contracts"]![0]!["dateSigned"]);
        Assert.Equal((string?)first["awards"]![0]!["id"], (string?)first["contracts"]![0]!["awardID"]);
        Assert.Equal("terminated", (string?)first["contracts"]![0]!["status"]);
        var buyer = first["parties"]!.AsArray().Single(p => (string?)p!["id"] == OcdsExport.BuyerId(org.Slug))!;
        Assert.Equal(["buyer", "procuringEntity"], buyer["roles"]!.AsArray().Select(r => (string)r!).ToArray());
        Assert.Equal(org.Slug, (string?)buyer["identifier"]!["id"]);

        var selective = Release(releases, org, selection.Id);
        Assert.Equal("selective", (string?)selective["tender"]!["procurementMethod"]);
        Assert.Equal(3, (int)selective["tender"]!["numberOfTenderers"]!);
        Assert.Equal(3, selective["tender"]!["tenderers"]!.AsArray().Count);
        Assert.Equal(4, selective["parties"]!.AsArray().Count); // the buyer and three bidders, the winner once
        var winner = selective["parties"]!.AsArray().Single(p => (string?)p!["name"] == "บริษัท คลองใส จำกัด")!;
        Assert.Equal(["tenderer", "supplier"], winner["roles"]!.AsArray().Select(r => (string)r!).ToArray());
        Assert.Equal((string?)winner["id"], (string?)selective["awards"]![0]!["suppliers"]![0]!["id"]);

        var open = Release(releases, org, noBidders.Id);
        Assert.Equal(["planning", "tender"], Tags(open));
        Assert.Equal("open", (string?)open["tender"]!["procurementMethod"]);
        Assert.Equal("active", (string?)open["tender"]!["status"]);
        Assert.Null(open["tender"]!["tenderers"]);
        Assert.Equal(0, (int)open["tender"]!["numberOfTenderers"]!);
        Assert.Null(open["awards"]);

        var cancel = Release(releases, org, cancelled.Id);
        Assert.Equal(["planning", "tenderCancellation"], Tags(cancel));
        Assert.Equal("open", (string?)cancel["tender"]!["procurementMethod"]);
        Assert.Equal("cancelled", (string?)cancel["tender"]!["status"]);
        Assert.Null(cancel["awards"]);
        Assert.Null(cancel["contracts"]);

        var other = Release(releases, org, undated.Id);
        Assert.Null(other["tender"]!["procurementMethod"]);
        Assert.Equal("วิธีพิเศษ (ตามระเบียบเดิม)", (string?)other["tender"]!["procurementMethodDetails"]);
        Assert.Equal("12/2568", (string?)other["contracts"]![0]!["id"]);
        Assert.Null(other["contracts"]![0]!["dateSigned"]);
        Assert.Equal("active", (string?)other["contracts"]![0]!["status"]);

        var planOnly = releases.Single(r => (string)r["ocid"]! == $"{OcdsOptions.PlaceholderPrefix}-{org.Slug}-plan-{plan[2]}");
        Assert.Equal(["planning"], Tags(planOnly));
        Assert.Equal("planned", (string?)planOnly["tender"]!["status"]);
        Assert.Equal(2_400_000m, (decimal)planOnly["planning"]!["budget"]!["amount"]!["amount"]!);
        Assert.DoesNotContain(releases, r => ((string)r["ocid"]!).EndsWith($"-plan-{plan[0]}", StringComparison.Ordinal)); // it has its record
    }

    [Theory, Providers]
    public async Task A_year_with_nothing_public_answers_404_in_Thai_because_a_package_needs_a_release(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await OpenDataSeed.CreateAsync(app);
        await org.RecordAsync(2568, October, "จ้างเหมาที่ยังไม่เผยแพร่", ProcurementMethod.Specific, null, ("หจก. ทดสอบ", 10_000m));

        var response = await app.Client().GetAsync($"/api/v1/orgs/{org.Slug}/ocds/2568");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("ยังไม่มีข้อมูลการจัดซื้อจัดจ้างที่เผยแพร่ของปีงบประมาณ พ.ศ. 2568", await response.Content.ReadAsStringAsync());

        // The schema itself refuses an empty package (releases: minItems 1), so the year is "not found", not an empty file.
        await using var scope = app.Scope();
        var empty = new OcdsReleasePackage("http://localhost/x", "1.1", "2025-01-01T00:00:00Z", new OcdsPublisher("ทดสอบ", null, null, null), OpenDataLicence.Url, null, []);
        Assert.Contains(await OcdsSchema.ValidateAsync(System.Text.Encoding.UTF8.GetString(OcdsJson.Serialize(empty))), e => e.Contains("TooFewItems", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_schema_check_catches_a_broken_package()
    {
        var app = Apps.For(DbProvider.Sqlite);
        var org = await OpenDataSeed.CreateAsync(app);
        await org.RecordAsync(2568, October, "จ้างเหมาซ่อมแซมประปา", ProcurementMethod.Specific, null, ("ร้านประปาดี", 8_000m));
        await org.PublishMonthAsync(2568, October);
        var package = JsonNode.Parse(await app.Client().GetStringAsync($"/api/v1/orgs/{org.Slug}/ocds/2568"))!;
        await AssertValidAsync(package.ToJsonString());

        package["releases"]![0]!["tender"]!["procurementMethod"] = "direct-ish";
        package["releases"]![0]!.AsObject().Remove("ocid");
        package["releases"]![0]!["date"] = "5 ต.ค. 2567";
        var errors = await OcdsSchema.ValidateAsync(package.ToJsonString());
        Assert.Contains(errors, e => e.Contains("NotInEnumeration", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("PropertyRequired", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("DateTimeExpected", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task The_ocid_prefix_comes_from_configuration(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await OpenDataSeed.CreateAsync(app);
        var record = await org.RecordAsync(2568, October, "ซื้อวัสดุก่อสร้าง", ProcurementMethod.Specific, null, ("ร้านวัสดุ", 5_000m));
        await org.PublishMonthAsync(2568, October);

        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<CurrentOrganization>().Set(org.Id, org.Slug);
        var export = new OcdsExport(scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>(), Options.Create(new OcdsOptions { OcidPrefix = "ocds-th1234" }));
        var package = await export.BuildAsync(org.Id, 2568, "https://data.example.go.th");
        Assert.NotNull(package);
        Assert.Equal($"ocds-th1234-{org.Slug}-{record.Id}", package.Releases.Single().Ocid);
        Assert.Equal($"https://data.example.go.th/api/v1/orgs/{org.Slug}/ocds/2568", package.Uri);
        await AssertValidAsync(System.Text.Encoding.UTF8.GetString(OcdsJson.Serialize(package)));
        Assert.Equal(OcdsOptions.PlaceholderPrefix, scope.ServiceProvider.GetRequiredService<IOptions<OcdsOptions>>().Value.Prefix);
    }

    [Theory, Providers]
    public async Task Another_organizations_records_never_appear_and_bad_addresses_are_4xx(DbProvider provider)
    {
        var app = Apps.For(provider);
        var a = await OpenDataSeed.CreateAsync(app);
        var b = await OpenDataSeed.CreateAsync(app);
        var marker = "ของหน่วยงานอื่น" + Guid.NewGuid().ToString("N")[..6];
        await a.RecordAsync(2568, October, "จ้างเหมาตัดหญ้าริมทาง", ProcurementMethod.Specific, null, ("นายสมชาย", 9_000m));
        await a.PublishMonthAsync(2568, October);
        var foreign = await b.RecordAsync(2568, October, "จ้างเหมา " + marker, ProcurementMethod.Selection, null, ("ผู้รับจ้าง " + marker, 90_000m));
        await b.PublishMonthAsync(2568, October);
        await b.PlanAsync(2568, ("แผน " + marker, 1_000m, ProcurementMethod.Specific));

        var client = app.Client();
        var json = await client.GetStringAsync($"/api/v1/orgs/{a.Slug}/ocds/2568");
        await AssertValidAsync(json);
        Assert.DoesNotContain(marker, json, StringComparison.Ordinal);
        Assert.DoesNotContain($"-{foreign.Id}\"", json, StringComparison.Ordinal);
        Assert.Single(JsonNode.Parse(json)!["releases"]!.AsArray());
        var theirs = await client.GetStringAsync($"/api/v1/orgs/{b.Slug}/ocds/2568");
        await AssertValidAsync(theirs);
        Assert.Contains(marker, theirs, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/v1/orgs/no-such-org-here/ocds/2568")).StatusCode);
        foreach (var year in new[] { "2024", "99999", "-1", "0" })
        {
            var response = await client.GetAsync($"/api/v1/orgs/{a.Slug}/ocds/{year}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("ปีงบประมาณต้องเป็นปี พ.ศ.", await response.Content.ReadAsStringAsync());
        }

        foreach (var year in new[] { "abc", "2568.5", "99999999999", "%E0%B9%92%E0%B9%95%E0%B9%96%E0%B9%98" })
        {
            var status = (await client.GetAsync($"/api/v1/orgs/{a.Slug}/ocds/{year}")).StatusCode;
            Assert.True(status is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{year} → {status}");
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/orgs/{a.Slug}/ocds/2567")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_open_data_endpoints()
    {
        var document = JsonNode.Parse(await Apps.For(DbProvider.Sqlite).Client().GetStringAsync("/openapi/v1.json"))!;
        var ocds = document["paths"]!["/api/v1/orgs/{org}/ocds/{fiscalYear}"]!["get"]!;
        Assert.Equal("Open data", (string?)ocds["tags"]![0]);
        Assert.Contains("OCDS 1.1.5", (string?)ocds["summary"]);
        Assert.Contains("ocid", (string?)ocds["description"]);
        Assert.NotNull(ocds["responses"]!["200"]!["content"]!["application/json"]);
        Assert.NotNull(ocds["responses"]!["400"]);
        Assert.NotNull(ocds["responses"]!["404"]);
        Assert.Contains(ocds["parameters"]!.AsArray(), p => (string?)p!["name"] == "fiscalYear");
        Assert.NotNull(document["paths"]!["/{org}/data/catalog.jsonld"]!["get"]!["responses"]!["200"]!["content"]!["application/ld+json"]);
        Assert.NotNull(document["paths"]!["/data/catalog.jsonld"]);
    }

    internal static async Task AssertValidAsync(string json)
    {
        var errors = await OcdsSchema.ValidateAsync(json);
        Assert.True(errors.Count == 0, "OCDS 1.1.5 schema errors:\n" + string.Join("\n", errors.Take(30)));
    }

    private static JsonNode Release(List<JsonNode> releases, OpenDataSeed org, int recordId) =>
        releases.Single(r => (string)r["ocid"]! == string.Create(CultureInfo.InvariantCulture, $"{OcdsOptions.PlaceholderPrefix}-{org.Slug}-{recordId}"));

    private static string[] Tags(JsonNode release) => release["tag"]!.AsArray().Select(t => (string)t!).ToArray();
}
