using System.Xml;
using Prongsai.Core.Text;

namespace Prongsai.Tests.Text;

public sealed class XmlSafeTextTests
{
    [Fact]
    public void Words_line_and_page_breaks_become_newlines_and_what_xml_cannot_hold_is_left_out()
    {
        var pasted = "ข้อ 1\vข้อ 2\fหน้า 2\u0001\u001F\uFFFE\uFFFF จบ\uD800";

        var clean = XmlSafeText.Clean(pasted);

        Assert.Equal("ข้อ 1\nข้อ 2\nหน้า 2 จบ", clean);
        // The result is what an XML writer accepts.
        using var writer = XmlWriter.Create(new StringWriter());
        writer.WriteElementString("t", clean);
    }

    [Fact]
    public void Text_an_xml_file_can_hold_is_the_same_instance_emoji_and_thai_included()
    {
        var text = "ร้องเรียน 👍 ถนนชำรุด\tหมู่ 3\r\nบรรทัดใหม่";

        Assert.Same(text, XmlSafeText.Clean(text));
        Assert.Equal("", XmlSafeText.Clean(null));
    }
}
