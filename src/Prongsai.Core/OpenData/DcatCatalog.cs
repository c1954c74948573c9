using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Prongsai.Core.Calendar;

namespace Prongsai.Core.OpenData;

/// <summary>
/// DCAT catalogs as JSON-LD with an inline @context (no remote context to fetch), in the DCAT-AP shape that CKAN's
/// ckanext-dcat harvester reads: dcat:Catalog → dcat:dataset (dct:title/description in Thai, dcat:keyword,
/// dct:publisher, dct:spatial, dct:temporal, dct:modified) → dcat:distribution (dcat:accessURL/downloadURL, dct:format,
/// dcat:mediaType, dct:license). The installation-wide catalog is paged with hydra:PagedCollection/hydra:nextPage,
/// the paging ckanext-dcat follows.
/// </summary>
public static class DcatCatalog
{
    public const string MediaType = "application/ld+json";
    public const string PlatformName = "ระบบโปร่งใส (Prongsai)";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>One organization's catalog: /{org}/data/catalog.jsonld.</summary>
    public static byte[] ForOrganization(OrganizationDatasets organization, string baseUrl)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            Context(json);
            json.WriteString("@id", $"{baseUrl}/{organization.Slug}/data/catalog.jsonld");
            json.WriteString("@type", "dcat:Catalog");
            Thai(json, "dct:title", "ชุดข้อมูลเปิดของ" + organization.Name);
            Thai(json, "dct:description", $"ชุดข้อมูลที่{organization.Name}เผยแพร่เป็นข้อมูลเปิด: แผนการใช้จ่ายงบประมาณ การจัดซื้อจัดจ้าง (รวมถึงมาตรฐาน OCDS) และรายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส สัญญาอนุญาต CC BY 4.0");
            Publisher(json, organization, baseUrl);
            CatalogCommon(json, $"{baseUrl}/{organization.Slug}/data", organization.Datasets);
            json.WriteStartArray("dcat:dataset");
            foreach (var dataset in organization.Datasets)
            {
                Dataset(json, organization, dataset, baseUrl);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// One page of the installation-wide catalog: every dataset of the organizations on that page, each with its own
    /// publisher. <paramref name="page"/> is 1-based; <paramref name="pageCount"/> is at least 1.
    /// </summary>
    public static byte[] ForPlatform(IReadOnlyList<OrganizationDatasets> organizations, string baseUrl, int page, int pageCount, int publishingOrganizations, int perPage)
    {
        var self = $"{baseUrl}/data/catalog.jsonld";
        string PageUrl(int n) => string.Create(CultureInfo.InvariantCulture, $"{self}?page={n}");
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            Context(json);
            json.WriteStartArray("@graph");

            json.WriteStartObject();
            json.WriteString("@id", self);
            json.WriteString("@type", "dcat:Catalog");
            Thai(json, "dct:title", "ชุดข้อมูลเปิดขององค์กรปกครองส่วนท้องถิ่นบน" + PlatformName);
            Thai(json, "dct:description", "ชุดข้อมูลเปิดทุกชุดที่องค์กรปกครองส่วนท้องถิ่นเผยแพร่บนระบบนี้: แผนการใช้จ่ายงบประมาณ การจัดซื้อจัดจ้าง (รวมถึงมาตรฐาน OCDS) และรายงานมาตรการส่งเสริมคุณธรรมและความโปร่งใส สัญญาอนุญาต CC BY 4.0 แบ่งเป็นหน้า (hydra:nextPage)");
            json.WriteStartObject("dct:publisher");
            json.WriteString("@id", baseUrl + "/");
            json.WriteString("@type", "foaf:Organization");
            Thai(json, "foaf:name", PlatformName);
            json.WriteEndObject();
            var all = organizations.SelectMany(o => o.Datasets).Where(d => !d.IsSample).ToList();
            CatalogCommon(json, baseUrl + "/", all);
            json.WriteStartArray("dcat:dataset");
            foreach (var organization in organizations)
            {
                // Demo content is shown on the organization's own catalog as a sample; a national portal must not take it for real data.
                foreach (var dataset in organization.Datasets.Where(d => !d.IsSample))
                {
                    Dataset(json, organization, dataset, baseUrl);
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteStartObject();
            json.WriteString("@id", PageUrl(page));
            json.WriteString("@type", "hydra:PagedCollection");
            json.WriteNumber("hydra:totalItems", publishingOrganizations);
            json.WriteNumber("hydra:itemsPerPage", perPage);
            json.WriteString("hydra:firstPage", PageUrl(1));
            json.WriteString("hydra:lastPage", PageUrl(pageCount));
            if (page > 1)
            {
                json.WriteString("hydra:previousPage", PageUrl(page - 1));
            }

            if (page < pageCount)
            {
                json.WriteString("hydra:nextPage", PageUrl(page + 1));
            }

            json.WriteEndObject();

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void Context(Utf8JsonWriter json)
    {
        json.WriteStartObject("@context");
        json.WriteString("dcat", "http://www.w3.org/ns/dcat#");
        json.WriteString("dct", "http://purl.org/dc/terms/");
        json.WriteString("foaf", "http://xmlns.com/foaf/0.1/");
        json.WriteString("skos", "http://www.w3.org/2004/02/skos/core#");
        json.WriteString("hydra", "http://www.w3.org/ns/hydra/core#");
        json.WriteString("xsd", "http://www.w3.org/2001/XMLSchema#");
        foreach (var term in new[] { "dct:issued", "dct:modified" })
        {
            Typed(json, term, "xsd:dateTime");
        }

        foreach (var term in new[] { "dcat:startDate", "dcat:endDate" })
        {
            Typed(json, term, "xsd:date");
        }

        foreach (var term in new[] { "dct:license", "dct:language", "dcat:accessURL", "dcat:downloadURL", "dcat:landingPage", "foaf:homepage",
                     "hydra:firstPage", "hydra:lastPage", "hydra:nextPage", "hydra:previousPage" })
        {
            Typed(json, term, "@id");
        }

        json.WriteEndObject();
    }

    private static void Typed(Utf8JsonWriter json, string term, string type)
    {
        json.WriteStartObject(term);
        json.WriteString("@type", type);
        json.WriteEndObject();
    }

    private static void CatalogCommon(Utf8JsonWriter json, string homepage, IReadOnlyCollection<Dataset> datasets)
    {
        json.WriteString("foaf:homepage", homepage);
        json.WriteString("dct:language", "http://id.loc.gov/vocabulary/iso639-1/th");
        json.WriteString("dct:license", OpenDataLicence.Url);
        if (datasets.Count > 0)
        {
            json.WriteString("dct:modified", Instant(datasets.Max(d => d.Modified)));
        }
    }

    private static void Publisher(Utf8JsonWriter json, OrganizationDatasets organization, string baseUrl)
    {
        json.WriteStartObject("dct:publisher");
        json.WriteString("@id", $"{baseUrl}/{organization.Slug}/");
        json.WriteString("@type", "foaf:Organization");
        Thai(json, "foaf:name", organization.Name);
        json.WriteEndObject();
    }

    private static void Dataset(Utf8JsonWriter json, OrganizationDatasets organization, Dataset dataset, string baseUrl)
    {
        var id = $"{baseUrl}/{organization.Slug}/data#{dataset.Key}";
        json.WriteStartObject();
        json.WriteString("@id", id);
        json.WriteString("@type", "dcat:Dataset");
        json.WriteString("dct:identifier", id);
        Thai(json, "dct:title", dataset.IsSample ? "[ตัวอย่าง] " + dataset.Title : dataset.Title);
        Thai(json, "dct:description", dataset.IsSample ? "ข้อมูลตัวอย่างสำหรับสาธิตระบบ ไม่ใช่ข้อมูลจริง: " + dataset.Description : dataset.Description);
        json.WriteStartArray("dcat:keyword");
        foreach (var keyword in dataset.IsSample ? dataset.Keywords.Append("ข้อมูลตัวอย่าง") : dataset.Keywords)
        {
            ThaiValue(json, keyword);
        }

        json.WriteEndArray();
        json.WriteString("dct:issued", Instant(dataset.Issued));
        json.WriteString("dct:modified", Instant(dataset.Modified));
        Publisher(json, organization, baseUrl);
        if (organization.Province is { } province)
        {
            json.WriteStartObject("dct:spatial");
            json.WriteString("@type", "dct:Location");
            Thai(json, "skos:prefLabel", "จังหวัด" + province);
            json.WriteEndObject();
        }

        var fiscalYear = new FiscalYear(dataset.FiscalYear);
        json.WriteStartObject("dct:temporal");
        json.WriteString("@type", "dct:PeriodOfTime");
        json.WriteString("dcat:startDate", fiscalYear.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteString("dcat:endDate", fiscalYear.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        json.WriteEndObject();
        json.WriteString("dct:license", OpenDataLicence.Url);
        json.WriteString("dcat:landingPage", baseUrl + dataset.LandingPath);
        json.WriteStartArray("dcat:distribution");
        foreach (var distribution in dataset.Distributions)
        {
            var url = baseUrl + distribution.Path;
            json.WriteStartObject();
            json.WriteString("@id", $"{id}-{distribution.Format.ToLowerInvariant().Replace(' ', '-')}");
            json.WriteString("@type", "dcat:Distribution");
            Thai(json, "dct:title", distribution.Title);
            json.WriteString("dcat:accessURL", url);
            json.WriteString("dcat:downloadURL", url);
            json.WriteString("dct:format", distribution.Format);
            json.WriteString("dcat:mediaType", distribution.MediaType);
            json.WriteString("dct:license", OpenDataLicence.Url);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Thai(Utf8JsonWriter json, string property, string text)
    {
        json.WritePropertyName(property);
        ThaiValue(json, text);
    }

    private static void ThaiValue(Utf8JsonWriter json, string text)
    {
        json.WriteStartObject();
        json.WriteString("@value", text);
        json.WriteString("@language", "th");
        json.WriteEndObject();
    }

    private static string Instant(DateTimeOffset at) => OcdsExport.Instant(at);
}
