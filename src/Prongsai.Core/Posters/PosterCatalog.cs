using Prongsai.Core.Consultations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Satisfaction;

namespace Prongsai.Core.Posters;

/// <summary>
/// The posters every office may print, one per public page a visitor acts on. Each promise must hold on that page as
/// built — a poster that says "no name needed" sends people to a form that indeed asks none — so a change to a form
/// is a change here too. Nothing the office itself must still do (publish a report, answer in time) is promised. A
/// space in a text is where a printed line may break (<see cref="Poster"/>), so each is put between phrases, as Thai
/// writing does, and a number is held to its unit by a no-break space.
/// </summary>
public static class PosterCatalog
{
    public static IReadOnlyList<Poster> All { get; } =
    [
        new("satisfaction", "ประเมินความพึงพอใจ การให้บริการ", "Rate our service",
            "วันนี้ท่านได้รับบริการเป็นอย่างไร บอกเราได้ในหนึ่งนาที",
            ["ไม่ต้องบอกชื่อ", "ให้คะแนน 4 ข้อ จะเขียนข้อเสนอแนะด้วยก็ได้"],
            SatisfactionPaths.PublicForm) { DepartmentPath = SatisfactionPaths.PublicForm },
        new("complaints", "ร้องเรียน ร้องทุกข์", "Complaints",
            "ไฟฟ้าดับ ถนนชำรุด ขยะ หรือการให้บริการ แจ้งเราได้ตลอด 24\u00A0ชั่วโมง",
            ["ไม่ประสงค์ออกนามได้", "แนบรูปถ่ายได้", "ได้รหัสติดตามเรื่องทันทีที่ส่ง"],
            slug => $"/{slug}/complaints"),
        new("corruption", "แจ้งเบาะแสการทุจริต", "Report corruption",
            "พบเจ้าหน้าที่ทุจริตหรือประพฤติมิชอบ แจ้งเราได้ตลอด 24\u00A0ชั่วโมง",
            ["ไม่ประสงค์ออกนามได้", "เห็นเฉพาะเจ้าหน้าที่รับเรื่องร้องเรียน", "ได้รหัสติดตามเรื่องทันทีที่ส่ง"],
            slug => $"/{slug}/complaints?kind=corruption"),
        new("qa", "ถาม-ตอบ สอบถามข้อมูล", "Ask us",
            "สงสัยเรื่องบริการหรือข้อมูลของหน่วยงาน ถามเราได้ทางออนไลน์",
            ["ไม่ประสงค์ออกนามได้", "ได้รหัสติดตามคำตอบทันทีที่ส่ง"],
            slug => $"/{slug}/qa"),
        new(DefaultCategories.ServiceManuals, "คู่มือสำหรับประชาชน", "Service guides",
            "ขั้นตอน เอกสารที่ต้องเตรียม และระยะเวลาของแต่ละบริการ",
            ["เตรียมเอกสารให้ครบก่อนมาติดต่อ", "ดาวน์โหลดได้ทุกเวลา"],
            slug => $"/{slug}/documents?category={DefaultCategories.ServiceManuals}") { DocumentCategory = DefaultCategories.ServiceManuals },
        new("consultations", "ร่วมแสดงความคิดเห็น", "Have your say",
            "เรื่องที่หน่วยงานกำลังรับฟัง ความคิดเห็นจากประชาชน",
            ["ไม่ต้องสมัครสมาชิก ไม่ต้องบอกชื่อ", "ดูจำนวนความเห็นแต่ละฝ่ายได้บนเว็บไซต์"],
            ConsultationPaths.PublicList),
        new("website", "ข้อมูลข่าวสาร ของหน่วยงาน", "Our website",
            "แผนงาน งบประมาณ การจัดซื้อจัดจ้าง และผลการดำเนินงาน เปิดดูได้ทุกเวลา",
            ["ดาวน์โหลดเอกสารได้", "ค้นหาด้วยคำภาษาไทย"],
            slug => $"/{slug}"),
    ];

    /// <summary>The poster with this key, or null.</summary>
    public static Poster? Find(string? key) => All.FirstOrDefault(p => p.Key == key);
}
