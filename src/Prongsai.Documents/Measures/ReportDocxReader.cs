using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Storage.Archives;

namespace Prongsai.Documents.Measures;

/// <summary>
/// Imports a measures report from a DOCX as office staff make it: a title paragraph, introduction paragraphs,
/// then the six-column table — possibly split into several tables with the header row repeated, lists typed
/// ("1. ...", several in one paragraph) or real Word numbering, vertically merged cells, a row continued in the
/// next row. Each cell paragraph becomes an item; typed numbers are removed. The period stays text
/// (Start/End null): the importer parses it. Refuses non-ZIP files and ZIP bombs before parsing.
/// </summary>
public static partial class ReportDocxReader
{
    [GeneratedRegex(@"ปีงบประมาณ\s*(?:พ\.\s*ศ\.)?\s*([0-9๐-๙]{4})", RegexOptions.CultureInvariant)]
    private static partial Regex FiscalYearPattern();

    public static ReportReadResult Read(Stream input, ArchiveLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        var check = ArchiveGuard.CheckUpload(input, limits ?? new ArchiveLimits(), "docx", out var package);
        if (check.Problem is { } problem)
        {
            return ReportReadResult.Failure(problem.Code, problem.Message);
        }

        try
        {
            using var document = WordprocessingDocument.Open(package!, isEditable: false);
            var body = document.MainDocumentPart?.Document?.Body;
            return body is null
                ? ReportReadResult.Failure("no-body", "ไฟล์ .docx ไม่มีเนื้อหาเอกสาร")
                : Read(body);
        }
        catch (Exception ex) when (DamagedOfficeFile.Is(ex))
        {
            return ReportReadResult.Failure("corrupt-docx", "เปิดไฟล์ .docx ไม่ได้ ไฟล์อาจเสียหรือไม่ใช่เอกสาร Word");
        }
        finally
        {
            if (!ReferenceEquals(package, input))
            {
                package?.Dispose();
            }
        }
    }

    private static ReportReadResult Read(Body body)
    {
        string? title = null;
        var introduction = new List<string>();
        var measures = new List<MeasureReportItem>();
        Dictionary<int, ReportColumn>? columns = null;
        var tableSeen = false;

        foreach (var element in Blocks(body))
        {
            if (element is Paragraph paragraph && !tableSeen)
            {
                var text = ItemText.Collapse(ParagraphText(paragraph));
                if (text.Length == 0)
                {
                    continue;
                }

                if (title is null)
                {
                    title = text;
                }
                else
                {
                    introduction.Add(text);
                }
            }
            else if (element is Table table)
            {
                columns = ReadTable(table, columns, measures);
                tableSeen |= columns is not null;
            }
        }

        if (columns is null)
        {
            return ReportReadResult.Failure(
                "no-table",
                "ไม่พบตารางมาตรการ (ต้องมีแถวหัวตาราง มาตรการ/แนวทาง | ขั้นตอน/วิธีการดำเนินการ | หน่วยงานผู้รับผิดชอบ | ระยะเวลาดำเนินการ | สรุปผลการดำเนินการ | ผลลัพธ์/ความสำเร็จ)");
        }

        if (measures.Count == 0)
        {
            return ReportReadResult.Failure("no-measures", "พบหัวตารางมาตรการ แต่ไม่มีแถวข้อมูล");
        }

        title ??= string.Empty;
        var fiscalYear = FiscalYearPattern().Match(title) is { Success: true } m ? ItemText.ToInt(m.Groups[1].Value) ?? 0 : 0;
        return ReportReadResult.Success(new MeasuresReport(
            Organization: string.Empty,
            FiscalYear: fiscalYear,
            Version: 1,
            PublishedAt: null,
            Title: title,
            Introduction: string.Join('\n', introduction),
            Measures: measures));
    }

    /// <summary>Body blocks in order, looking through content controls.</summary>
    private static IEnumerable<OpenXmlElement> Blocks(OpenXmlElement parent)
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is SdtBlock sdt)
            {
                if (sdt.SdtContentBlock is { } content)
                {
                    foreach (var inner in Blocks(content))
                    {
                        yield return inner;
                    }
                }
            }
            else if (child is Paragraph or Table)
            {
                yield return child;
            }
        }
    }

    /// <summary>Reads rows; returns the column map in force after the table (null while no header was seen).</summary>
    private static Dictionary<int, ReportColumn>? ReadTable(Table table, Dictionary<int, ReportColumn>? columns, List<MeasureReportItem> measures)
    {
        Dictionary<int, List<string>> previousRow = [];
        foreach (var row in table.Elements<TableRow>())
        {
            var cells = new Dictionary<int, List<string>>();
            var grid = 0;
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = properties?.GridSpan?.Val?.Value ?? 1;
                var merge = properties?.VerticalMerge;
                var continued = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                cells[grid] = continued && previousRow.TryGetValue(grid, out var above) ? above : CellLines(cell);
                grid += Math.Max(1, span);
            }

            previousRow = cells;
            if (HeaderMap(cells) is { } header)
            {
                columns = header;
                continue;
            }

            if (columns is null)
            {
                continue;
            }

            AddMeasure(cells, columns, measures);
        }

        return columns;
    }

    private static Dictionary<int, ReportColumn>? HeaderMap(Dictionary<int, List<string>> cells)
    {
        var map = new Dictionary<int, ReportColumn>();
        foreach (var (index, lines) in cells)
        {
            if (ReportColumns.Match(string.Concat(lines)) is { } column)
            {
                map[index] = column;
            }
        }

        return map.Count >= 3 && map.ContainsValue(ReportColumn.Title) ? map : null;
    }

    private static void AddMeasure(Dictionary<int, List<string>> cells, Dictionary<int, ReportColumn> columns, List<MeasureReportItem> measures)
    {
        var values = new Dictionary<ReportColumn, List<string>>();
        foreach (var (index, column) in columns)
        {
            if (cells.TryGetValue(index, out var lines))
            {
                values[column] = lines;
            }
        }

        List<string> Lines(ReportColumn column) => values.TryGetValue(column, out var lines) ? lines : [];
        string Joined(ReportColumn column) => ItemText.Collapse(string.Join(' ', Lines(column)));
        List<string> Items(ReportColumn column)
        {
            var items = new List<string>();
            foreach (var line in Lines(column))
            {
                ItemText.AddItems(line, items);
            }

            return items;
        }

        if (Lines(ReportColumn.Steps).Count + Lines(ReportColumn.Results).Count + Lines(ReportColumn.Title).Count + Lines(ReportColumn.Outcome).Count == 0)
        {
            return;
        }

        var title = ItemText.StripNumber(Joined(ReportColumn.Title), out var number);
        var responsible = Lines(ReportColumn.Responsible).Select(ItemText.Collapse).Where(t => t.Length > 0).ToList();
        if (title.Length == 0 && measures.Count > 0)
        {
            // A measure continued in the next row (staff split long rows by hand): append to it.
            var last = measures[^1];
            var outcome = Joined(ReportColumn.Outcome);
            measures[^1] = last with
            {
                Steps = [.. last.Steps, .. Items(ReportColumn.Steps)],
                Results = [.. last.Results, .. Items(ReportColumn.Results)],
                Responsible = [.. last.Responsible, .. responsible.Except(last.Responsible)],
                Outcome = outcome.Length == 0 ? last.Outcome : ItemText.Collapse(last.Outcome + " " + outcome),
            };
            return;
        }

        measures.Add(new MeasureReportItem(
            number ?? (measures.Count + 1).ToString(CultureInfo.InvariantCulture),
            title,
            Items(ReportColumn.Steps),
            responsible,
            new ReportPeriod(Joined(ReportColumn.PeriodText), null, null),
            Items(ReportColumn.Results),
            Joined(ReportColumn.Outcome),
            [],
            string.Empty,
            0));
    }

    /// <summary>The cell's non-empty lines: one per paragraph, and one per manual line break.</summary>
    private static List<string> CellLines(TableCell cell)
    {
        var lines = new List<string>();
        foreach (var paragraph in cell.Descendants<Paragraph>())
        {
            foreach (var line in ParagraphText(paragraph).Split('\n'))
            {
                var text = ItemText.Collapse(line);
                if (text.Length > 0)
                {
                    lines.Add(text);
                }
            }
        }

        return lines;
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append(' ');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }

        return builder.ToString();
    }
}
