using System.Text;
using Prongsai.Core.Measures.Reports;
using Prongsai.Core.Text;

namespace Prongsai.Documents.Measures;

/// <summary>
/// Writes the measures report as CSV (UTF-8 with BOM so Excel shows Thai, RFC 4180 quoting, CRLF records).
/// The format, described in docs/formats.md:
/// <code>
/// #format,prongsai-measures-report/1        report fields, one "#key,value" record each
/// #organization,องค์การบริหารส่วนตำบลบางคา
/// #fiscal_year,2567
/// #version,1
/// #published_at,2024-04-05T10:00:00+07:00
/// #title,รายงานผลการดำเนินการ...
/// #introduction,ตามที่ได้กำหนด...            (paragraphs separated by a line break inside the quoted value)
/// ลำดับ,มาตรการ/แนวทาง,...                  Thai header row (English machine names are accepted on read)
/// 1,จัดทำคู่มือ...,"1. ...&#10;2. ...",...   one measure per record; list items one per line, numbered "n. "
/// </code>
/// period_start/period_end stay empty: Excel turns "2023-10" into a date. The period text is the truth and the
/// importer re-parses it. A value starting with = + - @ (or tab, CR) is prefixed with ' so spreadsheets do not run it as a formula.
/// </summary>
public static class ReportCsvWriter
{
    public static void Write(MeasuresReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 16 * 1024, leaveOpen: true);
        Write(report, writer);
    }

    /// <summary>Writes the records; the caller's writer decides the encoding (use UTF-8 with BOM for files).</summary>
    public static void Write(MeasuresReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var csv = CsvFiles.CreateWriter(output);

        foreach (var field in ReportGrid.Fields)
        {
            csv.WriteField("#" + ReportGrid.Key(field));
            csv.WriteField(ReportGrid.FieldValue(report, field));
            csv.EndRecord();
        }

        var columns = ReportColumns.ExchangeOrder;
        foreach (var column in columns)
        {
            csv.WriteField(ReportColumns.ThaiHeading(column));
        }

        csv.EndRecord();
        foreach (var measure in report.Measures)
        {
            foreach (var column in columns)
            {
                csv.WriteField(ReportGrid.CellValue(measure, column));
            }

            csv.EndRecord();
        }
    }
}
