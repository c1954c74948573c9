namespace Prongsai.Core.Ita.Catalog.Flat;

/// <summary>The columns of the flat operator sheet, one row per OIT item.</summary>
public enum FlatColumn
{
    FiscalYear,
    Indicator,
    SubIndicator,
    Code,
    Title,
    Details,
    DataYear,
    Frequency,
    Key,
    Status,
}

/// <summary>Header names (Thai or English, as docs/ita-catalog.md lists them) and which columns are required.</summary>
public static class FlatColumns
{
    public static IReadOnlyList<FlatColumn> All { get; } = Enum.GetValues<FlatColumn>();

    public static string Thai(FlatColumn column) => column switch
    {
        FlatColumn.FiscalYear => "ปีงบประมาณ",
        FlatColumn.Indicator => "ตัวชี้วัด",
        FlatColumn.SubIndicator => "ตัวชี้วัดย่อย",
        FlatColumn.Code => "รหัส",
        FlatColumn.Title => "ข้อ",
        FlatColumn.Details => "รายละเอียด",
        FlatColumn.DataYear => "ข้อมูลปี",
        FlatColumn.Frequency => "ความถี่",
        FlatColumn.Key => "คีย์",
        FlatColumn.Status => "สถานะ",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    public static string English(FlatColumn column) => column switch
    {
        FlatColumn.FiscalYear => "fiscal_year",
        FlatColumn.Indicator => "indicator",
        FlatColumn.SubIndicator => "sub_indicator",
        FlatColumn.Code => "code",
        FlatColumn.Title => "title",
        FlatColumn.Details => "details",
        FlatColumn.DataYear => "data_year",
        FlatColumn.Frequency => "frequency",
        FlatColumn.Key => "key",
        FlatColumn.Status => "status",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    /// <summary>Details, key and status may be left out; every other column must be in the header.</summary>
    public static bool IsRequired(FlatColumn column) => column is not (FlatColumn.Details or FlatColumn.Key or FlatColumn.Status);

    /// <summary>
    /// The column a header cell names: the Thai or the English name, ignoring case and spaces; a cell holding
    /// both ("ปีงบประมาณ|fiscal_year", "ปีงบประมาณ (fiscal_year)") or a note ("ปีงบประมาณ (พ.ศ.)") is matched by its parts.
    /// </summary>
    public static FlatColumn? Match(string header)
    {
        foreach (var part in (header ?? "").Split(['|', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var name = CatalogVocabulary.Normalize(part).Replace(' ', '_');
            foreach (var column in All)
            {
                if (name == Thai(column) || name == English(column) || name.Replace("_", "", StringComparison.Ordinal) == English(column).Replace("_", "", StringComparison.Ordinal))
                {
                    return column;
                }
            }
        }

        return null;
    }
}
