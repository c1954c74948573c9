using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Tests.Architecture.BilingualFlashFixtures;

// Pages written the ways the web app writes its flashes, to prove that BilingualFlashTests' reader finds a Thai-only
// flash however it travels (and lets a translated one through). Never run: only their compiled IL is read.

public abstract class FixturePage : PageModel
{
    public string? Flash { get; set; }

    protected abstract string Locked { get; }

    protected void Answer(bool succeeded, string done)
    {
        if (succeeded)
        {
            Flash = done;
        }
    }

    protected async Task AnswerAsync(Task<bool> work, string done)
    {
        if (await work)
        {
            Flash = done;
        }
    }

    public void Refused(bool locked) => Flash = locked ? Locked : null;
}

public sealed class ThaiOnlyPage : FixturePage
{
    protected override string Locked => "ล็อกไว้แล้ว";

    public void Direct() => Flash = "บันทึกแล้ว";

    public void Chosen(bool done) => Flash = done ? "เสร็จแล้ว" : "ยังไม่เสร็จ";

    public void Interpolated(int count) => Flash = $"นำเข้าแล้ว {count} รายการ";

    public void Joined(string name) => Flash = "ลบ " + name + " แล้ว";

    public void ThroughHelper() => Answer(true, "ส่งแล้ว");

    public Task ThroughAsyncHelper() => AnswerAsync(Task.FromResult(true), "อนุมัติแล้ว");

    public void ThroughLocal(bool done)
    {
        var message = done ? "ปิดเรื่องแล้ว" : Lang.T("ยังเปิดอยู่", "Still open.");
        Flash = message;
    }

    public void ThroughTempData() => TempData["Message"] = "ลบกลุ่มคำแล้ว";

    public void FieldMessage() => ModelState.AddModelError("Input.Title", "กรุณาระบุชื่อเรื่อง");
}

public sealed class BilingualPage : FixturePage
{
    private const string SheetName = "สถิติการให้บริการ";

    protected override string Locked => Lang.T("ล็อกไว้แล้ว", "Locked.");

    public static string Sheet() => SheetName + " 2568";

    public void Direct() => Flash = Lang.T("บันทึกแล้ว", "Saved.");

    public void Chosen(bool done) => Flash = done ? Lang.T("เสร็จแล้ว", "Done.") : Lang.T("ยังไม่เสร็จ", "Not done yet.");

    public void Interpolated(int count) => Flash = Lang.T($"นำเข้าแล้ว {count} รายการ", $"Imported {count} rows.");

    public void ThroughHelper() => Answer(true, Lang.T("ส่งแล้ว", "Sent."));

    public Task ThroughAsyncHelper() => AnswerAsync(Task.FromResult(true), Lang.T("อนุมัติแล้ว", "Approved."));

    public void UseCaseMessage(string message) => Flash = message;

    public void NotShown() => ViewData["Sheet"] = Sheet();

    public void FieldMessage() => ModelState.AddModelError("Input.Title", Lang.T("กรุณาระบุชื่อเรื่อง", "Please give a title."));
}
