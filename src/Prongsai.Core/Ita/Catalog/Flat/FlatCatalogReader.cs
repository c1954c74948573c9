using System.Globalization;
using System.Text.RegularExpressions;
using Prongsai.Core.Calendar;

namespace Prongsai.Core.Ita.Catalog.Flat;

/// <summary>
/// Reads the flat operator sheet (CSV or XLSX, one row per OIT item, docs/ita-catalog.md) into a catalog version.
/// Every problem names its line and column; a sheet with any error yields no catalog. The revision number is
/// left at 1: <see cref="CatalogRevision"/> numbers it against the version already in use.
/// </summary>
public static partial class FlatCatalogReader
{
    public static CatalogReadResult Read(IReadOnlyList<SheetRow> rows, FlatCatalogOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        options ??= new FlatCatalogOptions();
        var baseCatalog = options.Base ?? ShippedCatalogs.ClassicDefaults;
        var errors = new List<CatalogError>();
        var warnings = new List<CatalogError>();

        var headerIndex = rows.ToList().FindIndex(r => !r.IsBlank);
        if (headerIndex < 0)
        {
            return CatalogReadResult.Failed("empty", "ไฟล์ไม่มีข้อมูล");
        }

        var header = rows[headerIndex];
        var columns = ReadHeader(header, errors, warnings);
        if (errors.Count > 0)
        {
            return CatalogReadResult.Failed(errors, warnings);
        }

        var oit = baseCatalog.Tool(AssessmentTool.Oit);
        var parsed = new List<ParsedRow>();
        var state = new FileState();
        foreach (var row in rows.Skip(headerIndex + 1).Where(r => !r.IsBlank))
        {
            if (ReadRow(row, columns, oit, baseCatalog, options, state, errors) is { } item)
            {
                parsed.Add(item);
            }
        }

        if (parsed.Count == 0 && errors.Count == 0)
        {
            errors.Add(new CatalogError("no-items", "ไม่พบรายการข้อใต้แถวหัวตาราง", Line: header.Line));
        }

        if (errors.Count > 0)
        {
            return CatalogReadResult.Failed(errors, warnings);
        }

        var catalog = Assemble(parsed, state.FiscalYear!.Value, baseCatalog, options, warnings);
        var invalid = CatalogValidator.Validate(catalog);
        return invalid.Count > 0 ? CatalogReadResult.Failed(invalid, warnings) : CatalogReadResult.Ok(catalog, warnings);
    }

    private sealed record ParsedRow(int Line, int Indicator, string SubCode, string? SubName, CatalogItem Item);

    private sealed class FileState
    {
        public int? FiscalYear { get; set; }
        public int FiscalYearLine { get; set; }
        public Dictionary<string, int> CodeLines { get; } = new(StringComparer.OrdinalIgnoreCase);
        public Dictionary<string, int> KeyLines { get; } = new(StringComparer.Ordinal);
    }

    private static Dictionary<FlatColumn, int> ReadHeader(SheetRow header, List<CatalogError> errors, List<CatalogError> warnings)
    {
        var columns = new Dictionary<FlatColumn, int>();
        for (var c = 0; c < header.Cells.Count; c++)
        {
            var text = header.Cells[c];
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (FlatColumns.Match(text) is not { } column)
            {
                warnings.Add(new CatalogError("unknown-header", $"ไม่รู้จักคอลัมน์ \"{text.Trim()}\" — ข้ามคอลัมน์นี้", Line: header.Line, Column: c + 1));
            }
            else if (!columns.TryAdd(column, c))
            {
                errors.Add(new CatalogError("duplicate-header", $"คอลัมน์ \"{FlatColumns.Thai(column)}\" ซ้ำ", Line: header.Line, Column: c + 1));
            }
        }

        foreach (var column in FlatColumns.All.Where(c => FlatColumns.IsRequired(c) && !columns.ContainsKey(c)))
        {
            errors.Add(new CatalogError(
                "missing-header",
                $"ไม่มีคอลัมน์ \"{FlatColumns.Thai(column)}\" หรือ \"{FlatColumns.English(column)}\" ในแถวหัวตาราง",
                Line: header.Line));
        }

        return columns;
    }

    private static ParsedRow? ReadRow(
        SheetRow row, Dictionary<FlatColumn, int> columns, CatalogTool? oit, CatalogVersion baseCatalog,
        FlatCatalogOptions options, FileState state, List<CatalogError> errors)
    {
        var before = errors.Count;
        string Get(FlatColumn column) => columns.TryGetValue(column, out var index) ? Clean(row.Cell(index)) : "";
        void Error(FlatColumn column, string code, string message) =>
            errors.Add(new CatalogError(code, message, Line: row.Line, Column: columns.TryGetValue(column, out var index) ? index + 1 : null));

        var yearText = Get(FlatColumn.FiscalYear);
        if (ParseFiscalYear(yearText) is not { } year)
        {
            Error(FlatColumn.FiscalYear, "bad-fiscal-year", $"ปีงบประมาณ \"{yearText}\" ไม่ถูกต้อง ต้องเป็นปี พ.ศ. เช่น 2568");
        }
        else if (state.FiscalYear is null)
        {
            state.FiscalYear = year;
            state.FiscalYearLine = row.Line;
        }
        else if (state.FiscalYear != year)
        {
            Error(FlatColumn.FiscalYear, "multiple-fiscal-years",
                Text($"ไฟล์หนึ่งต้องมีปีงบประมาณเดียว: แถวนี้เป็นปี {year} แต่บรรทัด {state.FiscalYearLine} เป็นปี {state.FiscalYear}"));
        }

        var indicatorText = Get(FlatColumn.Indicator);
        var indicatorMatch = IndicatorPattern().Match(ThaiDigits.ToAscii(indicatorText));
        var indicator = indicatorMatch.Success ? int.Parse(indicatorMatch.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var known = oit?.Indicators.Select(i => i.Number).ToList() ?? [];
        if (!known.Contains(indicator))
        {
            Error(FlatColumn.Indicator, "unknown-indicator",
                $"ไม่รู้จักตัวชี้วัด \"{indicatorText}\" (ตัวชี้วัดของ OIT: {string.Join(", ", known)})");
        }

        var subText = Get(FlatColumn.SubIndicator);
        var subMatch = SubIndicatorPattern().Match(ThaiDigits.ToAscii(subText));
        var subCode = subMatch.Success ? subMatch.Groups[1].Value : "";
        var subName = subMatch.Success && subMatch.Groups[2].Value.Trim().TrimStart('.', ' ') is { Length: > 0 } name ? name : null;
        if (!subMatch.Success)
        {
            Error(FlatColumn.SubIndicator, "bad-sub-indicator", $"ตัวชี้วัดย่อย \"{subText}\" ต้องขึ้นต้นด้วยรหัส เช่น \"9.1 ข้อมูลพื้นฐาน\"");
        }
        else if (known.Contains(indicator) && !subCode.StartsWith(Text($"{indicator}."), StringComparison.Ordinal))
        {
            Error(FlatColumn.SubIndicator, "bad-sub-indicator", Text($"ตัวชี้วัดย่อย {subCode} ไม่อยู่ในตัวชี้วัดที่ {indicator}"));
        }

        var code = Get(FlatColumn.Code).ToUpperInvariant();
        var codeOk = false;
        if (!ItemCodePattern().IsMatch(code))
        {
            Error(FlatColumn.Code, "bad-code", $"รหัสข้อ \"{code}\" ไม่ถูกต้อง (ตัวอักษรตามด้วยตัวเลข เช่น O12)");
        }
        else if (!state.CodeLines.TryAdd(code, row.Line))
        {
            Error(FlatColumn.Code, "duplicate-code", Text($"รหัสข้อ {code} ซ้ำกับบรรทัด {state.CodeLines[code]}"));
        }
        else
        {
            codeOk = true;
        }

        var statusText = Get(FlatColumn.Status);
        var status = statusText.Length == 0 ? CatalogItemStatus.Active : CatalogVocabulary.ParseStatus(statusText);
        if (status is null or CatalogItemStatus.Retired)
        {
            Error(FlatColumn.Status, "unknown-status", $"ไม่รู้จักสถานะ \"{statusText}\" (ใช้ได้: active/ใช้งาน, gap/ยังไม่ทราบชื่อ)");
        }

        var title = Get(FlatColumn.Title);
        if (title.Length == 0 && status == CatalogItemStatus.Active)
        {
            Error(FlatColumn.Title, "empty-title", $"ข้อ {code} ไม่มีชื่อ (ข้อที่ยังไม่ทราบชื่อให้ระบุสถานะ gap)");
        }

        var dataYearText = Get(FlatColumn.DataYear);
        var dataYear = dataYearText.Length == 0 ? DataYear.Current : CatalogVocabulary.ParseDataYear(dataYearText);
        if (dataYear is null)
        {
            Error(FlatColumn.DataYear, "unknown-data-year", $"ไม่รู้จักข้อมูลปี \"{dataYearText}\" (ใช้ได้: current/ปีปัจจุบัน, previous/ปีก่อน)");
        }

        var frequencyText = Get(FlatColumn.Frequency);
        var frequency = frequencyText.Length == 0 ? ItemFrequency.Once : CatalogVocabulary.ParseFrequency(frequencyText);
        if (frequency is null)
        {
            Error(FlatColumn.Frequency, "unknown-frequency",
                $"ไม่รู้จักความถี่ \"{frequencyText}\" (ใช้ได้: once/ครั้งเดียว, monthly/รายเดือน, quarterly/รายไตรมาส, half-yearly/รายครึ่งปี)");
        }

        var key = Get(FlatColumn.Key);
        var checkKey = codeOk;
        if (key.Length == 0)
        {
            key = DefaultKey(code, state.FiscalYear, baseCatalog, options);
        }
        else if (!KeyPattern().IsMatch(key))
        {
            Error(FlatColumn.Key, "bad-key", $"คีย์ \"{key}\" ไม่ถูกต้อง (อักษรอังกฤษ ตัวเลข . _ - ไม่เกิน 64 ตัว)");
            checkKey = false;
        }
        else
        {
            checkKey = true;
        }

        // A key taken from a bad or repeated code would only repeat that error.
        if (checkKey && !state.KeyLines.TryAdd(key, row.Line))
        {
            Error(FlatColumn.Key, "duplicate-key", Text($"คีย์ {key} ซ้ำกับบรรทัด {state.KeyLines[key]}"));
        }

        if (errors.Count > before)
        {
            return null;
        }

        var item = new CatalogItem(code, key, title, Get(FlatColumn.Details), dataYear!.Value, frequency!.Value, status!.Value);
        return new ParsedRow(row.Line, indicator, subCode, subName, item);
    }

    /// <summary>
    /// Without a key the item is known by its code — except in a re-import of the same year and variant, where the
    /// item that has this code keeps its key, so a sheet exported without keys does not retire every item.
    /// </summary>
    private static string DefaultKey(string code, int? fiscalYear, CatalogVersion baseCatalog, FlatCatalogOptions options) =>
        baseCatalog.FiscalYear == fiscalYear && baseCatalog.Variant == options.Variant && baseCatalog.ItemByCode(code) is { } same
            ? same.Key
            : code;

    private static CatalogVersion Assemble(
        List<ParsedRow> rows, int fiscalYear, CatalogVersion baseCatalog, FlatCatalogOptions options, List<CatalogError> warnings)
    {
        var baseSubNames = baseCatalog.Tools.SelectMany(t => t.Indicators).SelectMany(i => i.SubIndicators)
            .GroupBy(s => s.Code).ToDictionary(g => g.Key, g => g.First().Name, StringComparer.Ordinal);
        var tools = baseCatalog.Tools.Select(tool => tool.Code != AssessmentTool.Oit ? tool : tool with
        {
            Indicators = tool.Indicators.Select(indicator => indicator with
            {
                SubIndicators = rows.Where(r => r.Indicator == indicator.Number)
                    .GroupBy(r => r.SubCode)
                    .Select(g => new CatalogSubIndicator(
                        g.Key,
                        g.Select(r => r.SubName).FirstOrDefault(n => n is not null) ?? baseSubNames.GetValueOrDefault(g.Key) ?? g.Key,
                        g.Select(r => r.Item).ToList()))
                    .ToList(),
            }).ToList(),
        }).ToList();

        var keys = rows.Select(r => r.Item.Key).ToHashSet(StringComparer.Ordinal);
        var mapping = new List<EvidenceMapping>();
        foreach (var entry in baseCatalog.Mapping)
        {
            var kept = entry.Items.Where(keys.Contains).ToList();
            foreach (var dropped in entry.Items.Where(k => !keys.Contains(k)))
            {
                warnings.Add(new CatalogError("mapping-dropped",
                    $"แหล่งหลักฐาน {Describe(entry.Source)} เคยชี้ไปยังข้อที่มีคีย์ \"{dropped}\" ซึ่งไม่มีในไฟล์นี้ — ตัดออก"));
            }

            if (kept.Count > 0)
            {
                mapping.Add(entry with { Items = kept });
            }
        }

        return new CatalogVersion(
            fiscalYear,
            options.Variant,
            1,
            string.IsNullOrWhiteSpace(options.Label) ? Text($"รายการ OIT ปีงบประมาณ พ.ศ. {fiscalYear}") : options.Label.Trim(),
            options.Unconfirmed,
            string.IsNullOrWhiteSpace(options.SourceNote) ? null : options.SourceNote.Trim(),
            tools,
            mapping,
            baseCatalog.Scoring);
    }

    internal static string Describe(EvidenceSource source) => source.Kind switch
    {
        EvidenceSourceKind.Category => "หมวดเอกสาร " + source.Category,
        EvidenceSourceKind.Page => "หน้า " + source.Page,
        EvidenceSourceKind.Feature => "หน้าของระบบ " + source.Feature,
        _ => "รายงานผลมาตรการ" + (source.ReportYear == DataYear.Previous ? "ปีก่อน" : "ปีปัจจุบัน"),
    };

    private static int? ParseFiscalYear(string text)
    {
        var digits = ThaiDigits.ToAscii(text).Replace("พ.ศ.", "", StringComparison.Ordinal).Trim();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= CatalogValidator.MinFiscalYear and <= CatalogValidator.MaxFiscalYear
            ? year
            : null;
    }

    /// <summary>Trimmed, line breaks and runs of spaces made single spaces (cells pasted from Word carry them).</summary>
    private static string Clean(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*(?:ตัวชี้วัดที่\s*)?([0-9]{1,2})(?:[\s.].*)?$")]
    private static partial Regex IndicatorPattern();

    [GeneratedRegex(@"^\s*(?:ตัวชี้วัดย่อย(?:ที่)?\s*)?([0-9]{1,2}\.[0-9]{1,2})(.*)$")]
    private static partial Regex SubIndicatorPattern();

    [GeneratedRegex("^[A-Z]{1,4}[0-9]{1,3}$")]
    private static partial Regex ItemCodePattern();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex KeyPattern();
}
