using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Text;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Documents;

/// <summary>Labels of document and attachment states, in both languages.</summary>
public static class DocumentLabels
{
    public static string Status(DocumentStatus status) => status switch
    {
        DocumentStatus.Draft => Lang.T("ฉบับร่าง", "Draft"),
        DocumentStatus.Scheduled => Lang.T("ตั้งเวลาเผยแพร่", "Scheduled"),
        DocumentStatus.Published => Lang.T("เผยแพร่แล้ว", "Published"),
        DocumentStatus.Unpublished => Lang.T("ยกเลิกการเผยแพร่", "Unpublished"),
        _ => status.ToString(),
    };

    public static string Text(TextState state) => state switch
    {
        TextState.Pending => Lang.T("กำลังอ่านข้อความ (รอคิว)", "Reading text (queued)"),
        TextState.Done => Lang.T("ค้นหาข้อความในไฟล์ได้", "Text searchable"),
        TextState.NotSearchable => Lang.T("ค้นหาข้อความในไฟล์ไม่ได้", "Not searchable"),
        TextState.Failed => Lang.T("อ่านไฟล์ไม่สำเร็จ", "Could not read"),
        _ => state.ToString(),
    };

    /// <summary>Characters of an attachment's text shown to the clerk, enough to see whether a scan was read right.</summary>
    public const int TextShown = 600;

    /// <summary>The beginning of the text read from a file, cut at a whole letter.</summary>
    public static string Beginning(string text) => PlainText.Shorten(text, TextShown + 1);
}
