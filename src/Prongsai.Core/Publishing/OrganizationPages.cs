using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;

namespace Prongsai.Core.Publishing;

/// <summary>A fixed page of the public site and where it sits in the menu.</summary>
public sealed record PageKind(string Key, string Title, string English, string Group);

/// <summary>
/// The organization's fixed pages: about pages (O1–O6 of the classic OIT list) and policy
/// pages (PDPA privacy notice, cookies, website policy, accessibility). Stored text wins;
/// without it a page shows a plain default naming the organization, marked as a template.
/// </summary>
public sealed class OrganizationPages(ProngsaiDbContext db, TimeProvider clock)
{
    public const string About = "about";
    public const string Policy = "policy";

    public static IReadOnlyList<PageKind> Kinds { get; } =
    [
        new("intro", "แนะนำหน่วยงาน", "Introduction", "home"),
        new("history", "ประวัติความเป็นมา", "History", About),
        new("structure", "โครงสร้างหน่วยงาน", "Structure", About),
        new("executives", "ผู้บริหาร", "Executives", About),
        new("authority", "อำนาจหน้าที่", "Authority and duties", About),
        new("contact", "ติดต่อหน่วยงาน", "Contact", About),
        new("laws", "กฎหมายที่เกี่ยวข้อง", "Laws and regulations", About),
        new("privacy", "ประกาศความเป็นส่วนตัว (PDPA)", "Privacy notice", Policy),
        new("cookies", "นโยบายคุกกี้", "Cookie policy", Policy),
        new("website-policy", "นโยบายเว็บไซต์", "Website policy", Policy),
        new("accessibility", "การเข้าถึงเว็บไซต์", "Accessibility statement", Policy),
    ];

    public static PageKind? Kind(string? key) => Kinds.FirstOrDefault(k => k.Key == key);

    /// <summary>The page's title and safe HTML body: stored, or the default.</summary>
    public async Task<(string Title, string BodyHtml, bool IsDefault, DateTimeOffset? UpdatedAt)> GetAsync(
        Organization organization, string key, CancellationToken cancellationToken = default)
    {
        var stored = await db.OrganizationPages.AsNoTracking().FirstOrDefaultAsync(p => p.Key == key, cancellationToken);
        if (stored is not null)
        {
            return (stored.Title, stored.BodyHtml, false, stored.UpdatedAt);
        }

        var kind = Kind(key) ?? throw new ArgumentException("Unknown page " + key, nameof(key));
        return (kind.Title, Default(organization, key), true, null);
    }

    /// <summary>Stores the page's title and body; <paramref name="editVersion"/> is the count the form was drawn with
    /// (<see cref="EditVersions"/>; a page still showing its default text counts 0).</summary>
    public async Task<Result<OrganizationPage>> SaveAsync(
        StaffActor actor, string key, string? title, string? body, CancellationToken cancellationToken = default, int? editVersion = null)
    {
        if (actor.Lacks(OrganizationPermissions.ManageOrganizationProfile) is { } forbidden)
        {
            return forbidden;
        }

        var kind = Kind(key);
        if (kind is null)
        {
            return Error.NotFound();
        }

        var cleanTitle = string.IsNullOrWhiteSpace(title) ? kind.Title : title.Trim();
        if (cleanTitle.Length > 200)
        {
            return Error.Invalid("ชื่อหน้ายาวเกิน 200 ตัวอักษร", "title");
        }

        var page = await db.OrganizationPages.FirstOrDefaultAsync(p => p.Key == key, cancellationToken);
        if (page is null)
        {
            page = new OrganizationPage { Key = key, Title = cleanTitle };
            db.OrganizationPages.Add(page);
        }

        if (EditVersions.Claim(page, editVersion) is { } stale)
        {
            return stale;
        }

        page.Title = cleanTitle;
        page.BodyHtml = SafeHtml.Sanitize(body);
        page.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return Result<OrganizationPage>.Ok(page);
    }

    /// <summary>The usual hours of a Thai local government office; an organization edits the page when its own differ.</summary>
    public const string OfficeHours = "เวลาทำการ วันจันทร์ถึงวันศุกร์ เวลา 08.30–16.30 น. เว้นวันหยุดราชการ";

    private static string P(string text) => "<p>" + WebUtility.HtmlEncode(text) + "</p>";

    public static string Default(Organization o, string key)
    {
        var name = o.Name;
        var contact = string.Join(" ", new[] { o.Address, o.Phone is null ? null : "โทร " + o.Phone, o.Email is null ? null : "อีเมล " + o.Email }
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        return key switch
        {
            "intro" => P($"ยินดีต้อนรับสู่เว็บไซต์{name} ที่นี่เผยแพร่ข้อมูลพื้นฐาน แผนงาน งบประมาณ การจัดซื้อจัดจ้าง คู่มือการให้บริการ และรายงานผลการดำเนินงาน เพื่อให้ประชาชนตรวจสอบได้"),
            "history" => P($"ประวัติความเป็นมาของ{name} (หน่วยงานยังไม่ได้เพิ่มเนื้อหาหน้านี้)"),
            "structure" => P($"{name} แบ่งเป็นฝ่ายการเมือง (ฝ่ายบริหารและสภา) และฝ่ายประจำ (ส่วนราชการ) ตามรายชื่อด้านล่าง"),
            "authority" => P($"อำนาจหน้าที่ของ{name} เป็นไปตามกฎหมายจัดตั้งองค์กรปกครองส่วนท้องถิ่นและพระราชบัญญัติกำหนดแผนและขั้นตอนการกระจายอำนาจให้แก่องค์กรปกครองส่วนท้องถิ่น พ.ศ. 2542"),
            // The contact page lists the address, telephone and e-mail itself, once: the text adds what the record lacks.
            "contact" => P(OfficeHours),
            "laws" => P("กฎหมายและระเบียบที่เกี่ยวข้องเผยแพร่ในคลังเอกสาร หมวด กฎหมาย/ระเบียบ"),
            "privacy" => P($"{name} เก็บรวบรวม ใช้ และเปิดเผยข้อมูลส่วนบุคคลเท่าที่จำเป็นตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 เพื่อให้บริการและปฏิบัติหน้าที่ตามกฎหมาย")
                + P("การอ่านเว็บไซต์นี้ไม่ต้องให้ข้อมูลส่วนบุคคล ระบบไม่บันทึกข้อมูลผู้เข้าชมเพื่อการโฆษณา และไม่ส่งข้อมูลให้บุคคลภายนอก")
                + P("ท่านมีสิทธิขอเข้าถึง แก้ไข ลบ หรือคัดค้านการประมวลผลข้อมูลของท่าน ติดต่อ: " + (contact.Length > 0 ? contact : name)),
            "cookies" => P("เว็บไซต์นี้ใช้คุกกี้ที่จำเป็นเท่านั้น: คุกกี้จำภาษาที่เลือก (.AspNetCore.Culture) คุกกี้ป้องกันการปลอมแปลงคำขอเมื่อส่งแบบฟอร์ม (prongsai.af) และคุกกี้เข้าสู่ระบบของเจ้าหน้าที่ (prongsai.staff) ไม่มีคุกกี้วิเคราะห์หรือโฆษณา"),
            "website-policy" => P($"เนื้อหาบนเว็บไซต์นี้จัดทำและเผยแพร่โดย{name} การเผยแพร่ แก้ไข และยกเลิกการเผยแพร่เอกสารทุกครั้งถูกบันทึกในทะเบียนการเผยแพร่ที่ตรวจสอบย้อนหลังได้ (หน้า ทะเบียนการเผยแพร่)"),
            "accessibility" => P("เว็บไซต์นี้ออกแบบตามแนวทาง WCAG 2.1 ระดับ AA: ใช้งานด้วยแป้นพิมพ์ได้ มีลิงก์ข้ามไปยังเนื้อหาหลัก ป้ายกำกับแบบฟอร์ม สีตัวอักษรตัดกับพื้นหลังเพียงพอ และอ่านได้โดยไม่ต้องใช้ JavaScript")
                + P("หากพบปัญหาการเข้าถึง กรุณาแจ้ง " + (contact.Length > 0 ? contact : name)),
            _ => "",
        };
    }
}
