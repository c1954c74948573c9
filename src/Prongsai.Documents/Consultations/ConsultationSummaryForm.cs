using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Consultations;
using Prongsai.Documents.Forms;

namespace Prongsai.Documents.Consultations;

/// <summary>
/// A consultation's summary as the paper an office signs and files with the draft it consulted on (รายงานสรุปผลการรับฟัง
/// ความคิดเห็น): what was asked, when and where, how many opinions by stance, and what the office heard and did with
/// them. It prints what the website shows — never an opinion's text or who sent it — and leaves the signers' names to
/// be written by hand.
/// </summary>
public static class ConsultationSummaryForm
{
    public const string Title = "รายงานสรุปผลการรับฟังความคิดเห็น";

    /// <param name="websiteAddress">where the consultation was published, printed as the channel used</param>
    public static PrintedForm For(string organizationName, Consultation consultation, string? department, OpinionCounts counts, string websiteAddress)
    {
        ArgumentNullException.ThrowIfNull(consultation);
        ArgumentNullException.ThrowIfNull(counts);
        var blocks = new List<FormBlock> { new FormHeading("1. เรื่องที่รับฟังความคิดเห็น") };
        blocks.AddRange(FormParagraph.PerLine(consultation.Description));
        blocks.Add(new FormHeading("2. ระยะเวลาและช่องทาง"));
        blocks.Add(new FormParagraph(
            $"ระหว่างวันที่ {ThaiDate.FormatLong(consultation.OpensOn)} ถึงวันที่ {ThaiDate.FormatLong(consultation.ClosesOn)} "
            + $"ทางเว็บไซต์ของหน่วยงาน {websiteAddress} ผู้รับผิดชอบ: {department ?? "ทั้งหน่วยงาน"}"));
        blocks.Add(new FormHeading("3. จำนวนความคิดเห็น"));
        blocks.Add(CountsTable(counts));
        if (counts.Excluded > 0)
        {
            blocks.Add(new FormParagraph($"ไม่นับ {Count(counts.Excluded)} ราย (ข้อความซ้ำ โฆษณา หรือถ้อยคำไม่เหมาะสม)"));
        }

        blocks.Add(new FormHeading("4. สรุปผลและการนำไปใช้"));
        blocks.AddRange(FormParagraph.PerLine(consultation.Summary ?? "-"));
        if (consultation.IsSample)
        {
            blocks.Add(new FormParagraph("ข้อมูลตัวอย่างของระบบสาธิต ไม่ใช่ข้อมูลจริง"));
        }

        return new PrintedForm(Title, blocks)
        {
            Subtitle = [organizationName, "เรื่อง " + consultation.Title],
            Signatures = [new FormSignature(null, "ผู้สรุปผล"), new FormSignature(null, "หัวหน้าหน่วยงาน")],
        };
    }

    private static FormTable CountsTable(OpinionCounts counts)
    {
        FormColumn[] columns = [new("ความคิดเห็น", 60), new("จำนวน (ราย)", 40, FormAlign.Right)];
        var rows = Enum.GetValues<OpinionStance>()
            .Select(s => (IReadOnlyList<FormCell>)[ConsultationRules.StanceThai(s), Count(counts.Of(s))])
            .Append([new FormCell("รวม", Bold: true), new FormCell(Count(counts.Counted), Bold: true)])
            .ToList();
        return new FormTable(columns, rows);
    }

    private static string Count(int number) => number.ToString("N0", CultureInfo.InvariantCulture);
}
