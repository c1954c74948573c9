using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Text;

namespace Prongsai.Core.Procurement.Import;

/// <summary>
/// Reads a สขร.1 table (CSV, or the cells of an XLSX sheet) into import rows: finds the header row by its Thai titles,
/// reads every line, and collects every warning and every error with its line and column, so the clerk sees them all
/// at once. Pure: duplicates against the database are checked by <see cref="ImportProcurementRecords"/>.
/// </summary>
public static class ProcurementRowReader
{
    /// <summary>How many header rows may come before the table (a title, the organization's name, the month).</summary>
    private const int HeaderSearchRows = 15;

    public const int MaxRows = 5000;

    /// <summary>The largest file a clerk may upload.</summary>
    public const long MaxBytes = 10 * 1024 * 1024;

    public static ProcurementImportPreview Read(IReadOnlyList<IReadOnlyList<string>> table, int fiscalYear)
    {
        var year = new FiscalYear(fiscalYear);
        var errors = new List<ImportMessage>();
        var warnings = new List<ImportMessage>();
        var rows = new List<ProcurementImportRow>();

        var headerIndex = -1;
        for (var i = 0; i < Math.Min(table.Count, HeaderSearchRows); i++)
        {
            if (table[i].Any(c => TableHeadings.Key(c) == TableHeadings.Key(ProcurementColumns.Title)))
            {
                headerIndex = i;
                break;
            }
        }

        if (headerIndex < 0)
        {
            errors.Add(new ImportMessage(0, null,
                $"ไม่พบแถวหัวตาราง ต้องมีคอลัมน์ \"{ProcurementColumns.Title}\" และคอลัมน์อื่นของแบบ สขร.1: {string.Join(", ", ProcurementColumns.Required)}"));
            return new ProcurementImportPreview(fiscalYear, rows, warnings, errors);
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var header = table[headerIndex];
        for (var c = 0; c < header.Count; c++)
        {
            var key = TableHeadings.Key(header[c]);
            var known = ProcurementColumns.All.FirstOrDefault(k => TableHeadings.Key(k) == key);
            if (known is not null)
            {
                if (!columns.TryAdd(known, c))
                {
                    errors.Add(new ImportMessage(headerIndex + 1, Column(c, known), "คอลัมน์นี้ซ้ำกับคอลัมน์ " + ProcurementColumns.Letter(columns[known])));
                }
            }
            else if (key.Length > 0)
            {
                warnings.Add(new ImportMessage(headerIndex + 1, Column(c, header[c].Trim()), "ไม่รู้จักคอลัมน์นี้ จะไม่นำเข้า"));
            }
        }

        var missing = ProcurementColumns.Required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new ImportMessage(headerIndex + 1, null, "ไม่มีคอลัมน์ " + string.Join(", ", missing.Select(m => $"\"{m}\""))));
            return new ProcurementImportPreview(fiscalYear, rows, warnings, errors);
        }

        if (!columns.ContainsKey(ProcurementColumns.Month))
        {
            warnings.Add(new ImportMessage(headerIndex + 1, null,
                $"ไม่มีคอลัมน์ \"{ProcurementColumns.Month}\" จะใช้เดือนของวันที่ในสัญญา"));
        }

        var bodyRows = table.Count - headerIndex - 1;
        if (bodyRows > MaxRows)
        {
            errors.Add(new ImportMessage(0, null, $"ไฟล์มีมากกว่า {MaxRows.ToString(CultureInfo.InvariantCulture)} แถว แบ่งนำเข้าทีละส่วน"));
            return new ProcurementImportPreview(fiscalYear, rows, warnings, errors);
        }

        for (var r = headerIndex + 1; r < table.Count; r++)
        {
            var record = table[r];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var line = r + 1;
            var row = new RowReader(record, columns, line, errors, warnings);
            if (row.Text(ProcurementColumns.Title) is not { Length: > 0 } title)
            {
                // Lines with a number but no work are the "รวม" or signature lines below the form; say so, do not guess.
                warnings.Add(new ImportMessage(line, null, "ไม่มีชื่องานที่จัดซื้อหรือจัดจ้าง ข้ามแถวนี้"));
                continue;
            }

            var before = errors.Count;
            var ordinal = row.Ordinal();
            var budget = row.Amount(ProcurementColumns.Budget, required: true);
            var reference = row.Amount(ProcurementColumns.ReferencePrice, required: false);
            var methodText = row.Text(ProcurementColumns.Method);
            var method = ProcurementTexts.ParseMethod(methodText);
            if (method is null)
            {
                if (string.IsNullOrWhiteSpace(methodText))
                {
                    row.Error(ProcurementColumns.Method, "กรุณาระบุวิธีซื้อหรือจ้าง เช่น เฉพาะเจาะจง คัดเลือก e-market e-bidding");
                }
                else
                {
                    row.Warn(ProcurementColumns.Method, $"ไม่รู้จักวิธี \"{methodText}\" จะบันทึกเป็นวิธีอื่น");
                }
            }

            var bids = ProcurementCells.Bids(row.Text(ProcurementColumns.Bidders));
            if (bids.Error is not null)
            {
                row.Error(ProcurementColumns.Bidders, bids.Error);
            }
            else if (bids.Value!.Any(b => b.Price is null))
            {
                row.Warn(ProcurementColumns.Bidders, "มีผู้เสนอราคาที่ไม่มีราคา");
            }

            var selected = ProcurementCells.NameAndPrice(row.Text(ProcurementColumns.Selected));
            if (selected.Error is not null)
            {
                row.Error(ProcurementColumns.Selected, selected.Error);
            }

            var contract = ProcurementCells.Contract(row.Text(ProcurementColumns.Contract));
            if (contract.Error is not null)
            {
                row.Error(ProcurementColumns.Contract, contract.Error);
            }

            YearMonth? month = null;
            if (columns.ContainsKey(ProcurementColumns.Month) && !string.IsNullOrWhiteSpace(row.Text(ProcurementColumns.Month)))
            {
                var m = ProcurementCells.Month(row.Text(ProcurementColumns.Month));
                if (m.Error is not null)
                {
                    row.Error(ProcurementColumns.Month, m.Error);
                }
                else
                {
                    month = m.Value;
                }
            }
            else if (contract.Value?.Date is { } contractDate)
            {
                month = YearMonth.FromDate(contractDate);
            }
            else if (contract.Error is null)
            {
                row.Error(columns.ContainsKey(ProcurementColumns.Month) ? ProcurementColumns.Month : null,
                    "ไม่ทราบเดือนของรายการนี้: กรอกคอลัมน์ \"เดือน\" หรือวันที่ของสัญญา");
            }

            if (month is { } found && !year.Contains(found))
            {
                row.Error(columns.ContainsKey(ProcurementColumns.Month) ? ProcurementColumns.Month : ProcurementColumns.Contract,
                    $"เดือน{ThaiDate.FormatMonthYear(found)} ไม่อยู่ใน{year.ThaiName} (ต.ค. {fiscalYear - 1} – ก.ย. {fiscalYear})");
            }

            if (errors.Count > before)
            {
                continue;
            }

            var agreed = selected.Value?.Price;
            if (selected.Value is { } winner)
            {
                if (agreed is null)
                {
                    row.Warn(ProcurementColumns.Selected, "ไม่มีราคาที่ตกลงซื้อหรือจ้าง");
                }

                if (bids.Value!.Count > 0 && bids.Value.All(b => !SameName(b.Name, winner.Name)))
                {
                    row.Warn(ProcurementColumns.Selected, $"\"{winner.Name}\" ไม่อยู่ในรายชื่อผู้เสนอราคา");
                }
            }

            if (agreed > budget)
            {
                row.Warn(ProcurementColumns.Selected, "ราคาที่ตกลงสูงกว่าวงเงินที่จะซื้อหรือจ้าง");
            }

            if (reference is { } refPrice && refPrice > budget)
            {
                row.Warn(ProcurementColumns.ReferencePrice, "ราคากลางสูงกว่าวงเงินที่จะซื้อหรือจ้าง");
            }

            if (Len(title, ProcurementLimits.Title) is { } tooLong)
            {
                row.Error(ProcurementColumns.Title, tooLong);
                continue;
            }

            rows.Add(new ProcurementImportRow(
                line, ordinal, month!.Value, title, budget!.Value, reference,
                method ?? ProcurementMethod.Other, method is null ? Cut(methodText, ProcurementLimits.Name) : null,
                bids.Value!.Select(b => b with { Name = Cut(b.Name, ProcurementLimits.Name)! }).ToList(),
                Cut(selected.Value?.Name, ProcurementLimits.Name), agreed,
                Cut(row.Text(ProcurementColumns.Reason), ProcurementLimits.Reason),
                Cut(contract.Value?.Number, ProcurementLimits.Short), contract.Value?.Date,
                Cut(row.Text(ProcurementColumns.EgpNumber), ProcurementLimits.Short)));
        }

        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportMessage(0, null, "ไม่พบรายการจัดซื้อจัดจ้างในไฟล์"));
        }

        return new ProcurementImportPreview(fiscalYear, rows, warnings, errors);
    }

    private static bool SameName(string a, string b) =>
        string.Equals(string.Concat(a.Where(c => !char.IsWhiteSpace(c))), string.Concat(b.Where(c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);

    private static string? Len(string text, int max) =>
        text.Length > max ? $"ยาวเกิน {max.ToString(CultureInfo.InvariantCulture)} ตัวอักษร" : null;

    private static string? Cut(string? text, int max)
    {
        var t = text?.Trim();
        return string.IsNullOrEmpty(t) || ProcurementCells.IsBlank(t) ? null : t.Length <= max ? t : t[..max];
    }

    private static string Column(int index, string name) => $"{ProcurementColumns.Letter(index)} \"{name}\"";

    /// <summary>The cells of one line by column title, and where its messages go.</summary>
    private sealed class RowReader(
        IReadOnlyList<string> record, Dictionary<string, int> columns, int line, List<ImportMessage> errors, List<ImportMessage> warnings)
    {
        public string? Text(string column) =>
            columns.TryGetValue(column, out var index) && index < record.Count ? record[index].Trim() : null;

        public void Error(string? column, string message) => errors.Add(new ImportMessage(line, Name(column), message));

        public void Warn(string column, string message) => warnings.Add(new ImportMessage(line, Name(column), message));

        public decimal? Amount(string column, bool required)
        {
            var result = ProcurementCells.Amount(Text(column), required);
            if (result.Error is not null)
            {
                Error(column, result.Error);
            }

            return result.Value;
        }

        public int? Ordinal()
        {
            var text = ThaiDigits.ToAscii(Text(ProcurementColumns.Ordinal) ?? "").Trim().TrimEnd('.');
            if (text.Length == 0)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 100000)
            {
                return n;
            }

            Warn(ProcurementColumns.Ordinal, $"ลำดับที่ \"{text}\" ไม่ใช่ตัวเลข จะเรียงลำดับให้ใหม่");
            return null;
        }

        private string? Name(string? column) =>
            column is not null && columns.TryGetValue(column, out var index) ? Column(index, column) : column is null ? null : $"\"{column}\"";
    }
}
