using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Procurement.Import;

namespace Prongsai.Core.ServiceStatistics;

public static partial class ServiceCountsFileReader
{
    /// <summary>
    /// A row per service and month, as the public page and the API write it (ปีงบประมาณ, บริการ, ส่วนราชการ, หน่วยนับ, เดือน,
    /// จำนวน, ผู้นับ), so a year published by one office imports into another unchanged. The rows Prongsai counted itself
    /// from the website are left out: every office's website counts its own.
    /// </summary>
    private sealed class LongReader(IReadOnlyList<IReadOnlyList<string>> table, int headerIndex, FiscalYear year)
    {
        private readonly List<ImportMessage> errors = [];
        private readonly List<ImportMessage> warnings = [];

        public ServiceCountsFile Read()
        {
            var header = table[headerIndex];
            var kinds = header.Select(ServiceCountsColumns.Of).ToList();
            int Column(ServiceCountsColumn kind) => kinds.IndexOf(kind);
            string Label(int index) => ServiceCountsColumns.Label(index, header[index]);
            var (name, unit, department) = (Column(ServiceCountsColumn.Name), Column(ServiceCountsColumn.Unit), Column(ServiceCountsColumn.Department));
            var (fiscalYear, monthName, count, countedBy) = (Column(ServiceCountsColumn.FiscalYear), Column(ServiceCountsColumn.MonthName),
                Column(ServiceCountsColumn.Count), Column(ServiceCountsColumn.CountedBy));

            var services = new List<(FileService Service, List<FileFigure> Figures)>();
            var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
            var seen = new Dictionary<(string Key, YearMonth Month), int>();
            var bySystem = 0;
            for (var r = headerIndex + 1; r < table.Count; r++)
            {
                var cells = table[r];
                var row = r + 1;
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                if (ServiceNames.Clean(Cell(cells, countedBy)) == ServiceStatisticsTable.CountedBySystem)
                {
                    bySystem++;
                    continue;
                }

                var text = ServiceNames.Clean(Cell(cells, name));
                if (IsTotalRow(text))
                {
                    warnings.Add(new ImportMessage(row, null, "แถวรวม ไม่นำเข้า (ระบบรวมให้เอง)"));
                    continue;
                }

                var before = errors.Count;
                if (text.Length == 0)
                {
                    errors.Add(new ImportMessage(row, Label(name), "ไม่มีชื่อบริการ กรุณากรอกชื่อให้ตรงกับรายการบริการของหน่วยงาน"));
                }

                CheckYear(row, fiscalYear < 0 ? null : Label(fiscalYear), Cell(cells, fiscalYear));
                var month = ReadMonth(row, Label(monthName), Cell(cells, monthName));
                var typed = Cell(cells, count);
                var figure = ServiceFigures.Read(typed);
                if (figure.Problem is { } problem)
                {
                    errors.Add(new ImportMessage(row, Label(count), ServiceFigures.Describe(problem, typed)));
                }

                if (errors.Count > before)
                {
                    continue;
                }

                var key = ServiceNames.Key(text);
                if (seen.TryGetValue((key, month!.Value), out var earlier))
                {
                    errors.Add(new ImportMessage(row, Label(monthName), string.Create(CultureInfo.InvariantCulture,
                        $"เดือนนี้ของบริการ \"{text}\" ซ้ำกับแถวที่ {earlier} (หนึ่งแถวต่อหนึ่งบริการและเดือน)")));
                    continue;
                }

                seen[(key, month.Value)] = row;
                if (!byKey.TryGetValue(key, out var index))
                {
                    index = services.Count;
                    byKey[key] = index;
                    var figures = new List<FileFigure>();
                    services.Add((new FileService(row, Label(name), text, Optional(cells, unit), Optional(cells, department), figures), figures));
                }

                services[index].Figures.Add(new FileFigure(month.Value, row, Label(count), figure.Value));
            }

            if (bySystem > 0)
            {
                warnings.Add(new ImportMessage(0, null, string.Create(CultureInfo.InvariantCulture,
                    $"ข้าม {bySystem:#,0} แถวที่ระบบนับอัตโนมัติจากเว็บไซต์ (ผู้นับ \"{ServiceStatisticsTable.CountedBySystem}\") ระบบของหน่วยงานนับจากเว็บไซต์ของตนเอง")));
            }

            var months = services.SelectMany(s => s.Figures).Select(f => f.Month).Distinct().Order().ToList();
            return new ServiceCountsFile(ServiceCountsFileShape.RowPerMonth, months, services.Select(s => s.Service).ToList(), warnings, errors);
        }

        private void CheckYear(int row, string? label, string typed)
        {
            var text = ThaiDigits.ToAscii(typed).Trim();
            if (label is null || text.Length == 0)
            {
                return;
            }

            if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var typedYear) || typedYear != year.BeYear)
            {
                errors.Add(new ImportMessage(row, label, string.Create(CultureInfo.InvariantCulture,
                    $"ปีงบประมาณ \"{typed.Trim()}\" ไม่ตรงกับปีที่นำเข้า ({year.BeYear})")));
            }
        }

        private YearMonth? ReadMonth(int row, string label, string typed)
        {
            var reading = ServiceMonthText.Read(typed, year);
            if (reading is null)
            {
                errors.Add(new ImportMessage(row, label, string.IsNullOrWhiteSpace(typed)
                    ? "กรุณากรอกเดือน เช่น \"ตุลาคม 2567\" หรือ \"ต.ค. 67\""
                    : $"อ่านเดือน \"{typed.Trim()}\" ไม่ได้ (เช่น \"ตุลาคม 2567\" หรือ \"ต.ค. 67\")"));
                return null;
            }

            if (reading.Problem is { } problem)
            {
                errors.Add(new ImportMessage(row, label, problem));
            }

            return reading.Month;
        }
    }
}
