using Prongsai.Core.Text;

namespace Prongsai.Core.Publishing;

/// <summary>The words of a document's and an attachment's states, one place for the staff pages and the audit trail.</summary>
public static class DocumentTexts
{
    private static readonly BilingualWords<DocumentStatus> Statuses = new(
        (DocumentStatus.Draft, "ฉบับร่าง", "Draft"),
        (DocumentStatus.Scheduled, "ตั้งเวลาเผยแพร่", "Scheduled"),
        (DocumentStatus.Published, "เผยแพร่แล้ว", "Published"),
        (DocumentStatus.Unpublished, "ยกเลิกการเผยแพร่", "Unpublished"));

    /// <summary>Where reading a file's text stands, as the clerk sees it beside the file.</summary>
    private static readonly BilingualWords<TextState> TextStates = new(
        (TextState.Pending, "กำลังอ่านข้อความ (รอคิว)", "Reading text (queued)"),
        (TextState.Done, "ค้นหาข้อความในไฟล์ได้", "Text searchable"),
        (TextState.NotSearchable, "ค้นหาข้อความในไฟล์ไม่ได้", "Not searchable"),
        (TextState.Failed, "อ่านไฟล์ไม่สำเร็จ", "Could not read"));

    public static string Status(DocumentStatus status) => Statuses.Thai(status);

    public static string StatusEnglish(DocumentStatus status) => Statuses.English(status);

    public static string Text(TextState state) => TextStates.Thai(state);

    public static string TextEnglish(TextState state) => TextStates.English(state);
}
