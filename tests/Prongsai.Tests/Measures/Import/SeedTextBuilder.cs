namespace Prongsai.Tests.Measures.Import;

/// <summary>Builds small seed-format files for reader tests.</summary>
internal sealed class SeedTextBuilder
{
    internal const string Header = "มาตรการ/แนวทาง\tขั้นตอน/วิธีการดำเนินการ\tหน่วยงาน ผู้รับผิดชอบ\tระยะเวลา ดำเนินการ\tสรุปผลการดำเนินการ\tผลลัพธ์/ความสำเร็จ";

    private readonly List<string> _lines = [];

    internal SeedTextBuilder Title(string title = "รายงานผลการดำเนินการ ประจำปีงบประมาณ พ.ศ. 2567")
    {
        _lines.Add("## " + title);
        _lines.Add(string.Empty);
        return this;
    }

    internal SeedTextBuilder Line(string line)
    {
        _lines.Add(line);
        return this;
    }

    internal SeedTextBuilder Table(params string[] rows)
    {
        _lines.Add(Header);
        _lines.AddRange(rows);
        _lines.Add(string.Empty);
        return this;
    }

    internal static string Row(
        string measure = "1. จัดทำคู่มือ",
        string steps = "1. ขั้นแรก 2. ขั้นสอง",
        string responsible = "กองคลัง",
        string period = "ตุลาคม 2566- มีนาคม 2567",
        string results = "<p>1. ผลแรก</p>",
        string outcome = "ประชาชนรับรู้") =>
        string.Join('\t', measure, steps, responsible, period, results, outcome);

    public override string ToString() => string.Join('\n', _lines);
}
