using Prongsai.Core.Text;

namespace Prongsai.Tests.Text;

public class PlainTextTests
{
    [Theory]
    [InlineData("<p>สำนักปลัด</p>", "สำนักปลัด")]
    [InlineData("ถาม-ตอบ (Q&amp;A)", "ถาม-ตอบ (Q&A)")]
    [InlineData("<p>ก</p><p>ข</p>", "ก ข")]
    [InlineData("<ol><li>หนึ่ง</li><li>สอง</li></ol>", "หนึ่ง สอง")]
    [InlineData("บรรทัดแรก<br>บรรทัดสอง", "บรรทัดแรก บรรทัดสอง")]
    [InlineData("<b>ตัว</b>หนา", "ตัวหนา")]
    [InlineData("  หลาย \t ช่อง\n\nว่าง  ", "หลาย ช่อง ว่าง")]
    [InlineData("ไม่มี&nbsp;แท็ก", "ไม่มี แท็ก")]
    [InlineData("&lt;script&gt;", "<script>")]
    [InlineData("<p>ก<script>alert(1)</script><style>p{}</style></p>", "ก")]
    [InlineData("ต่าง ๆ", "ต่าง ๆ")]
    [InlineData("a < b", "a < b")]
    public void Removes_markup_and_collapses_whitespace(string html, string expected)
    {
        Assert.Equal(expected, PlainText.FromHtml(html));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \n ")]
    [InlineData("<p> </p>")]
    public void Empty_input_gives_empty_text(string? html)
    {
        Assert.Equal(string.Empty, PlainText.FromHtml(html));
    }
}
