using System.Globalization;
using Prongsai.Core.Ita.Catalog;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Operator;

/// <summary>A catalog difference as short lines for the Operator, only the kinds of change that happened.</summary>
public static class CatalogDifferenceText
{
    public static IReadOnlyList<string> Lines(CatalogDifference difference)
    {
        ArgumentNullException.ThrowIfNull(difference);
        var lines = new List<string>();
        var items = difference.Items;
        Add(lines, items.Added.Count, "ข้อใหม่ {0} ข้อ", "{0} new items");
        if (items.Renumbered.Count > 0)
        {
            var codes = string.Join(", ", items.Renumbered.Select(r => $"{r.OldCode}→{r.NewCode}"));
            Add(lines, items.Renumbered.Count, "เปลี่ยนรหัส {0} ข้อ (" + codes + ")", "{0} items renumbered (" + codes + ")");
        }

        Add(lines, items.Retired.Count, "เลิกใช้ {0} ข้อ (หลักฐานที่บันทึกไว้ยังอยู่ครบ)", "{0} items retired (their evidence is kept)");
        Add(lines, items.Revived.Count, "กลับมาใช้ {0} ข้อ", "{0} retired items listed again");
        Add(lines, difference.Reworded.Count, "แก้ชื่อหรือคำอธิบาย {0} ข้อ", "{0} items reworded");
        Add(lines, difference.LinksAdded, "ระบบแนะนำหลักฐานให้ได้เพิ่มขึ้น {0} จุด (เช่น หน้าถาม-ตอบ รายงานการรับของขวัญ)",
            "{0} more places where evidence is suggested (the Q&A page, the gift report, …)");
        Add(lines, difference.LinksRemoved, "เลิกแนะนำหลักฐาน {0} จุด", "{0} evidence suggestions removed");
        if (difference.OtherDetails)
        {
            lines.Add(Lang.T("รายละเอียดอื่น (ชื่อรายการ การจัดกลุ่มข้อ หรือเกณฑ์คะแนน)", "Other details (names, grouping of items or scoring)"));
        }

        return lines;
    }

    private static void Add(List<string> lines, int count, string thai, string english)
    {
        if (count > 0)
        {
            lines.Add(string.Format(CultureInfo.InvariantCulture, Lang.T(thai, english), count));
        }
    }
}
