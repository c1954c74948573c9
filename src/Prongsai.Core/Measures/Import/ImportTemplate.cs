using Prongsai.Core.Measures.Reports;

namespace Prongsai.Core.Measures.Import;

/// <summary>
/// The file a clerk starts from: the import columns with one filled example row, and what each column takes.
/// Written by the same CSV/XLSX writers as the exports, so a template always imports.
/// </summary>
public static class ImportTemplate
{
    public sealed record Column(string Heading, string Meaning, string Example);

    /// <summary>What each column of the CSV/XLSX takes, in file order (shown beside the download on the import page).</summary>
    public static readonly IReadOnlyList<Column> Columns =
    [
        new("ลำดับ", "เลขข้อของมาตรการ", "1"),
        new("มาตรการ/แนวทาง", "ชื่อมาตรการ", "จัดทำคู่มือการปฏิบัติงานและเผยแพร่บนเว็บไซต์"),
        new("ขั้นตอน/วิธีการดำเนินการ", "แต่ละขั้นตอนขึ้นบรรทัดใหม่ (Alt+Enter ใน Excel)", "1. ทบทวนคู่มือเดิม\n2. เผยแพร่บนเว็บไซต์"),
        new("หน่วยงานผู้รับผิดชอบ", "ชื่อส่วนราชการ คั่นด้วยจุลภาค หรือ \"ทุกส่วนราชการ\"", "สำนักปลัด, กองคลัง"),
        new("ระยะเวลาดำเนินการ", "ช่วงเดือนแบบที่เขียนในรายงาน", "ตุลาคม 2567 - มีนาคม 2568"),
        new("เดือนเริ่ม (ค.ศ. ปปปป-ดด)", "ไม่บังคับ: ระบบอ่านจากระยะเวลาให้เอง", ""),
        new("เดือนสิ้นสุด (ค.ศ. ปปปป-ดด)", "ไม่บังคับ", ""),
        new("สรุปผลการดำเนินการ", "แต่ละข้อขึ้นบรรทัดใหม่ (เว้นว่างได้ก่อนสิ้นปี)", ""),
        new("ผลลัพธ์/ความสำเร็จ", "ผลที่คาดหวังหรือที่ได้", "เจ้าหน้าที่ปฏิบัติงานตามคู่มือ"),
        new("ตัวชี้วัด ITA", "เลขตัวชี้วัด 1–10 คั่นด้วยจุลภาค", "9, 10"),
        new("สถานะ", "ไม่บังคับ", ""),
        new("ร้อยละความก้าวหน้า", "ไม่บังคับ", ""),
    ];

    /// <summary>A report holding the example row, for the writers.</summary>
    public static MeasuresReport Example(string organization, int fiscalYear) => new(
        organization, fiscalYear, 0, null,
        $"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ พ.ศ. {fiscalYear}",
        "",
        [
            new MeasureReportItem(
                "1", "จัดทำคู่มือการปฏิบัติงานและเผยแพร่บนเว็บไซต์ (ตัวอย่าง: แก้หรือลบแถวนี้)",
                ["ทบทวนคู่มือเดิม", "เผยแพร่บนเว็บไซต์หลักของหน่วยงาน"], ["สำนักปลัด", "กองคลัง"],
                new ReportPeriod($"ตุลาคม {fiscalYear - 1} - มีนาคม {fiscalYear}", null, null),
                [], "เจ้าหน้าที่ปฏิบัติงานตามคู่มือ", [9, 10], Progress.MeasureStatus.NotStarted, 0),
        ]);
}
