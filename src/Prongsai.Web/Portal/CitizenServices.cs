using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Portal;

/// <summary>
/// The citizen services every organization's website offers, with the words people search for them by. Site search
/// shows the ones a query names ("บริการที่เกี่ยวข้อง") above the documents: a villager who types "ร้องเรียน" or "ยืมเต็นท์"
/// is after the form, not a document that mentions it. A fixed list in code: no query, so the cached search page costs
/// no more SQL.
/// </summary>
public static class CitizenServices
{
    public sealed record Service(string Path, string Thai, string English, IReadOnlyList<string> Words)
    {
        public string Title => Lang.T(Thai, English);
    }

    public static IReadOnlyList<Service> All { get; } =
    [
        new("complaints", "ร้องเรียน ร้องทุกข์ แจ้งเบาะแสการทุจริต", "Complaints and corruption reports",
            ["ร้องเรียน", "ร้องทุกข์", "แจ้งเบาะแส", "ทุจริต", "คอร์รัปชัน", "คอรัปชั่น", "แจ้งเรื่อง", "complaint"]),
        new("qa", "ถาม-ตอบ (Q&A)", "Questions and answers", ["ถาม", "คำถาม", "สอบถาม", "ถามตอบ", "q&a", "qa", "question"]),
        new("track", "ติดตามเรื่องที่ยื่นไว้", "Follow a request", ["ติดตาม", "รหัสติดตาม", "ติดตามเรื่อง", "track"]),
        new("borrow", "ขอยืมอุปกรณ์ เต็นท์ โต๊ะ เก้าอี้", "Borrow equipment: tents, tables, chairs",
            ["ยืม", "เต็นท์", "เต้นท์", "เต็นต์", "โต๊ะ", "เก้าอี้", "อุปกรณ์", "borrow", "tent"]),
        new("consultations", "แสดงความคิดเห็นต่อแผนและโครงการ", "Have your say on plans and projects",
            ["ความคิดเห็น", "รับฟังความคิดเห็น", "ประชาพิจารณ์", "เสนอแนะ", "consultation"]),
        new("satisfaction", "ประเมินความพึงพอใจ", "Rate our service", ["พึงพอใจ", "ความพึงพอใจ", "ประเมินความพึงพอใจ", "satisfaction"]),
        new("about/contact", "ติดต่อหน่วยงาน", "Contact us",
            ["ติดต่อ", "เบอร์โทร", "โทรศัพท์", "เบอร์", "ที่อยู่", "อีเมล", "แผนที่", "เวลาทำการ", "contact", "phone"]),
    ];

    /// <summary>The services a query names: one of their words is in it, or it is the start of one of their words.</summary>
    public static IReadOnlyList<Service> For(string? query)
    {
        var typed = string.Concat((query ?? "").Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '.'))).ToLowerInvariant();
        if (typed.Length < 2)
        {
            return [];
        }

        return All.Where(s => s.Words.Any(w =>
            typed.Contains(w.Replace("-", "", StringComparison.Ordinal), StringComparison.Ordinal)
            || (typed.Length >= 3 && w.StartsWith(typed, StringComparison.Ordinal)))).ToList();
    }
}
