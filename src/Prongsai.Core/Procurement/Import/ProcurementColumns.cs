namespace Prongsai.Core.Procurement.Import;

/// <summary>The column titles of the สขร.1 import, as the form prints them; a header cell matches by <see cref="Text.TableHeadings.Key"/>.</summary>
public static class ProcurementColumns
{
    public const string Ordinal = "ลำดับที่";
    public const string Title = "งานที่จัดซื้อหรือจัดจ้าง";
    public const string Budget = "วงเงินที่จะซื้อหรือจ้าง";
    public const string ReferencePrice = "ราคากลาง";
    public const string Method = "วิธีซื้อหรือจ้าง";
    public const string Bidders = "รายชื่อผู้เสนอราคาและราคาที่เสนอ";
    public const string Selected = "ผู้ได้รับการคัดเลือกและราคาที่ตกลงซื้อหรือจ้าง";
    public const string Reason = "เหตุผลที่คัดเลือกโดยสรุป";
    public const string Contract = "เลขที่และวันที่ของสัญญาหรือข้อตกลง";
    public const string EgpNumber = "เลขที่โครงการ";
    public const string Month = "เดือน";

    /// <summary>The nine columns of the form, in its order; every one must be in the file.</summary>
    public static IReadOnlyList<string> Required { get; } = [Ordinal, Title, Budget, ReferencePrice, Method, Bidders, Selected, Reason, Contract];

    public static IReadOnlyList<string> Optional { get; } = [EgpNumber, Month];

    /// <summary>Every column the import writes, in order (what the API's CSV holds, so it imports back).</summary>
    public static IReadOnlyList<string> All { get; } = [.. Required, .. Optional];

    /// <summary>The spreadsheet column letter of a zero-based index (0 → A, 26 → AA).</summary>
    public static string Letter(int index)
    {
        var letters = "";
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            letters = (char)('A' + ((i - 1) % 26)) + letters;
        }

        return letters;
    }
}
