using System.Collections.Concurrent;
using System.Globalization;
using Prongsai.Core.Search;
using Prongsai.Core.Text;

namespace Prongsai.Bench.Bulk;

/// <summary>
/// The synthetic Thai text of the bulk generator: a finite set of variants (summaries, bodies, attachments'
/// extracted text) combined per document, so each variant is segmented once by ThaiSegmenter and a
/// document's tokens are the concatenation of its parts' tokens. The parts are joined by a line break, where
/// the word break iterator always breaks; BulkGenerator checks that equality against a full segmentation of
/// sampled documents and stops if it ever fails.
/// </summary>
public static class BulkText
{
    public static readonly string[] Subjects =
    [
        "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง", "แผนการจัดซื้อจัดจ้างประจำปีงบประมาณ", "ประกาศผู้ชนะการเสนอราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก",
        "คู่มือการให้บริการรับชำระภาษีที่ดินและสิ่งปลูกสร้าง", "รายงานผลการดำเนินงานรอบหกเดือน", "ประชาสัมพันธ์การฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า",
        "สรุปผลการจัดซื้อจัดจ้างประจำเดือน", "ประกาศใช้ข้อบัญญัติงบประมาณรายจ่ายประจำปี", "มาตรการส่งเสริมความโปร่งใสในการจัดซื้อจัดจ้าง",
        "โครงการฝึกอบรมอาชีพให้แก่ประชาชนในพื้นที่", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ", "คู่มือการปฏิบัติงานด้านการเงินและบัญชี",
        "ประกาศเจตจำนงสุจริตของผู้บริหาร", "แผนพัฒนาท้องถิ่นห้าปี", "นโยบายการบริหารทรัพยากรบุคคล", "รายงานผลการจัดซื้อจัดจ้างประจำปี",
        "ประกาศรายชื่อผู้มีสิทธิรับเบี้ยยังชีพผู้สูงอายุ", "ขั้นตอนการขออนุญาตก่อสร้างอาคาร", "แผนการใช้จ่ายงบประมาณประจำปี", "ประกาศการรับฟังความคิดเห็นของประชาชน",
    ];

    private static readonly string[] Sentences =
    [
        "องค์การบริหารส่วนตำบลขอประชาสัมพันธ์ให้ประชาชนในพื้นที่ทราบโดยทั่วกัน",
        "สามารถสอบถามรายละเอียดเพิ่มเติมได้ที่สำนักปลัดในวันและเวลาราชการ",
        "ตามที่ได้ดำเนินการตามแผนการใช้จ่ายงบประมาณประจำปี ขอรายงานผลการเบิกจ่ายงบประมาณและความก้าวหน้าของโครงการต่าง ๆ",
        "เพื่อให้ประชาชนได้มีส่วนร่วมในการตรวจสอบการดำเนินงานของหน่วยงาน",
        "ขั้นตอนการให้บริการ ระยะเวลา และเอกสารที่ต้องใช้ ผู้มาขอรับบริการสามารถยื่นคำขอได้ที่กองคลัง",
        "หรือผ่านช่องทางออนไลน์ของหน่วยงานได้ตลอดยี่สิบสี่ชั่วโมง",
        "คณะกรรมการได้พิจารณาคุณสมบัติของผู้เสนอราคาแล้ว เห็นสมควรประกาศผู้ชนะการเสนอราคาตามรายชื่อแนบท้ายประกาศนี้",
        "งบประมาณที่ได้รับจัดสรรจำนวนหนึ่งล้านสองแสนบาท ราคากลางของทางราชการเป็นไปตามบัญชีแนบท้าย",
        "การดำเนินการเป็นไปตามระเบียบกระทรวงการคลังว่าด้วยการจัดซื้อจัดจ้างและการบริหารพัสดุภาครัฐ",
        "ผู้บริหารและพนักงานทุกคนจะปฏิบัติหน้าที่ด้วยความซื่อสัตย์สุจริต มีคุณธรรม และยึดหลักธรรมาภิบาล",
        "หน่วยงานได้จัดทำมาตรการป้องกันการรับสินบนและการขัดกันระหว่างประโยชน์ส่วนบุคคลกับประโยชน์ส่วนรวม",
        "ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐได้คะแนนเพิ่มขึ้นจากปีที่ผ่านมา",
        "โครงการก่อสร้างถนนคอนกรีตเสริมเหล็กหมู่ที่สามดำเนินการแล้วเสร็จร้อยละหนึ่งร้อย",
        "กองช่างได้ตรวจรับงานจ้างตามสัญญาเรียบร้อยแล้วและเบิกจ่ายเงินให้ผู้รับจ้างครบถ้วน",
        "ศูนย์พัฒนาเด็กเล็กเปิดรับสมัครนักเรียนใหม่ประจำปีการศึกษา ผู้ปกครองสามารถยื่นใบสมัครได้ที่กองการศึกษา",
        "ขอเชิญชวนประชาชนร่วมแสดงความคิดเห็นต่อร่างข้อบัญญัติงบประมาณรายจ่ายก่อนเสนอสภาพิจารณา",
        "ผู้สูงอายุที่มีอายุครบหกสิบปีบริบูรณ์สามารถลงทะเบียนรับเบี้ยยังชีพได้ตั้งแต่วันที่หนึ่งถึงวันที่สามสิบ",
        "การชำระภาษีที่ดินและสิ่งปลูกสร้างภายในกำหนดจะได้รับส่วนลดตามที่กฎหมายกำหนด",
        "หน่วยงานได้ติดตั้งกล้องวงจรปิดเพื่อความปลอดภัยในชีวิตและทรัพย์สินของประชาชนบริเวณทางแยก",
        "สรุปผลการจัดซื้อจัดจ้างประจำเดือนตามแบบ สขร. หนึ่ง ได้เผยแพร่ไว้บนเว็บไซต์ของหน่วยงานแล้ว",
        "การฝึกอบรมอาชีพการทำขนมไทยและการจักสานมีผู้เข้าร่วมจำนวนห้าสิบคน",
        "ขอความร่วมมือประชาชนคัดแยกขยะก่อนทิ้งเพื่อลดปริมาณขยะและรักษาสิ่งแวดล้อม",
        "รายงานการประชุมสภาองค์การบริหารส่วนตำบลสมัยสามัญที่หนึ่งประจำปี",
        "ระยะเวลาดำเนินการตั้งแต่เดือนตุลาคมถึงเดือนกันยายนของปีงบประมาณถัดไป",
        "ผู้รับผิดชอบโครงการได้รายงานปัญหาและอุปสรรคพร้อมข้อเสนอแนะเพื่อการปรับปรุง",
        "เอกสารฉบับนี้จัดทำขึ้นเพื่อเป็นแนวทางการปฏิบัติงานของเจ้าหน้าที่ให้เป็นมาตรฐานเดียวกัน",
        "กรณีมีข้อร้องเรียนเกี่ยวกับการทุจริต สามารถแจ้งผ่านช่องทางรับเรื่องร้องเรียนของหน่วยงานได้",
        "ตารางแสดงวงเงินงบประมาณที่ได้รับจัดสรรและราคากลางในงานจ้างก่อสร้าง",
        "ประกาศ ณ วันที่สิบห้า เดือนมีนาคม พุทธศักราชสองพันห้าร้อยหกสิบเจ็ด",
        "นายกองค์การบริหารส่วนตำบลลงนามอนุมัติแผนการดำเนินงานประจำปีเรียบร้อยแล้ว",
    ];

    public const int SummaryVariants = 60;
    public const int BodyVariants = 200;
    public const int AttachmentVariants = 400;

    /// <summary>Sentences i, i+step, ... joined with spaces: a deterministic variant.</summary>
    private static string Compose(int seed, int count, int step, string separator) =>
        string.Join(separator, Enumerable.Range(0, count).Select(k => Sentences[(seed + k * step) % Sentences.Length]));

    public static string Summary(int variant) => Compose(variant, 1 + variant % 2, 7, " ");

    /// <summary>Body HTML as SaveDocument would store it (SafeHtml), cached per variant.</summary>
    public static string BodyHtml(int variant) => Bodies.GetOrAdd(variant, v =>
        SafeHtml.Sanitize(string.Concat(Enumerable.Range(0, 2 + v % 3).Select(k => "<p>" + Sentences[(v * 3 + k * 11) % Sentences.Length] + "</p>"))));

    public static string AttachmentText(int variant) => Compose(variant * 5, 4 + variant % 5, 3, " ");

    private static readonly ConcurrentDictionary<int, string> Bodies = new();
    private static readonly ConcurrentDictionary<string, string> Plain = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string[]> Tokens = new(StringComparer.Ordinal);

    /// <summary>PlainText.FromHtml, cached: bodies come from a small set.</summary>
    public static string PlainBody(string bodyHtml) => Plain.GetOrAdd(bodyHtml, PlainText.FromHtml);

    /// <summary>ThaiSegmenter's tokens of a part of text (normalized first, as SearchIndex does), cached.</summary>
    public static string[] TokensOf(string part) => Tokens.GetOrAdd(part, p => ThaiSegmenter.Tokenize(ThaiSegmenter.Normalize(p)).Select(t => t.Value).ToArray());

    public static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
