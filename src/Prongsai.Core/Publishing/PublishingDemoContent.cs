using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Publishing;

/// <summary>
/// Sample portal content for the demo organization, published through the real use cases (so
/// the ledger, search index and audit trail hold them too). Every title says "(ตัวอย่าง)".
/// </summary>
public sealed class PublishingDemoContent(
    ProngsaiDbContext db, CurrentOrganization current, SaveDocument save, PublishDocument publish, OrganizationPages pages, TimeProvider clock)
    : IDemoContent
{
    private sealed record Sample(string Category, string? Department, int? Year, string Title, string Summary, string Body, string? Attachment = null);

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        current.Set(organization.Id, organization.Slug);
        await DefaultCategories.EnsureAsync(db, organization.Id, cancellationToken);
        var categories = await db.DocumentCategories.ToDictionaryAsync(c => c.Slug, c => c.Id, cancellationToken);
        var departments = await db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id, cancellationToken);

        var editor = StaffActor.System(Prongsai.Core.Demo.DemoSeeder.ActorName, organization.Id);
        await pages.SaveAsync(editor, "intro", null,
            $"<p>{organization.Name} (ข้อมูลตัวอย่าง) ตั้งอยู่ริมแม่น้ำบางปะกง ประชาชนส่วนใหญ่ประกอบอาชีพเกษตรกรรม ประมง และค้าขาย เว็บไซต์นี้เผยแพร่แผนงาน งบประมาณ การจัดซื้อจัดจ้าง คู่มือการให้บริการ และผลการดำเนินงาน เพื่อให้ประชาชนตรวจสอบได้ทุกขั้นตอน</p>", cancellationToken);
        await pages.SaveAsync(editor, "history", null,
            "<p>(ข้อมูลตัวอย่าง) องค์การบริหารส่วนตำบลบางคายกฐานะจากสภาตำบลเมื่อปี พ.ศ. 2540 ตามพระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 มีพื้นที่ประมาณ 18 ตารางกิโลเมตร 8 หมู่บ้าน</p>", cancellationToken);

        db.Executives.AddRange(
            new Executive { Name = "นายสมชาย ใจดี (ตัวอย่าง)", Title = "นายกองค์การบริหารส่วนตำบล", Side = ExecutiveSide.Elected, Phone = "08-0000-0001", SortOrder = 1 },
            new Executive { Name = "นางสาวมาลี ศรีบางคา (ตัวอย่าง)", Title = "รองนายกองค์การบริหารส่วนตำบล", Side = ExecutiveSide.Elected, Phone = "08-0000-0002", SortOrder = 2 },
            new Executive { Name = "นายประเสริฐ ทองดี (ตัวอย่าง)", Title = "ประธานสภาองค์การบริหารส่วนตำบล", Side = ExecutiveSide.Elected, SortOrder = 3 },
            new Executive { Name = "นางวันเพ็ญ สุขใจ (ตัวอย่าง)", Title = "ปลัดองค์การบริหารส่วนตำบล", Side = ExecutiveSide.CivilService, Phone = "038-000-001", SortOrder = 1 },
            new Executive { Name = "นายอนันต์ รักษ์ดี (ตัวอย่าง)", Title = "ผู้อำนวยการกองคลัง", Side = ExecutiveSide.CivilService, Phone = "038-000-002", SortOrder = 2 });
        await db.SaveChangesAsync(cancellationToken);

        foreach (var sample in Samples)
        {
            var files = new List<UploadedFile>();
            if (sample.Attachment is not null)
            {
                var bytes = MiniDocx.Create([sample.Title, sample.Summary, sample.Body, "เอกสารนี้เป็นข้อมูลตัวอย่างเพื่อสาธิตระบบ ไม่ใช่เอกสารราชการจริง"]);
                files.Add(new UploadedFile(sample.Attachment, new MemoryStream(bytes)));
            }

            var saved = await save.RunAsync(null,
                new DocumentInput(sample.Title, sample.Summary, $"<p>{System.Net.WebUtility.HtmlEncode(sample.Body)}</p><p><em>ข้อมูลตัวอย่างเพื่อสาธิตระบบ</em></p>",
                    categories[sample.Category], sample.Department is null ? null : departments.GetValueOrDefault(sample.Department), sample.Year),
                files, [], editor, cancellationToken);
            var document = saved.Value ?? throw new InvalidOperationException(saved.Errors[0].Message);
            if (sample.Title.Contains("ร่าง", StringComparison.Ordinal))
            {
                continue;
            }

            if (sample.Title.Contains("ตั้งเวลา", StringComparison.Ordinal))
            {
                await publish.ScheduleAsync(document.Id, clock.GetUtcNow().AddDays(3), editor, cancellationToken);
                continue;
            }

            await publish.PublishNowAsync(document.Id, editor, cancellationToken);
        }
    }

    private static readonly Sample[] Samples =
    [
        new("laws", null, null, "พระราชบัญญัติสภาตำบลและองค์การบริหารส่วนตำบล พ.ศ. 2537 (ตัวอย่าง)",
            "กฎหมายจัดตั้งและกำหนดอำนาจหน้าที่ขององค์การบริหารส่วนตำบล", "สรุปสาระสำคัญของกฎหมายจัดตั้งองค์การบริหารส่วนตำบล อำนาจหน้าที่ และโครงสร้างสภาและฝ่ายบริหาร"),
        new("development-plans", "สำนักปลัด", 2568, "แผนพัฒนาท้องถิ่น (พ.ศ. 2566–2570) (ตัวอย่าง)",
            "แผนพัฒนาท้องถิ่นห้าปี ยุทธศาสตร์การพัฒนาโครงสร้างพื้นฐาน คุณภาพชีวิต และการบริหารจัดการที่ดี",
            "ยุทธศาสตร์ที่ 1 การพัฒนาโครงสร้างพื้นฐาน ยุทธศาสตร์ที่ 2 การพัฒนาคุณภาพชีวิตและสาธารณสุข ยุทธศาสตร์ที่ 3 การบริหารจัดการบ้านเมืองที่ดี", "แผนพัฒนาท้องถิ่น.docx"),
        new("operational-plans", "สำนักปลัด", 2568, "แผนการดำเนินงานประจำปีงบประมาณ พ.ศ. 2568 (ตัวอย่าง)",
            "โครงการและกิจกรรมที่จะดำเนินการในปีงบประมาณ พ.ศ. 2568 จำแนกตามยุทธศาสตร์", "รายการโครงการก่อสร้างถนนคอนกรีตเสริมเหล็ก โครงการส่งเสริมสุขภาพผู้สูงอายุ และโครงการป้องกันการทุจริต", "แผนการดำเนินงาน 2568.docx"),
        new("budget-plans", "กองคลัง", 2568, "แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2568 (ตัวอย่าง)",
            "แผนการใช้จ่ายงบประมาณรายไตรมาส", "งบประมาณรายจ่ายทั้งสิ้น 32,500,000 บาท แบ่งการเบิกจ่ายเป็นรายไตรมาส"),
        new("budget-reports", "กองคลัง", 2567, "รายงานผลการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. 2567 (ตัวอย่าง)",
            "ผลการเบิกจ่ายงบประมาณทั้งปีเทียบกับแผน", "เบิกจ่ายได้ร้อยละ 91.4 ของงบประมาณที่ตั้งไว้", "รายงานการใช้จ่ายงบประมาณ 2567.docx"),
        new("procurement-plans", "กองคลัง", 2568, "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568 (ตัวอย่าง)",
            "แผนการจัดหาพัสดุประจำปี", "รายการจัดซื้อวัสดุสำนักงาน ครุภัณฑ์คอมพิวเตอร์ และการจ้างก่อสร้างถนน"),
        new("procurement-monthly", "กองคลัง", 2568, "สรุปผลการดำเนินการจัดซื้อจัดจ้าง (สขร.1) ประจำเดือนตุลาคม 2567 (ตัวอย่าง)",
            "แบบ สขร.1 สรุปผลการจัดซื้อจัดจ้างในรอบเดือน", "จัดซื้อวัสดุสำนักงาน วิธีเฉพาะเจาะจง วงเงิน 12,500 บาท ผู้ได้รับการคัดเลือก ร้านตัวอย่างพาณิชย์", "สขร1 ตุลาคม 2567.docx"),
        new("procurement-announcements", "กองช่าง", 2568, "ประกาศประกวดราคาจ้างก่อสร้างถนนคอนกรีตเสริมเหล็ก หมู่ที่ 3 (ตัวอย่าง)",
            "ประกาศประกวดราคาด้วยวิธีประกวดราคาอิเล็กทรอนิกส์ (e-bidding)", "ราคากลาง 1,250,000 บาท ยื่นข้อเสนอทางระบบจัดซื้อจัดจ้างภาครัฐ"),
        new("work-manuals", "กองคลัง", 2568, "คู่มือการปฏิบัติงานด้านการจัดเก็บภาษีที่ดินและสิ่งปลูกสร้าง (ตัวอย่าง)",
            "ขั้นตอนการสำรวจ ประเมิน และแจ้งภาษีที่ดินและสิ่งปลูกสร้าง", "ขั้นตอนที่ 1 สำรวจข้อมูลที่ดิน ขั้นตอนที่ 2 ประเมินภาษี ขั้นตอนที่ 3 แจ้งการประเมินและรับชำระ", "คู่มือจัดเก็บภาษี.docx"),
        new("service-manuals", "กองช่าง", 2568, "คู่มือสำหรับประชาชน การขออนุญาตก่อสร้างอาคาร (ตัวอย่าง)",
            "เอกสารที่ต้องใช้ ขั้นตอน และระยะเวลาการขออนุญาตก่อสร้างอาคาร", "ยื่นคำขอพร้อมแบบแปลน ตรวจพิจารณาภายใน 45 วัน ไม่มีค่าธรรมเนียมสำหรับอาคารพักอาศัยขนาดเล็ก", "คู่มือขออนุญาตก่อสร้าง.docx"),
        new("hr-policies", "สำนักปลัด", 2568, "นโยบายการบริหารทรัพยากรบุคคล ประจำปี 2568 (ตัวอย่าง)",
            "นโยบายการสรรหา พัฒนา และรักษาบุคลากร", "ส่งเสริมการพัฒนาสมรรถนะของพนักงานส่วนตำบลอย่างต่อเนื่อง โปร่งใส และเป็นธรรม"),
        new("announcements", "สำนักปลัด", 2568, "ประกาศเจตนารมณ์ไม่รับของขวัญและของกำนัลทุกชนิด (No Gift Policy) (ตัวอย่าง)",
            "ผู้บริหารและพนักงานทุกคนงดให้และงดรับของขวัญจากการปฏิบัติหน้าที่", "เพื่อส่งเสริมวัฒนธรรมองค์กรที่ซื่อสัตย์สุจริตและป้องกันผลประโยชน์ทับซ้อน"),
        new("news", "กองคลัง", 2568, "ประชาสัมพันธ์การชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี 2568 (ตัวอย่าง)",
            "ชำระภาษีได้ที่กองคลังหรือผ่านช่องทางอิเล็กทรอนิกส์ ภายในเดือนเมษายน", "ผู้ที่ชำระภายในกำหนดไม่ต้องเสียเงินเพิ่ม สอบถามได้ที่กองคลังในวันและเวลาราชการ"),
        new("news", "กองการศึกษา ศาสนาและวัฒนธรรม", 2568, "ขอเชิญร่วมกิจกรรมวันเด็กแห่งชาติ ประจำปี 2568 (ตัวอย่าง)",
            "กิจกรรมวันเด็ก ณ ศูนย์พัฒนาเด็กเล็ก มีเกมและของรางวัล", "ขอเชิญผู้ปกครองพาบุตรหลานร่วมกิจกรรมตั้งแต่เวลา 08.30 น. เป็นต้นไป"),
        new("news", "สำนักปลัด", 2568, "ร่าง ข่าวการประชุมประชาคมหมู่บ้าน (ตัวอย่าง)",
            "ร่างที่ยังไม่เผยแพร่", "ร่างข่าวสำหรับเจ้าหน้าที่"),
        new("news", "สำนักปลัด", 2568, "ตั้งเวลา ประกาศวันหยุดราชการ (ตัวอย่าง)",
            "ข่าวที่ตั้งเวลาเผยแพร่ล่วงหน้า", "ตั้งเวลาเผยแพร่ล่วงหน้าสามวัน"),
    ];
}
