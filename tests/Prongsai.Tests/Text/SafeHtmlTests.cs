using Prongsai.Core.Text;

namespace Prongsai.Tests.Text;

public class SafeHtmlTests
{
    [Theory]
    [InlineData("<p>ย่อหน้า</p>", "<p>ย่อหน้า</p>")]
    [InlineData("<ol><li>หนึ่ง</li><li>สอง</li></ol>", "<ol><li>หนึ่ง</li><li>สอง</li></ol>")]
    [InlineData("<ul><li><strong>ก</strong> <em>ข</em> <b>ค</b> <i>ง</i></li></ul>", "<ul><li><strong>ก</strong> <em>ข</em> <b>ค</b> <i>ง</i></li></ul>")]
    [InlineData("บรรทัด 1<br>บรรทัด 2", "บรรทัด 1<br>บรรทัด 2")]
    public void Allowed_tags_are_kept(string input, string expected)
    {
        Assert.Equal(expected, SafeHtml.Sanitize(input));
    }

    [Theory]
    [InlineData("<ol style=\"list-style-type: none\"><li>ก</li></ol>", "<ol><li>ก</li></ol>")]
    [InlineData("<p onclick=\"alert(1)\" class=\"x\" id=\"y\">ก</p>", "<p>ก</p>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">ก</p>", "<p>ก</p>")]
    [InlineData("<b data-x=\"1\" title=\"t\">ก</b>", "<b>ก</b>")]
    public void Every_attribute_is_removed(string input, string expected)
    {
        Assert.Equal(expected, SafeHtml.Sanitize(input));
    }

    [Theory]
    [InlineData("<p>ก<script>alert('xss')</script>ข</p>", "<p>กข</p>")]
    [InlineData("<style>p{color:red}</style><p>ก</p>", "<p>ก</p>")]
    [InlineData("<p>ก</p><iframe src=\"https://evil.example\">ข้อความใน iframe</iframe>", "<p>ก</p>")]
    [InlineData("<p>ก<object data=\"x.swf\">fallback</object></p>", "<p>ก</p>")]
    [InlineData("<svg><script>alert(1)</script></svg><p>ก</p>", "<p>ก</p>")]
    public void Script_like_elements_are_removed_with_their_content(string input, string expected)
    {
        Assert.Equal(expected, SafeHtml.Sanitize(input));
    }

    [Theory]
    [InlineData("<a href=\"javascript:alert(1)\">คลิก</a>", "คลิก")]
    [InlineData("<a href=\"https://example.com\">ลิงก์</a>", "ลิงก์")]
    [InlineData("<img src=x onerror=alert(1)>รูป", "รูป")]
    [InlineData("<div><span style=\"color:red\">ข้อความ</span></div>", "ข้อความ")]
    [InlineData("<font face=\"TH SarabunPSK\">ข้อความ</font>", "ข้อความ")]
    [InlineData("<p>ก<!-- comment --></p>", "<p>ก</p>")]
    public void Other_tags_and_urls_are_dropped_but_their_words_kept(string input, string expected)
    {
        Assert.Equal(expected, SafeHtml.Sanitize(input));
    }

    [Theory]
    [InlineData("ถาม-ตอบ (Q&A)", "ถาม-ตอบ (Q&amp;A)")]
    [InlineData("a < b และ c > d", "a &lt; b และ c &gt; d")]
    [InlineData("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;")]
    [InlineData("  ข้อความธรรมดา  ", "ข้อความธรรมดา")]
    public void Plain_text_is_encoded(string input, string expected)
    {
        Assert.Equal(expected, SafeHtml.Sanitize(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Nothing_gives_empty(string? input)
    {
        Assert.Equal(string.Empty, SafeHtml.Sanitize(input));
    }

    [Fact]
    public void Thai_and_entities_survive()
    {
        Assert.Equal("<p>ช่องทางการสื่อสารสองทาง (Q&amp;A)</p>", SafeHtml.Sanitize("<p>ช่องทางการสื่อสารสองทาง (Q&amp;A)</p>"));
    }

    [Fact]
    public void Shared_sanitizer_is_safe_to_use_from_many_threads()
    {
        var inputs = Enumerable.Range(0, 200)
            .Select(i => $"<p onclick=\"x\">รายการ {i}<script>bad()</script></p>")
            .ToArray();

        var outputs = new string[inputs.Length];
        Parallel.For(0, inputs.Length, i => outputs[i] = SafeHtml.Sanitize(inputs[i]));

        for (var i = 0; i < inputs.Length; i++)
        {
            Assert.Equal($"<p>รายการ {i}</p>", outputs[i]);
        }
    }
}
