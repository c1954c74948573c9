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

    [Theory]
    [InlineData("สั้น", 10, "สั้น")]
    [InlineData("กขคงจ", 5, "กขคงจ")]
    [InlineData("กขคงจฉ", 5, "กขคง…")]
    // "ที่ดิน": the cut would fall on the vowel and tone mark of ท; the whole letter goes instead.
    [InlineData("ที่ดิน", 3, "…")]
    [InlineData("กที่ดิน", 4, "ก…")]
    [InlineData("ที่ดิน", 4, "ที่…")]
    // A surrogate pair is one character to the reader.
    [InlineData("ก😀ข", 3, "ก…")]
    public void Shortens_at_a_whole_letter(string text, int maxLength, string expected)
    {
        var shortened = PlainText.Shorten(text, maxLength);

        Assert.Equal(expected, shortened);
        Assert.True(shortened.Length <= maxLength);
    }

    [Fact]
    public void Shortened_text_never_ends_in_a_lone_mark_or_half_a_pair()
    {
        var text = string.Concat(Enumerable.Repeat("ผู้ใหญ่บ้านที่นี่ 😀 ", 20));

        for (var max = 1; max <= text.Length + 1; max++)
        {
            var shortened = PlainText.Shorten(text, max);
            var kept = shortened.TrimEnd('…');

            Assert.True(shortened.Length <= max, $"{max}: {shortened}");
            Assert.StartsWith(kept, text, StringComparison.Ordinal);
            if (kept.Length < text.Length)
            {
                var next = text[kept.Length];
                Assert.False(char.IsLowSurrogate(next), $"{max}: a pair was split");
                Assert.NotEqual(System.Globalization.UnicodeCategory.NonSpacingMark, char.GetUnicodeCategory(next));
            }
        }
    }

    [Fact]
    public void What_was_typed_is_trimmed_before_it_is_shortened()
    {
        Assert.Equal("12,000", PlainText.Typed("  12,000 \n", 10));
        Assert.Equal("", PlainText.Typed(null, 10));
        Assert.Equal("123456789…", PlainText.Typed(" 12345678901 ", 10));
    }
}
