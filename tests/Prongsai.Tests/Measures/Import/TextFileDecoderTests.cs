using System.Text;
using Prongsai.Core.Measures.Import;

namespace Prongsai.Tests.Measures.Import;

public class TextFileDecoderTests
{
    private const string Thai = "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ขององค์การบริหารส่วนตำบลบางคา ปีงบประมาณ พ.ศ. 2567";

    private static Encoding Windows874()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(874);
    }

    public static TheoryData<string, byte[], string, string> Decodable => new()
    {
        { "ascii", Encoding.ASCII.GetBytes("hello\r\nworld\rend"), "utf-8", "hello\nworld\nend" },
        { "utf-8", Encoding.UTF8.GetBytes(Thai + "\n"), "utf-8", Thai + "\n" },
        { "utf-8 bom", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Thai)], "utf-8-bom", Thai },
        { "windows-874", Windows874().GetBytes(Thai + "\r\n" + Thai), "windows-874", Thai + "\n" + Thai },
        { "windows-874 with curly quotes", Windows874().GetBytes("“" + Thai + "” – ต่าง ๆ"), "windows-874", "“" + Thai + "” – ต่าง ๆ" },
    };

    [Theory]
    [MemberData(nameof(Decodable))]
    public void Decodes_text_files_and_normalizes_line_endings(string name, byte[] bytes, string encoding, string text)
    {
        var result = TextFileDecoder.Decode(bytes);

        Assert.True(result.Succeeded, $"{name}: {result.Problem}");
        Assert.Equal(encoding, result.EncodingName);
        Assert.Equal(text, result.Text);
    }

    public static TheoryData<string, byte[], string> Refused => new()
    {
        { "empty", [], "ว่างเปล่า" },
        { "png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00], "ไม่ใช่ไฟล์ข้อความ" },
        { "pdf-like with nul", [.. Encoding.ASCII.GetBytes("%PDF-1.7\n"), 0x00, 0x01, 0x02, 0xE2, 0xE3], "ไม่ใช่ไฟล์ข้อความ" },
        { "control characters", [.. Encoding.ASCII.GetBytes("ab"), 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x1B, 0x7F], "ไม่ใช่ไฟล์ข้อความ" },
        { "utf-16 le bom", [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Thai)], "UTF-16" },
        { "utf-16 be bom", [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Thai)], "UTF-16" },
        { "utf-16 le no bom", Encoding.Unicode.GetBytes("มาตรการ report"), "UTF-16" },
        { "shift-jis-like", [0x93, 0xFA, 0x96, 0x7B, 0x8C, 0xEA, 0x82, 0xCC, 0x83, 0x65, 0x83, 0x4C, 0x83, 0x58, 0x83, 0x67], "อ่านภาษาไทยในไฟล์นี้ไม่ได้" },
        { "latin-1 accents", Encoding.Latin1.GetBytes("Café crème brûlée à la française"), "อ่านภาษาไทยในไฟล์นี้ไม่ได้" },
        { "random", RandomBytes(), "" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refuses_what_is_not_utf8_or_thai_text(string name, byte[] bytes, string fragment)
    {
        var result = TextFileDecoder.Decode(bytes);

        Assert.False(result.Succeeded, name);
        Assert.Null(result.Text);
        Assert.Contains(fragment, result.Problem, StringComparison.Ordinal);
        Assert.Contains("ไฟล์", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_with_bom_of_the_bom_kind_has_no_bom_character_in_the_text()
    {
        var result = TextFileDecoder.Decode([0xEF, 0xBB, 0xBF, .. "ก"u8.ToArray()]);

        Assert.Equal("ก", result.Text);
    }

    private static byte[] RandomBytes()
    {
        var random = new Random(2567);
        var bytes = new byte[4096];
        random.NextBytes(bytes);
        return bytes;
    }
}
