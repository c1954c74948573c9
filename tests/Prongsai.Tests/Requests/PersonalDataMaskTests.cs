using Prongsai.Core.Requests;

namespace Prongsai.Tests.Requests;

/// <summary>
/// The mask of published questions and answers: what people write as contact data is masked however it is written,
/// and the numbers of ordinary letters (amounts, years, dates, document numbers, times) stay.
/// </summary>
public sealed class PersonalDataMaskTests
{
    public static TheoryData<string, string> Masked => new()
    {
        // Telephone numbers
        { "โทร 081-234-5678 ครับ", "โทร ••• ครับ" },
        { "โทร 0812345678", "โทร •••" },
        { "โทร (081) 234-5678 ครับ", "โทร ••• ครับ" },
        { "โทร 081.234.5679", "โทร •••" },
        { "โทร 081 - 234 - 5678 ได้ตลอด", "โทร ••• ได้ตลอด" },
        { "โทร 081 234 5678", "โทร •••" },
        { "สำนักงาน 0 2123 4567", "สำนักงาน •••" },
        { "สำนักงาน 02-123-4567 ต่อ 12", "สำนักงาน ••• ต่อ 12" },
        { "บ้าน 038-123-456", "บ้าน •••" },
        { "มือถือ +66 81 234 5678", "มือถือ •••" },
        { "มือถือ (+66) 81-234-5678", "มือถือ •••" },
        { "เบอร์ ๐๘๑-๒๓๔-๕๖๗๘ นะคะ", "เบอร์ ••• นะคะ" },
        { "เบอร์ (๐๘๑) ๒๓๔ ๕๖๗๘", "เบอร์ •••" },
        { "เบอร์ ０８１－２３４－５６７８", "เบอร์ •••" },
        { "ปี 2567 โทร 081 234 5678", "ปี 2567 โทร •••" },
        { "081 234 5678 หรือ 089 876 5432", "••• หรือ •••" },
        { "081 234 5678 089 876 5432", "••• •••" },
        { "(โทร 081-234-5678)", "(โทร •••)" },

        // Identification numbers
        { "เลขบัตร 1-2345-67890-12-3", "เลขบัตร •••" },
        { "เลขบัตร 1234567890123", "เลขบัตร •••" },
        { "เลขบัตร 1.2345.67890.12.3", "เลขบัตร •••" },
        { "เลขบัตร 1 2345 67890 12 3", "เลขบัตร •••" },
        { "เลขบัตร [1-2345-67890-12-3]", "เลขบัตร [•••]" },
        { "เลขบัตร 1(2345)67890(12)3", "เลขบัตร •••" },
        { "เลขบัตร (1)2345(67890)12(3)", "เลขบัตร •••" },
        { "เลขบัตร ๑-๒๓๔๕-๖๗๘๙๐-๑๒-๓", "เลขบัตร •••" },
        { "เลขบัตร ๑.๒๓๔๕.๖๗๘๙๐.๑๒.๓", "เลขบัตร •••" },
        { "บัญชี 123-4-56789-0", "บัญชี •••" },

        // E-mail addresses
        { "อีเมล somchai@example.com ครับ", "อีเมล ••• ครับ" },
        { "อีเมล somchai.p+qa@mail.example.co.th.", "อีเมล •••." },
        { "อีเมล somchai＠example.com", "อีเมล •••" },
        { "อีเมล ｓｏｍｃｈａｉ＠ｅｘａｍｐｌｅ．ｃｏｍ", "อีเมล •••" },
        { "อีเมล somchai@gmail นะครับ", "อีเมล ••• นะครับ" },
        { "ส่งที่somchai@gmailครับ", "ส่งที่•••ครับ" },
        { "อีเมล somchai_0812345678@example.com", "อีเมล •••" },

        // LINE ids
        { "line: somchai_1988", "line: •••" },
        { "LINE:somchai_1988 ครับ", "LINE:••• ครับ" },
        { "ไลน์ somchai.p", "ไลน์ •••" },
        { "ติดต่อทางไลน์ somchai.p ได้เลย", "ติดต่อทางไลน์ ••• ได้เลย" },
        { "Line ID : @abc123", "Line ID : •••" },
        { "ID line somchai", "ID line •••" },
        { "ไอดีไลน์ somchai1988", "ไอดีไลน์ •••" },
        { "ไลน์ไอดี: somchai.", "ไลน์ไอดี: •••." },
        { "lineid somchai", "lineid •••" },
        { "ไลน์ @bangkha", "ไลน์ •••" },
    };

    public static TheoryData<string> Kept => new()
    {
        "ค่าธรรมเนียม 3,500.00 บาท",
        "งบประมาณ 1,234,567.00 บาท",
        "ยอดรวม 12345678.00 บาท",
        "ยอดรวม 123456789.00 บาท",
        "ปีงบประมาณ 2567",
        "ปี 2565 2566 2567",
        "ปี ๒๕๖๗",
        "วันที่ 1/10/2568",
        "วันที่ 01/10/2568 08.30 น.",
        "วันที่ 01.10.2568 08.30 น.",
        "วันที่ 1-10-2568 ถึง 30-09-2569",
        "หนังสือที่ ชบ 12345/2567",
        "ที่ มท 0808.2/ว 1234 ลงวันที่ 5 ม.ค. 2567",
        "เปิดทำการ 08.30 น.",
        "เวลา 08.30 - 16.30 น.",
        "เวลา 08.30 - 12.00 13.00 - 16.30 น.",
        "สายด่วน 1111",
        "หมู่ 3 ตำบลบางคา อำเภอราชสาส์น",
        "ข้อ 3.2.1",
        "ช่องทางออนไลน์ www.bangkha.go.th",
        "ส่งภายในเดดไลน์ deadline 30 วัน",
        "online service",
        "ไลน์กลุ่มของหมู่บ้าน",
        "กรุณาติดตาม @bangkha ทางเฟซบุ๊ก",
        "ราคา 2500.50 บาท",
        "",
    };

    [Theory]
    [MemberData(nameof(Masked))]
    public void Contact_data_is_masked_however_it_is_written(string text, string expected) =>
        Assert.Equal(expected, PersonalDataMask.Mask(text));

    [Theory]
    [MemberData(nameof(Kept))]
    public void Ordinary_numbers_and_words_stay(string text) =>
        Assert.Equal(text, PersonalDataMask.Mask(text));

    [Fact]
    public void Nothing_becomes_an_empty_text() => Assert.Equal("", PersonalDataMask.Mask(null));

    [Fact]
    public void A_long_hostile_text_is_read_to_its_end()
    {
        // Shapes that make a backtracking pattern try every start: digits and separators without an end, local parts
        // without a domain, the word "line" again and again. The scanner reads each character a bounded number of
        // times, so these end at once (a backtracking pattern would hold this test for minutes); how fast is a
        // benchmark's question, not this test's.
        string[] hostile =
        [
            string.Concat(Enumerable.Repeat("1 - ", 50_000)),
            string.Concat(Enumerable.Repeat("a.", 50_000)) + "@",
            string.Concat(Enumerable.Repeat("@a", 50_000)),
            string.Concat(Enumerable.Repeat("line ", 50_000)),
            string.Concat(Enumerable.Repeat("(0", 50_000)),
        ];

        foreach (var text in hostile)
        {
            var masked = PersonalDataMask.Mask(text);
            Assert.False(string.IsNullOrEmpty(masked));
            Assert.True(masked.Length <= text.Length + 3, "masking never lengthens a text beyond its mark");
        }
    }
}
