using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;

namespace Prongsai.Core.Publishing;

/// <summary>
/// The categories every organization starts with: the documents the OIT checklist asks the
/// agency's main website to show (see docs/publishing.md for the item each one answers).
/// </summary>
public static class DefaultCategories
{
    public sealed record Default(string Slug, string Name, string English, string Hint, bool IsNews = false);

    /// <summary>The guides to each service (คู่มือสำหรับประชาชน), which the website's home and a poster link once filled.</summary>
    public const string ServiceManuals = "service-manuals";

    /// <summary>The departments' work manuals (คู่มือการปฏิบัติงาน), which the manuals' list by department counts with the guides.</summary>
    public const string WorkManuals = "work-manuals";

    public static IReadOnlyList<Default> All { get; } =
    [
        new("news", "ข่าวประชาสัมพันธ์", "News", "OIT ข่าวประชาสัมพันธ์ (O7 เดิม / O4 ใหม่)", IsNews: true),
        new("announcements", "ประกาศ/มาตรการต่าง ๆ", "Announcements and measures", "ประกาศ คำสั่ง มาตรการภายใน (O42–O43 เดิม, No Gift Policy)", IsNews: true),
        new(WorkManuals, "คู่มือการปฏิบัติงาน", "Work manuals", "คู่มือหรือมาตรฐานการปฏิบัติงาน (O13 เดิม / O8 ใหม่)"),
        new(ServiceManuals, "คู่มือ/มาตรฐานการให้บริการ", "Service manuals and standards", "คู่มือหรือมาตรฐานการให้บริการ (O14 เดิม / O9 ใหม่)"),
        new("development-plans", "แผนพัฒนาท้องถิ่น/แผนยุทธศาสตร์", "Local development and strategic plans", "แผนยุทธศาสตร์หรือแผนพัฒนาหน่วยงาน (O4 เดิม)"),
        new("operational-plans", "แผนดำเนินงานประจำปี", "Annual operational plans", "แผนดำเนินงานประจำปี (O10 เดิม); รายงานรอบ 6 เดือนและประจำปี (O11–O12)"),
        new("budget-plans", "แผนการใช้จ่ายงบประมาณประจำปี", "Annual budget spending plans", "แผนการใช้จ่ายงบประมาณประจำปี (O18 เดิม)"),
        new("budget-reports", "รายงานการใช้จ่ายงบประมาณ (รอบ 6 เดือน, ประจำปี)", "Budget spending reports", "รายงานการกำกับติดตามการใช้จ่ายงบประมาณ รอบ 6 เดือน และประจำปี (O19–O20 เดิม)"),
        new("procurement-plans", "แผนการจัดซื้อจัดจ้าง", "Procurement plans", "แผนการจัดซื้อจัดจ้างหรือแผนการจัดหาพัสดุ (O21 เดิม)"),
        new("procurement-announcements", "ประกาศจัดซื้อจัดจ้าง", "Procurement announcements", "ประกาศต่าง ๆ เกี่ยวกับการจัดซื้อจัดจ้าง (O22 เดิม / O12 ใหม่)"),
        new("procurement-monthly", "สรุปผลการจัดซื้อจัดจ้างรายเดือน (สขร.1)", "Monthly procurement summaries (SorKhorRor.1)", "สรุปผลการจัดซื้อจัดจ้างรายเดือน หนึ่งฉบับต่อเดือน (O23 เดิม)"),
        new("procurement-annual", "รายงานผลการจัดซื้อจัดจ้างประจำปี", "Annual procurement reports", "รายงานผลการจัดซื้อจัดจ้างประจำปี (O24 เดิม / O13 ใหม่)"),
        new("laws", "กฎหมาย/ระเบียบ", "Laws and regulations", "กฎหมายที่เกี่ยวข้อง (O6 เดิม)"),
        new("hr-policies", "นโยบาย/แนวทางบริหารทรัพยากรบุคคล", "Human resources policies", "นโยบายและหลักเกณฑ์การบริหารทรัพยากรบุคคล (O25–O28 เดิม / O14–O15 ใหม่)"),
        // Added later: organizations made before get them the next time EnsureAsync runs, sorted after the others.
        new("service-statistics", "ข้อมูลสถิติการให้บริการ", "Service statistics", "ข้อมูลเชิงสถิติการให้บริการ (O15 เดิม / O11 ใหม่)"),
        new("satisfaction-surveys", "รายงานผลการสำรวจความพึงพอใจการให้บริการ", "Service satisfaction survey reports", "รายงานผลการสำรวจความพึงพอใจการให้บริการ ของปีงบประมาณก่อน (O16 เดิม)"),
        new("participation", "การมีส่วนร่วมของประชาชน", "Public participation", "การเปิดโอกาสให้เกิดการมีส่วนร่วม เช่น ประชาคมหมู่บ้าน การจัดทำแผนหรือโครงการร่วมกับประชาชน (O33 เดิม / O20 ใหม่)"),
        new("executive-integrity", "เจตจำนงสุจริตและการมีส่วนร่วมของผู้บริหาร", "Executives' integrity pledge and participation", "เจตจำนงสุจริตของผู้บริหาร และการมีส่วนร่วมของผู้บริหาร (O34–O35 เดิม)"),
        new("organizational-culture", "การเสริมสร้างวัฒนธรรมองค์กร", "Building an integrity culture", "การเสริมสร้างวัฒนธรรมองค์กร (O38 เดิม)"),
        new("code-of-ethics", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม", "Code of ethics", "ประมวลจริยธรรมและการขับเคลื่อนจริยธรรม (O16 ใหม่)"),
    ];

    /// <summary>Adds the missing defaults to the current organization (idempotent).</summary>
    public static async Task EnsureAsync(ProngsaiDbContext db, int organizationId, CancellationToken cancellationToken = default)
    {
        var existing = await db.DocumentCategories.IgnoreQueryFilters().Where(c => c.OrganizationId == organizationId)
            .Select(c => c.Slug).ToListAsync(cancellationToken);
        if (existing.Count >= All.Count && All.All(d => existing.Contains(d.Slug)))
        {
            return;
        }

        var order = 0;
        foreach (var d in All)
        {
            order += 10;
            if (!existing.Contains(d.Slug))
            {
                db.DocumentCategories.Add(new DocumentCategory
                {
                    OrganizationId = organizationId, Slug = d.Slug, Name = d.Name, NameEnglish = d.English, Hint = d.Hint,
                    SortOrder = order, IsNews = d.IsNews,
                });
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request added them at the same moment: the unique index kept one copy.
            db.ChangeTracker.Clear();
        }
    }
}
