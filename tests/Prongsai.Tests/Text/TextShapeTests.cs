using AngleSharp.Html.Parser;
using Prongsai.Core.Text;

namespace Prongsai.Tests.Text;

public class TextShapeTests
{
    /// <summary>What a body typed into the plain box becomes on the public page.</summary>
    [Theory]
    [InlineData("ย่อหน้าเดียว", "<p>ย่อหน้าเดียว</p>")]
    [InlineData("บรรทัดหนึ่ง\nบรรทัดสอง", "<p>บรรทัดหนึ่ง<br>บรรทัดสอง</p>")]
    [InlineData("ย่อหน้าแรก\r\n\r\nย่อหน้าที่สอง", "<p>ย่อหน้าแรก</p><p>ย่อหน้าที่สอง</p>")]
    [InlineData("คุณสมบัติ\n- อายุ 18 ปีขึ้นไป\n- มีสัญชาติไทย",
        "<p>คุณสมบัติ</p><ul><li>อายุ 18 ปีขึ้นไป</li><li>มีสัญชาติไทย</li></ul>")]
    [InlineData("• ข้อแรก\n•ข้อสอง", "<ul><li>ข้อแรก</li><li>ข้อสอง</li></ul>")]
    [InlineData("-ไม่มีเว้นวรรค", "<ul><li>ไม่มีเว้นวรรค</li></ul>")]
    [InlineData("ขั้นตอน\n1. ยื่นคำร้อง\n2. ตรวจเอกสาร\n3. ชำระเงิน",
        "<p>ขั้นตอน</p><ol><li>ยื่นคำร้อง</li><li>ตรวจเอกสาร</li><li>ชำระเงิน</li></ol>")]
    [InlineData("๑. ข้อหนึ่ง\n๒) ข้อสอง\n(3) ข้อสาม", "<ol><li>ข้อหนึ่ง</li><li>ข้อสอง</li><li>ข้อสาม</li></ol>")]
    [InlineData("1. หนึ่ง\n- ย่อย\n2. สอง", "<ol><li>หนึ่ง</li></ol><ul><li>ย่อย</li></ul><ol start=\"2\"><li>สอง</li></ol>")]
    [InlineData("- ก\n\n- ข", "<ul><li>ก</li></ul><ul><li>ข</li></ul>")]
    [InlineData("ราคา -5 บาท\n2567. ปีงบประมาณ\n1.5 ล้านบาท", "<p>ราคา -5 บาท<br>2567. ปีงบประมาณ<br>1.5 ล้านบาท</p>")]
    [InlineData("-5 องศา", "<p>-5 องศา</p>")]
    [InlineData("  \n\n  ", "")]
    public void Plain_text_keeps_paragraphs_line_breaks_and_lists(string typed, string expected)
    {
        Assert.Equal(expected, TextShape.Preview(typed));
        Assert.Equal(expected, TextShape.ToHtml(SafeHtml.Sanitize(typed)));
    }

    [Fact]
    public void Text_is_shown_as_written_not_as_markup()
    {
        Assert.Equal("<p>R&amp;D &lt;ทดสอบ&gt;<br>&quot;อ้างอิง&quot;</p>", TextShape.Preview("R&D <ทดสอบ>\n\"อ้างอิง\""));
    }

    [Fact]
    public void Html_with_its_own_paragraphs_keeps_the_authors_layout()
    {
        Assert.Equal("<p>ก</p>\n<ul><li>ข</li></ul>", TextShape.Preview("<p>ก</p>\n<ul><li>ข</li></ul>"));
    }

    [Fact]
    public void Emphasis_only_html_is_shaped_like_plain_text()
    {
        Assert.Equal("<p><strong>ประกาศ</strong></p><ul><li>ข้อ <b>หนึ่ง</b></li><li>ข้อสอง</li></ul>",
            TextShape.Preview("<strong>ประกาศ</strong>\n\n- ข้อ <b>หนึ่ง</b>\n- ข้อสอง"));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>\n- ข้อ")]
    [InlineData("- <img src=x onerror=alert(1)>\n- ข้อ")]
    [InlineData("<b onclick=\"alert(1)\">ตัวหนา</b>\n- <a href=\"javascript:alert(1)\">คลิก</a>")]
    [InlineData("1. <svg onload=alert(1)>\n2. ข้อ")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>\n\nย่อหน้า")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt;\n- ข้อ")]
    [InlineData("<b>ตัวหนา\n\n- ข้ามย่อหน้า</b>")]
    [InlineData("<p style=\"x\">ก</p><style>p{}</style>")]
    public void Xss_attempts_come_out_with_no_script_no_handler_and_no_link(string typed)
    {
        foreach (var html in new[] { TextShape.Preview(typed), TextShape.ToHtml(typed) })
        {
            var document = new HtmlParser().ParseDocument("<body>" + html + "</body>");
            var allowed = new HashSet<string>(["BODY", "P", "BR", "UL", "OL", "LI", "STRONG", "B", "EM", "I"]);
            foreach (var element in document.Body!.QuerySelectorAll("*"))
            {
                Assert.Contains(element.TagName, allowed);
                Assert.All(element.Attributes, a => Assert.Equal("start", a.Name));
            }

            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Stored_bodies_written_before_shaping_are_shaped_when_shown()
    {
        // What SaveDocument has always stored for a plain body: the text HTML-encoded, new lines kept.
        var stored = SafeHtml.Sanitize("หลักฐาน\n- สำเนาบัตรประชาชน\n- สำเนาทะเบียนบ้าน & รูปถ่าย");

        Assert.Equal("<p>หลักฐาน</p><ul><li>สำเนาบัตรประชาชน</li><li>สำเนาทะเบียนบ้าน &amp; รูปถ่าย</li></ul>", TextShape.ToHtml(stored));
    }

    [Theory]
    [InlineData("R&D <ทดสอบ>\n- ข้อ")]
    [InlineData("<p>ย่อหน้า</p>")]
    public void Editing_shows_what_was_typed_so_saving_again_changes_nothing(string typed)
    {
        var stored = SafeHtml.Sanitize(typed);

        Assert.Equal(typed, TextShape.ForEditing(stored));
        Assert.Equal(stored, SafeHtml.Sanitize(TextShape.ForEditing(stored)));
    }

    [Fact]
    public void A_summary_typed_as_plain_text_is_shaped_and_encoded()
    {
        Assert.Equal("<p>สรุป<br>&lt;b&gt;ไม่ใช่ตัวหนา&lt;/b&gt;</p>", TextShape.FromPlainText("สรุป\n<b>ไม่ใช่ตัวหนา</b>"));
    }
}
