using Prongsai.Core.Ita.Catalog;
using Prongsai.Core.Ita.Catalog.Flat;
using Prongsai.Core.Text;

namespace Prongsai.Tests.Ita;

/// <summary>Builds flat operator sheets for tests: from a catalog's OIT items, or from literal rows.</summary>
internal static class FlatSheet
{
    public static readonly FlatColumn[] AllColumns = [.. FlatColumns.All];

    /// <summary>One row per OIT item of the catalog, as an operator would type it (Thai or English headers and words).</summary>
    public static List<string[]> FromCatalog(CatalogVersion catalog, bool thai, bool withKey = true)
    {
        var columns = AllColumns.Where(c => withKey || c != FlatColumn.Key).ToArray();
        var rows = new List<string[]> { columns.Select(c => thai ? FlatColumns.Thai(c) : FlatColumns.English(c)).ToArray() };
        foreach (var indicator in catalog.Tool(AssessmentTool.Oit)!.Indicators)
        {
            foreach (var sub in indicator.SubIndicators)
            {
                foreach (var item in sub.Items)
                {
                    rows.Add(columns.Select(c => c switch
                    {
                        FlatColumn.FiscalYear => catalog.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        FlatColumn.Indicator => thai ? $"ตัวชี้วัดที่ {indicator.Number} {indicator.Name}" : indicator.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        FlatColumn.SubIndicator => $"{sub.Code} {sub.Name}",
                        FlatColumn.Code => item.Code,
                        FlatColumn.Title => item.Title,
                        FlatColumn.Details => item.Details,
                        FlatColumn.DataYear => thai ? CatalogVocabulary.Thai(item.DataYear) : CatalogVocabulary.Token(item.DataYear),
                        FlatColumn.Frequency => thai ? CatalogVocabulary.Thai(item.Frequency) : CatalogVocabulary.Token(item.Frequency),
                        FlatColumn.Key => item.Key,
                        FlatColumn.Status => thai ? CatalogVocabulary.Thai(item.Status) : CatalogVocabulary.Token(item.Status),
                        _ => "",
                    }).ToArray());
                }
            }
        }

        return rows;
    }

    public static string Csv(IEnumerable<string[]> rows)
    {
        using var writer = new StringWriter();
        using (var csv = Prongsai.Core.Text.CsvFiles.CreateWriter(writer))
        {
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(cell);
                }

                csv.EndRecord();
            }
        }

        return writer.ToString();
    }

    public static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    public static FlatCatalogOptions SameAs(CatalogVersion catalog) =>
        new(catalog.Variant, catalog, catalog.Label, catalog.SourceNote, catalog.Unconfirmed);
}
