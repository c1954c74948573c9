namespace Prongsai.Core.Common;

/// <summary>
/// A record that two members of staff may have open in an edit form at the same time. Its <see cref="EditVersion"/>
/// counts the saves made through those forms; the form carries the count it was drawn with, so a save from a page drawn
/// before a colleague's save is refused instead of silently putting the colleague's changes back.
/// </summary>
public interface IEditVersioned
{
    int EditVersion { get; set; }
}

/// <summary>
/// The check every edit use case makes before it writes (<see cref="Claim"/>). A form that sends no count (the API, the
/// command line, an import) is not checked: it does not show the record before changing it.
/// </summary>
/// <remarks>
/// Checked, then written in the same request: two saves would have to reach the database within the same few
/// milliseconds to slip past it, and a database concurrency token would also refuse the background jobs that touch
/// these rows (link checks, late alerts) while a clerk's form is open (docs/decisions.md, "A colleague's save is never
/// put back in silence").
/// </remarks>
public static class EditVersions
{
    /// <summary>The form field (hidden) that carries the count.</summary>
    public const string Field = "editVersion";

    public const string Message =
        "มีผู้บันทึกรายการนี้หลังจากที่คุณเปิดหน้านี้ การแก้ไขของคุณจึงยังไม่ถูกบันทึก ข้อความที่คุณพิมพ์ยังอยู่ในแบบฟอร์มด้านล่าง " +
        "เปิดฉบับล่าสุดในแท็บใหม่เพื่อดูว่าเปลี่ยนอะไรไป แล้วกดบันทึกอีกครั้งหากต้องการแทนที่ด้วยฉบับของคุณ";

    /// <summary>
    /// Refuses a save drawn from an older count (a conflict naming <see cref="Field"/>); otherwise counts this save.
    /// Call it after validation, right before the write.
    /// </summary>
    public static Error? Claim(IEditVersioned record, int? drawn)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (drawn is { } version && version != record.EditVersion)
        {
            return Error.Conflict(Message, Field);
        }

        record.EditVersion++;
        return null;
    }
}
