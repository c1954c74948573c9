using System.Globalization;

namespace Prongsai.Core.Measures.Import;

/// <summary>
/// Published reports sometimes list a measure twice: an early draft row and a fuller later
/// one. Both are kept (deleting data is a person's decision); the warning says which is fuller.
/// </summary>
internal static class DuplicateMeasures
{
    internal static IEnumerable<ImportWarning> Warn(IReadOnlyList<MeasureRow> rows)
    {
        foreach (var group in rows.GroupBy(r => r.Item.Number, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var occurrences = group.ToList();
            var details = string.Join(" / ", occurrences.Select(Describe));
            var (first, last) = (Size(occurrences[0]), Size(occurrences[^1]));
            var fullness = last > first ? "แถวหลังมีรายละเอียดมากกว่า (น่าจะเป็นฉบับปรับปรุง)"
                : first > last ? "แถวแรกมีรายละเอียดมากกว่า"
                : "แต่ละแถวมีรายละเอียดใกล้เคียงกัน";
            var message = string.Create(CultureInfo.InvariantCulture,
                $"มาตรการที่ {group.Key} ปรากฏ {occurrences.Count} ครั้ง ({details}) {fullness} นำเข้าไว้ทุกแถว โปรดตรวจสอบและลบแถวที่ไม่ใช้");
            yield return new ImportWarning(ImportWarningCodes.DuplicateMeasureNumber, message, occurrences[^1].Line);
        }
    }

    private static int Size(MeasureRow row) => row.Item.Steps.Count + row.Item.Results.Count;

    private static string Describe(MeasureRow row) =>
        string.Create(CultureInfo.InvariantCulture,
            $"บรรทัด {row.Line}: ขั้นตอน {row.Item.Steps.Count} ข้อ ผลการดำเนินการ {row.Item.Results.Count} ข้อ");
}
