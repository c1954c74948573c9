using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Procurement.Import;
using Prongsai.Core.Text;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>
/// Reads an uploaded table of service figures for one fiscal year, in either shape (<see cref="ServiceCountsFileShape"/>):
/// finds the header row below any title rows, reads every box as the month's form does (<see cref="ServiceFigures"/>), and
/// collects every error and warning with its row and column, so the clerk sees them all at once. Pure: the office's
/// services, who may record them and which months have begun are checked by <see cref="ImportServiceCounts"/>.
/// </summary>
public static partial class ServiceCountsFileReader
{
    /// <summary>How many rows may come before the header (a title, the office's name, the year).</summary>
    public const int HeaderSearchRows = 20;

    /// <summary>Rows below the header: a year of a large office in the public file's shape is a few thousand.</summary>
    public const int MaxRows = 10_000;

    public static ServiceCountsFile Read(IReadOnlyList<IReadOnlyList<string>> table, FiscalYear year)
    {
        ArgumentNullException.ThrowIfNull(table);
        for (var i = 0; i < Math.Min(table.Count, HeaderSearchRows); i++)
        {
            var kinds = table[i].Select(ServiceCountsColumns.Of).ToList();
            if (!kinds.Contains(ServiceCountsColumn.Name))
            {
                continue;
            }

            if (table.Count - i - 1 > MaxRows)
            {
                return ServiceCountsFile.Failed(string.Create(CultureInfo.InvariantCulture,
                    $"ไฟล์มีมากกว่า {MaxRows:#,0} แถว แบ่งไฟล์แล้วนำเข้าทีละส่วน"));
            }

            if (table[i].Any(h => ServiceMonthText.Read(h, year) is not null))
            {
                return new WideReader(table, i, year).Read();
            }

            if (kinds.Contains(ServiceCountsColumn.MonthName) && kinds.Contains(ServiceCountsColumn.Count))
            {
                return new LongReader(table, i, year).Read();
            }
        }

        return ServiceCountsFile.Failed(
            $"ไม่พบแถวหัวตาราง ต้องมีคอลัมน์ \"{ServiceCountsColumns.Name}\" และคอลัมน์ของแต่ละเดือน เช่น \"ต.ค.\" ถึง \"ก.ย.\" " +
            "(หรือไฟล์สถิติที่ดาวน์โหลดจากเว็บไซต์ ที่มีคอลัมน์ \"บริการ\" \"เดือน\" และ \"จำนวน\") ดาวน์โหลดไฟล์ต้นแบบได้ในหน้านี้");
    }

    internal static string Cell(IReadOnlyList<string> row, int index) => index >= 0 && index < row.Count ? row[index] ?? "" : "";

    /// <summary>Whether a row is the sheet's total ("รวม", "รวมทั้งสิ้น") rather than a service.</summary>
    internal static bool IsTotalRow(string name) => ServiceCountsColumns.Of(name) == ServiceCountsColumn.Total;

    /// <summary>A row per service, a column per month.</summary>
    private sealed class WideReader(IReadOnlyList<IReadOnlyList<string>> table, int headerIndex, FiscalYear year)
    {
        private readonly List<ImportMessage> errors = [];
        private readonly List<ImportMessage> warnings = [];

        public ServiceCountsFile Read()
        {
            var header = table[headerIndex];
            var headerRow = headerIndex + 1;
            int name = -1, unit = -1, department = -1, total = -1;
            var months = new List<(int Index, YearMonth Month, string Label)>();
            for (var c = 0; c < header.Count; c++)
            {
                var label = ServiceCountsColumns.Label(c, header[c]);
                if (ServiceMonthText.Read(header[c], year) is { } reading)
                {
                    if (reading.Problem is { } problem)
                    {
                        errors.Add(new ImportMessage(headerRow, label, problem));
                    }
                    else if (months.FirstOrDefault(m => m.Month == reading.Month) is { Label: { } twice })
                    {
                        errors.Add(new ImportMessage(headerRow, label, $"เดือนนี้ซ้ำกับคอลัมน์ {twice} (หนึ่งคอลัมน์ต่อหนึ่งเดือน)"));
                    }
                    else
                    {
                        months.Add((c, reading.Month!.Value, label));
                    }

                    continue;
                }

                switch (ServiceCountsColumns.Of(header[c]))
                {
                    case ServiceCountsColumn.Name when name < 0: name = c; break;
                    case ServiceCountsColumn.Unit when unit < 0: unit = c; break;
                    case ServiceCountsColumn.Department when department < 0: department = c; break;
                    case ServiceCountsColumn.Total when total < 0: total = c; break;
                    default:
                        if (TableHeadings.Key(header[c]) is { Length: > 0 } key && key is not ("ลำดับ" or "ลำดับที่" or "ที่" or "หมายเหตุ"))
                        {
                            warnings.Add(new ImportMessage(headerRow, label, "ไม่รู้จักคอลัมน์นี้ จะไม่นำเข้า"));
                        }

                        break;
                }
            }

            var services = new List<FileService>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var r = headerIndex + 1; r < table.Count; r++)
            {
                var cells = table[r];
                var row = r + 1;
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                var text = ServiceNames.Clean(Cell(cells, name));
                var boxes = months.Select(m => (m.Month, m.Label, Typed: Cell(cells, m.Index))).ToList();

                if (IsTotalRow(text) || (text.Length == 0 && cells.Any(IsTotalRow)))
                {
                    warnings.Add(new ImportMessage(row, null, "แถวรวม ไม่นำเข้า (ระบบรวมให้เอง)"));
                    continue;
                }

                var nameLabel = ServiceCountsColumns.Label(name, header[name]);
                if (text.Length == 0)
                {
                    if (boxes.Any(b => !string.IsNullOrWhiteSpace(b.Typed)))
                    {
                        errors.Add(new ImportMessage(row, nameLabel, "ไม่มีชื่องานบริการ กรุณากรอกชื่อให้ตรงกับรายการบริการของหน่วยงาน"));
                    }

                    continue;
                }

                if (seen.TryGetValue(ServiceNames.Key(text), out var earlier))
                {
                    errors.Add(new ImportMessage(row, nameLabel, string.Create(CultureInfo.InvariantCulture,
                        $"บริการ \"{text}\" ซ้ำกับแถวที่ {earlier} (หนึ่งแถวต่อหนึ่งบริการ)")));
                    continue;
                }

                seen[ServiceNames.Key(text)] = row;
                var before = errors.Count;
                var figures = new List<FileFigure>();
                foreach (var (month, label, typed) in boxes)
                {
                    var read = ServiceFigures.Read(typed);
                    if (read.Problem is { } problem)
                    {
                        errors.Add(new ImportMessage(row, label, ServiceFigures.Describe(problem, typed)));
                    }

                    figures.Add(new FileFigure(month, row, label, read.Value));
                }

                if (total >= 0 && errors.Count == before)
                {
                    CheckTotal(row, ServiceCountsColumns.Label(total, header[total]), Cell(cells, total), figures);
                }

                services.Add(new FileService(row, nameLabel, text, Optional(cells, unit), Optional(cells, department), figures));
            }

            return new ServiceCountsFile(ServiceCountsFileShape.ServicesByMonth, months.Select(m => m.Month).Order().ToList(), services, warnings, errors);
        }

        private void CheckTotal(int row, string label, string typed, List<FileFigure> figures)
        {
            var read = ServiceFigures.Read(typed);
            var sum = figures.Sum(f => f.Figure ?? 0);
            if (!read.IsValid)
            {
                warnings.Add(new ImportMessage(row, label, $"อ่านยอดรวม \"{typed.Trim()}\" ไม่ได้ ไม่ได้ใช้คอลัมน์นี้ (ระบบรวมจากรายเดือนเอง)"));
            }
            else if (read.Value is { } stated && stated != sum)
            {
                warnings.Add(new ImportMessage(row, label, string.Create(CultureInfo.InvariantCulture,
                    $"ยอดรวมในไฟล์ {stated:#,0} ไม่เท่ากับผลรวมรายเดือน {sum:#,0} จะบันทึกตามตัวเลขรายเดือน ตรวจดูว่าพิมพ์ตกหรือพิมพ์ผิดหรือไม่")));
            }
        }
    }

    internal static string? Optional(IReadOnlyList<string> cells, int index) =>
        index < 0 || ServiceNames.Clean(Cell(cells, index)) is not { Length: > 0 } text ? null : text;
}
