namespace Prongsai.Tests.Architecture;

/// <summary>
/// What the web app says itself is in both languages (docs/decisions.md, "Plain Thai messages"): a flash — the message
/// a page keeps in TempData for the next page, through its <c>Flash</c> property, the operator pages' <c>Message</c>,
/// or TempData's indexer — and a message a page puts on a field itself (<c>ModelState.AddModelError</c>) are never a Thai
/// literal alone; their text goes through <c>Lang.T(thai, english)</c>.
/// <para>
/// The check reads the compiled Prongsai.Web (<see cref="ThaiTextFlow"/>): every Thai string literal is followed
/// through locals, string building, helper parameters, async state machines, lambdas' captured variables and virtual
/// properties, and one that reaches a flash without passing through <c>Lang.T</c> fails the test, named with the
/// method that writes it. Text that is not a literal of the web app — a use case's error message, which Core words in
/// Thai only by decision — is not followed. Razor views are left out: they show a flash, they do not set one.
/// The fixtures in <c>BilingualFlashFixtures</c> prove the reader: each way of writing a Thai-only flash is found,
/// and none of their translated twins is.
/// </para>
/// </summary>
public sealed class BilingualFlashTests
{
    private static readonly ThaiTextRules Flashes = new(
        IsSink: (type, member) => member == "set_Flash"
            || (member == "set_Message" && type.StartsWith("Prongsai.", StringComparison.Ordinal))
            || (member is "AddModelError" or "TryAddModelError" && type == "Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary"),
        IsTranslation: (type, member) => type == "Prongsai.Web.Infrastructure.Lang" && member is "T" or "Part",
        Analysed: type => !type.StartsWith("AspNetCoreGeneratedDocument.", StringComparison.Ordinal));

    [Fact]
    public void Every_flash_and_field_message_the_web_app_writes_is_in_Thai_and_English()
    {
        var leaks = ThaiTextFlow.Leaks(WebAssembly(), Flashes);
        Assert.True(leaks.Count == 0,
            "Thai-only flashes or field messages (write them as Lang.T(\"ไทย\", \"English\")):\n" + string.Join("\n", leaks.Select(l => $"{l.Method}: {l.Text}")));
    }

    [Fact]
    public void The_reader_finds_a_Thai_only_flash_however_it_travels()
    {
        var fixtures = typeof(BilingualFlashFixtures.FixturePage).Namespace + ".";
        var leaks = ThaiTextFlow.Leaks(typeof(BilingualFlashTests).Assembly.Location,
            Flashes with { Analysed = type => type.StartsWith(fixtures, StringComparison.Ordinal) });

        Assert.All(leaks, l => Assert.StartsWith(fixtures + "ThaiOnlyPage", l.Method, StringComparison.Ordinal));
        string[] expected =
        [
            "บันทึกแล้ว", "เสร็จแล้ว", "ยังไม่เสร็จ", "นำเข้าแล้ว ", " รายการ", "ลบ ", " แล้ว", "ส่งแล้ว", "อนุมัติแล้ว", "ปิดเรื่องแล้ว",
            "ลบกลุ่มคำแล้ว", "ล็อกไว้แล้ว", "กรุณาระบุชื่อเรื่อง",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), leaks.Select(l => l.Text).Distinct().Order(StringComparer.Ordinal));
    }

    private static string WebAssembly()
    {
        var path = typeof(Prongsai.Web.Infrastructure.Lang).Assembly.Location;
        Assert.True(File.Exists(path), $"{path} not built");
        return path;
    }
}
