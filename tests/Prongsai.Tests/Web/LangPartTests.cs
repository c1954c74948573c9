using System.Globalization;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Tests.Web;

public class LangPartTests
{
    [Theory]
    [InlineData("th-TH", "OCR ไม่พบข้อความ / OCR found no text", "OCR ไม่พบข้อความ")]
    [InlineData("en-GB", "OCR ไม่พบข้อความ / OCR found no text", "OCR found no text")]
    [InlineData("th-TH", "ไม่อ่านไฟล์นี้: ZIP 1/2 / refused: zip", "ไม่อ่านไฟล์นี้: ZIP 1/2")]
    [InlineData("en-GB", "ข้อความเดียว", "ข้อความเดียว")]
    public void A_message_kept_in_both_languages_shows_the_pages_language(string culture, string message, string expected)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            Assert.Equal(expected, Lang.Part(message));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
