using System.Globalization;
using System.Text.RegularExpressions;
using Prongsai.Core.Publishing;

namespace Prongsai.Core.Ita.Catalog;

/// <summary>
/// Checks a catalog as a whole, whatever file it came from. Paths follow the JSON format (docs/ita-catalog.md),
/// so a JSON file's errors point at the offending field; the flat readers check rows first and use this as the
/// last word on the assembled catalog.
/// </summary>
public static partial class CatalogValidator
{
    public const int MinFiscalYear = 2500;
    public const int MaxFiscalYear = 2700;

    public static IReadOnlyList<CatalogError> Validate(CatalogVersion catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var errors = new List<CatalogError>();
        void Add(string code, string message, string path) => errors.Add(new CatalogError(code, message, path));

        if (catalog.FiscalYear is < MinFiscalYear or > MaxFiscalYear)
        {
            Add("bad-fiscal-year", Text($"ปีงบประมาณต้องเป็นปี พ.ศ. {MinFiscalYear}–{MaxFiscalYear} (ได้ {catalog.FiscalYear})"), "$.fiscalYear");
        }

        if (!VariantPattern().IsMatch(catalog.Variant))
        {
            Add("bad-variant", "ชื่อรูปแบบรายการ (variant) ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ - ไม่เกิน 32 ตัว เช่น lao", "$.variant");
        }

        if (catalog.Revision < 1)
        {
            Add("bad-revision", "ฉบับปรับปรุง (revision) ต้องเป็นจำนวนเต็มตั้งแต่ 1", "$.revision");
        }

        if (string.IsNullOrWhiteSpace(catalog.Label))
        {
            Add("empty-label", "ต้องระบุชื่อรายการ (label)", "$.label");
        }

        ValidateTools(catalog, Add);
        ValidateMapping(catalog, Add);
        ValidateScoring(catalog, Add);
        return errors;
    }

    private static void ValidateTools(CatalogVersion catalog, Action<string, string, string> add)
    {
        if (catalog.Tool(AssessmentTool.Oit) is null)
        {
            add("missing-oit", "รายการต้องมีเครื่องมือ OIT", "$.tools");
        }

        var tools = new HashSet<AssessmentTool>();
        var indicators = new HashSet<int>();
        var subIndicators = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var t = 0; t < catalog.Tools.Count; t++)
        {
            var tool = catalog.Tools[t];
            var toolPath = Text($"$.tools[{t}]");
            if (!tools.Add(tool.Code))
            {
                add("duplicate-tool", Text($"เครื่องมือ {CatalogVocabulary.ToolCode(tool.Code)} ซ้ำ"), toolPath + ".code");
            }

            if (string.IsNullOrWhiteSpace(tool.Name))
            {
                add("empty-name", "ต้องระบุชื่อเครื่องมือ", toolPath + ".name");
            }

            for (var i = 0; i < tool.Indicators.Count; i++)
            {
                var indicator = tool.Indicators[i];
                var indicatorPath = Text($"{toolPath}.indicators[{i}]");
                if (indicator.Number is < 1 or > 10)
                {
                    add("bad-indicator", Text($"ตัวชี้วัดต้องเป็นหมายเลข 1–10 (ได้ {indicator.Number})"), indicatorPath + ".number");
                }
                else if (!indicators.Add(indicator.Number))
                {
                    add("duplicate-indicator", Text($"ตัวชี้วัดที่ {indicator.Number} ซ้ำ"), indicatorPath + ".number");
                }

                if (string.IsNullOrWhiteSpace(indicator.Name))
                {
                    add("empty-name", "ต้องระบุชื่อตัวชี้วัด", indicatorPath + ".name");
                }

                for (var s = 0; s < indicator.SubIndicators.Count; s++)
                {
                    var sub = indicator.SubIndicators[s];
                    var subPath = Text($"{indicatorPath}.subIndicators[{s}]");
                    if (!SubIndicatorPattern().IsMatch(sub.Code) || !sub.Code.StartsWith(Text($"{indicator.Number}."), StringComparison.Ordinal))
                    {
                        add("bad-sub-indicator", Text($"รหัสตัวชี้วัดย่อย \"{sub.Code}\" ต้องอยู่ในรูป {indicator.Number}.n ตามตัวชี้วัดที่ {indicator.Number}"), subPath + ".code");
                    }
                    else if (!subIndicators.Add(sub.Code))
                    {
                        add("duplicate-sub-indicator", Text($"ตัวชี้วัดย่อย {sub.Code} ซ้ำ"), subPath + ".code");
                    }

                    if (string.IsNullOrWhiteSpace(sub.Name))
                    {
                        add("empty-name", Text($"ต้องระบุชื่อตัวชี้วัดย่อย {sub.Code}"), subPath + ".name");
                    }

                    for (var n = 0; n < sub.Items.Count; n++)
                    {
                        ValidateItem(sub.Items[n], Text($"{subPath}.items[{n}]"), codes, keys, add);
                    }
                }
            }
        }
    }

    private static void ValidateItem(CatalogItem item, string path, HashSet<string> codes, HashSet<string> keys, Action<string, string, string> add)
    {
        if (!ItemCodePattern().IsMatch(item.Code))
        {
            add("bad-code", Text($"รหัสข้อ \"{item.Code}\" ไม่ถูกต้อง (ตัวอักษรตามด้วยตัวเลข เช่น O12)"), path + ".code");
        }
        else if (item.Status != CatalogItemStatus.Retired && !codes.Add(item.Code))
        {
            add("duplicate-code", Text($"รหัสข้อ {item.Code} ซ้ำ"), path + ".code");
        }

        if (!KeyPattern().IsMatch(item.Key))
        {
            add("bad-key", Text($"คีย์ \"{item.Key}\" ไม่ถูกต้อง (อักษรอังกฤษ ตัวเลข . _ - ไม่เกิน 64 ตัว)"), path + ".key");
        }
        else if (!keys.Add(item.Key))
        {
            add("duplicate-key", Text($"คีย์ {item.Key} ซ้ำ: ข้อเดียวกันข้ามปีใช้คีย์เดียวกัน แต่ในรายการหนึ่งคีย์ต้องไม่ซ้ำ"), path + ".key");
        }

        if (item.Status == CatalogItemStatus.Active && string.IsNullOrWhiteSpace(item.Title))
        {
            add("empty-title", Text($"ข้อ {item.Code} ไม่มีชื่อ (ข้อที่ยังไม่ทราบชื่อให้ระบุสถานะ gap)"), path + ".title");
        }
    }

    private static void ValidateMapping(CatalogVersion catalog, Action<string, string, string> add)
    {
        var keys = catalog.AllItems.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
        for (var m = 0; m < catalog.Mapping.Count; m++)
        {
            var entry = catalog.Mapping[m];
            var path = Text($"$.mapping[{m}]");
            var source = entry.Source;
            switch (source.Kind)
            {
                case EvidenceSourceKind.Category when source.Category is null || !SlugPattern().IsMatch(source.Category):
                    add("bad-source", "หมวดเอกสาร (category) ต้องเป็น slug เช่น service-manuals", path + ".category");
                    break;
                case EvidenceSourceKind.Page when OrganizationPages.Kind(source.Page) is null:
                    add("bad-source", Text($"ไม่รู้จักหน้า \"{source.Page}\" (ใช้ได้: {string.Join(", ", OrganizationPages.Kinds.Select(k => k.Key))})"), path + ".page");
                    break;
                case EvidenceSourceKind.MeasuresReport when source.ReportYear is null:
                    add("bad-source", "รายงานผลมาตรการต้องระบุปี (reportYear: current หรือ previous)", path + ".reportYear");
                    break;
                case EvidenceSourceKind.Feature when string.IsNullOrEmpty(source.Feature):
                    add("bad-source", "แหล่งหลักฐานแบบ feature ต้องระบุชื่อแหล่งข้อมูลของระบบ (feature) เช่น qa", path + ".feature");
                    break;
                case EvidenceSourceKind.Feature when !SlugPattern().IsMatch(source.Feature!):
                    // Any well-formed key is accepted, known or not: a feature may ship after the catalog, and until then it never matches.
                    add("bad-source", Text($"ชื่อแหล่งข้อมูลของระบบ (feature) \"{source.Feature}\" ไม่ถูกต้อง ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ - เช่น qa, complaint-statistics"), path + ".feature");
                    break;
            }

            if (entry.Items.Count == 0)
            {
                add("empty-mapping", "แหล่งหลักฐานต้องชี้ไปยังอย่างน้อยหนึ่งข้อ", path + ".items");
            }

            for (var i = 0; i < entry.Items.Count; i++)
            {
                if (!keys.Contains(entry.Items[i]))
                {
                    add("unknown-item", Text($"ไม่มีข้อที่มีคีย์ \"{entry.Items[i]}\" ในรายการนี้"), Text($"{path}.items[{i}]"));
                }
            }
        }
    }

    private static void ValidateScoring(CatalogVersion catalog, Action<string, string, string> add)
    {
        var scoring = catalog.Scoring;
        if (scoring.PassMark is < 0 or > 100)
        {
            add("bad-score", "เกณฑ์ผ่านต้องอยู่ระหว่าง 0–100", "$.scoring.passMark");
        }

        if (scoring.Bands.Count == 0)
        {
            add("no-bands", "ต้องมีช่วงคะแนนอย่างน้อยหนึ่งช่วง", "$.scoring.bands");
        }

        var bandCodes = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < scoring.Bands.Count; b++)
        {
            var band = scoring.Bands[b];
            var path = Text($"$.scoring.bands[{b}]");
            if (string.IsNullOrWhiteSpace(band.Code) || !bandCodes.Add(band.Code))
            {
                add("bad-band", "รหัสช่วงคะแนนต้องไม่ว่างและไม่ซ้ำ", path + ".code");
            }

            if (string.IsNullOrWhiteSpace(band.Label))
            {
                add("bad-band", "ต้องระบุชื่อช่วงคะแนนภาษาไทย", path + ".label");
            }

            if (band.MinScore is < 0 or > 100 || band.MinEachTool is < 0 or > 100)
            {
                add("bad-score", "คะแนนของช่วงต้องอยู่ระหว่าง 0–100", path + ".minScore");
            }

            if (b > 0 && band.MinScore > scoring.Bands[b - 1].MinScore)
            {
                add("bad-band-order", "เรียงช่วงคะแนนจากสูงไปต่ำ", path + ".minScore");
            }
        }

        if (scoring.Bands.Count > 0 && scoring.Bands.All(b => b.MinScore > 0 || b.MinEachTool is not null))
        {
            add("bad-band", "ต้องมีช่วงคะแนนที่เริ่มที่ 0 โดยไม่มีเงื่อนไขรายเครื่องมือ เพื่อให้ทุกคะแนนมีช่วง", "$.scoring.bands");
        }

        var weighted = new HashSet<AssessmentTool>();
        for (var w = 0; w < scoring.Weights.Count; w++)
        {
            var weight = scoring.Weights[w];
            var path = Text($"$.scoring.weights[{w}]");
            if (catalog.Tool(weight.Tool) is null || !weighted.Add(weight.Tool))
            {
                add("bad-weight", Text($"น้ำหนักของ {CatalogVocabulary.ToolCode(weight.Tool)} ต้องเป็นของเครื่องมือในรายการและไม่ซ้ำ"), path + ".tool");
            }

            if (weight.Percent is <= 0 or > 100)
            {
                add("bad-weight", "น้ำหนักต้องมากกว่า 0 และไม่เกิน 100", path + ".percent");
            }
        }

        if (scoring.Weights.Count > 0 && scoring.Weights.Sum(w => w.Percent) != 100)
        {
            add("bad-weight", Text($"น้ำหนักรวมต้องเท่ากับ 100 (ได้ {scoring.Weights.Sum(w => w.Percent)})"), "$.scoring.weights");
        }
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,31}$")]
    internal static partial Regex VariantPattern();

    [GeneratedRegex("^[0-9]{1,2}\\.[0-9]{1,2}$")]
    private static partial Regex SubIndicatorPattern();

    [GeneratedRegex("^[A-Za-z]{1,4}[0-9]{1,3}$")]
    private static partial Regex ItemCodePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex SlugPattern();
}
