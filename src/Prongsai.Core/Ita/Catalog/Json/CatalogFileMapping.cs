using System.Globalization;

namespace Prongsai.Core.Ita.Catalog.Json;

/// <summary>Between the JSON shape and the model; missing fields and unknown words become errors with their path.</summary>
internal static class CatalogFileMapping
{
    public static CatalogFile ToFile(CatalogVersion c) => new()
    {
        Format = CatalogJson.FormatId,
        FiscalYear = c.FiscalYear,
        Variant = c.Variant,
        Revision = c.Revision,
        Label = c.Label,
        Unconfirmed = c.Unconfirmed,
        SourceNote = c.SourceNote,
        Tools = c.Tools.Select(t => new ToolFile
        {
            Code = CatalogVocabulary.ToolCode(t.Code),
            Name = t.Name,
            Indicators = t.Indicators.Select(i => new IndicatorFile
            {
                Number = i.Number,
                Name = i.Name,
                SubIndicators = i.SubIndicators.Select(s => new SubIndicatorFile
                {
                    Code = s.Code,
                    Name = s.Name,
                    Items = s.Items.Select(item => new ItemFile
                    {
                        Code = item.Code,
                        Key = item.Key,
                        Title = item.Title,
                        Details = item.Details.Length == 0 ? null : item.Details,
                        DataYear = CatalogVocabulary.Token(item.DataYear),
                        Frequency = CatalogVocabulary.Token(item.Frequency),
                        Status = CatalogVocabulary.Token(item.Status),
                    }).ToList(),
                }).ToList(),
            }).ToList(),
        }).ToList(),
        Mapping = c.Mapping.Select(m => new MappingFile
        {
            Source = CatalogVocabulary.Token(m.Source.Kind),
            Category = m.Source.Category,
            Page = m.Source.Page,
            ReportYear = m.Source.ReportYear is { } year ? CatalogVocabulary.Token(year) : null,
            Feature = m.Source.Feature,
            Items = [.. m.Items],
        }).ToList(),
        Scoring = new ScoringFile
        {
            PassMark = c.Scoring.PassMark,
            Bands = c.Scoring.Bands.Select(b => new BandFile { Code = b.Code, Label = b.Label, MinScore = b.MinScore, MinEachTool = b.MinEachTool }).ToList(),
            Weights = c.Scoring.Weights.Select(w => new WeightFile { Tool = CatalogVocabulary.ToolCode(w.Tool), Percent = w.Percent }).ToList(),
        },
    };

    public static CatalogVersion? ToCatalog(CatalogFile f, List<CatalogError> errors)
    {
        void Missing(string path, string what) => errors.Add(new CatalogError("missing-field", $"ไม่มี{what}", path));
        void Unknown(string path, string? value, string allowed) =>
            errors.Add(new CatalogError("unknown-value", $"ไม่รู้จักค่า \"{value}\" (ใช้ได้: {allowed})", path));

        if (f.Format != CatalogJson.FormatId)
        {
            errors.Add(new CatalogError("bad-format", $"ช่อง format ต้องเป็น \"{CatalogJson.FormatId}\"", "$.format"));
        }

        if (f.FiscalYear is null)
        {
            Missing("$.fiscalYear", "ปีงบประมาณ (fiscalYear)");
        }

        if (f.Label is null)
        {
            Missing("$.label", "ชื่อรายการ (label)");
        }

        if (f.Tools is null)
        {
            Missing("$.tools", "เครื่องมือ (tools)");
        }

        if (f.Scoring is null)
        {
            Missing("$.scoring", "เกณฑ์คะแนน (scoring)");
        }

        var tools = new List<CatalogTool>();
        for (var t = 0; t < (f.Tools?.Count ?? 0); t++)
        {
            var tf = f.Tools![t];
            var toolPath = P($"$.tools[{t}]");
            var code = CatalogVocabulary.ParseTool(tf.Code);
            if (code is null)
            {
                Unknown(toolPath + ".code", tf.Code, "IIT, EIT, OIT");
            }

            var indicators = new List<CatalogIndicator>();
            for (var i = 0; i < (tf.Indicators?.Count ?? 0); i++)
            {
                var inf = tf.Indicators![i];
                var indicatorPath = P($"{toolPath}.indicators[{i}]");
                if (inf.Number is null)
                {
                    Missing(indicatorPath + ".number", "หมายเลขตัวชี้วัด (number)");
                }

                var subs = new List<CatalogSubIndicator>();
                for (var s = 0; s < (inf.SubIndicators?.Count ?? 0); s++)
                {
                    var sf = inf.SubIndicators![s];
                    var subPath = P($"{indicatorPath}.subIndicators[{s}]");
                    if (sf.Code is null)
                    {
                        Missing(subPath + ".code", "รหัสตัวชี้วัดย่อย (code)");
                    }

                    var items = new List<CatalogItem>();
                    for (var n = 0; n < (sf.Items?.Count ?? 0); n++)
                    {
                        items.Add(ToItem(sf.Items![n], P($"{subPath}.items[{n}]"), Missing, Unknown));
                    }

                    subs.Add(new CatalogSubIndicator(sf.Code ?? "", sf.Name ?? "", items));
                }

                indicators.Add(new CatalogIndicator(inf.Number ?? 0, inf.Name ?? "", subs));
            }

            tools.Add(new CatalogTool(code ?? AssessmentTool.Oit, tf.Name ?? "", indicators));
        }

        var mapping = new List<EvidenceMapping>();
        for (var m = 0; m < (f.Mapping?.Count ?? 0); m++)
        {
            var mf = f.Mapping![m];
            var path = P($"$.mapping[{m}]");
            var kind = CatalogVocabulary.ParseSourceKind(mf.Source);
            if (kind is null)
            {
                Unknown(path + ".source", mf.Source, "category, page, measures-report, feature");
                continue;
            }

            DataYear? reportYear = null;
            if (mf.ReportYear is not null)
            {
                reportYear = CatalogVocabulary.ParseDataYear(mf.ReportYear);
                if (reportYear is null)
                {
                    Unknown(path + ".reportYear", mf.ReportYear, "current, previous");
                }
            }

            mapping.Add(new EvidenceMapping(new EvidenceSource(kind.Value, mf.Category, mf.Page, reportYear, mf.Feature), mf.Items ?? []));
        }

        var bands = new List<ScoreBand>();
        for (var b = 0; b < (f.Scoring?.Bands?.Count ?? 0); b++)
        {
            var bf = f.Scoring!.Bands![b];
            if (bf.MinScore is null)
            {
                Missing(P($"$.scoring.bands[{b}].minScore"), "คะแนนต่ำสุดของช่วง (minScore)");
            }

            bands.Add(new ScoreBand(bf.Code ?? "", bf.Label ?? "", bf.MinScore ?? 0, bf.MinEachTool));
        }

        var weights = new List<ToolWeight>();
        for (var w = 0; w < (f.Scoring?.Weights?.Count ?? 0); w++)
        {
            var wf = f.Scoring!.Weights![w];
            var tool = CatalogVocabulary.ParseTool(wf.Tool);
            if (tool is null)
            {
                Unknown(P($"$.scoring.weights[{w}].tool"), wf.Tool, "IIT, EIT, OIT");
                continue;
            }

            weights.Add(new ToolWeight(tool.Value, wf.Percent ?? 0));
        }

        if (f.Scoring is not null && f.Scoring.PassMark is null)
        {
            Missing("$.scoring.passMark", "เกณฑ์ผ่าน (passMark)");
        }

        if (errors.Count > 0)
        {
            return null;
        }

        return new CatalogVersion(
            f.FiscalYear!.Value,
            f.Variant ?? CatalogVersion.DefaultVariant,
            f.Revision ?? 1,
            f.Label!,
            f.Unconfirmed ?? false,
            string.IsNullOrWhiteSpace(f.SourceNote) ? null : f.SourceNote,
            tools,
            mapping,
            new CatalogScoring(f.Scoring!.PassMark!.Value, bands, weights));
    }

    private static CatalogItem ToItem(ItemFile f, string path, Action<string, string> missing, Action<string, string?, string> unknown)
    {
        if (f.Code is null)
        {
            missing(path + ".code", "รหัสข้อ (code)");
        }

        var dataYear = f.DataYear is null ? DataYear.Current : CatalogVocabulary.ParseDataYear(f.DataYear);
        if (dataYear is null)
        {
            unknown(path + ".dataYear", f.DataYear, "current, previous");
        }

        var frequency = f.Frequency is null ? ItemFrequency.Once : CatalogVocabulary.ParseFrequency(f.Frequency);
        if (frequency is null)
        {
            unknown(path + ".frequency", f.Frequency, "once, monthly, quarterly, half-yearly");
        }

        var status = f.Status is null ? CatalogItemStatus.Active : CatalogVocabulary.ParseStatus(f.Status);
        if (status is null)
        {
            unknown(path + ".status", f.Status, "active, gap, retired");
        }

        var code = (f.Code ?? "").Trim();
        return new CatalogItem(
            code,
            string.IsNullOrWhiteSpace(f.Key) ? code : f.Key.Trim(),
            (f.Title ?? "").Trim(),
            (f.Details ?? "").Trim(),
            dataYear ?? DataYear.Current,
            frequency ?? ItemFrequency.Once,
            status ?? CatalogItemStatus.Active);
    }

    private static string P(FormattableString path) => path.ToString(CultureInfo.InvariantCulture);
}
