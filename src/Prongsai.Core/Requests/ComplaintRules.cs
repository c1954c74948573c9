using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Text;

namespace Prongsai.Core.Requests;

/// <summary>
/// The complaint handling rules page (แนวปฏิบัติการจัดการเรื่องร้องเรียน), kept as an OrganizationPage under its own key
/// and edited by those who configure requests. Until the organization writes its own, a default text is shown (and
/// the page is not offered as ITA evidence: it is not the organization's own yet).
/// </summary>
public sealed class ComplaintRules(ProngsaiDbContext db, TimeProvider clock)
{
    public const string PageKey = "complaint-rules";
    public const string DefaultTitle = "แนวปฏิบัติการจัดการเรื่องร้องเรียน";

    public async Task<(string Title, string BodyHtml, bool IsDefault, DateTimeOffset? UpdatedAt)> GetAsync(CancellationToken cancellationToken = default)
    {
        var stored = await db.OrganizationPages.AsNoTracking().FirstOrDefaultAsync(p => p.Key == PageKey, cancellationToken);
        return stored is null ? (DefaultTitle, DefaultBody, true, null) : (stored.Title, stored.BodyHtml, false, stored.UpdatedAt);
    }

    public async Task<Result<OrganizationPage>> SaveAsync(StaffActor actor, string? title, string? body, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(RequestsPermissions.ConfigureRequests) is { } forbidden)
        {
            return forbidden;
        }

        var cleanTitle = string.IsNullOrWhiteSpace(title) ? DefaultTitle : title.Trim();
        if (cleanTitle.Length > 200)
        {
            return Error.Invalid("ชื่อหน้ายาวเกิน 200 ตัวอักษร", "Title");
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return Error.Invalid("กรุณากรอกเนื้อหาแนวปฏิบัติ", "Body");
        }

        if (body.Length > 50_000)
        {
            return Error.Invalid("เนื้อหายาวเกิน 50,000 ตัวอักษร", "Body");
        }

        var page = await db.OrganizationPages.FirstOrDefaultAsync(p => p.Key == PageKey, cancellationToken);
        if (page is null)
        {
            page = new OrganizationPage { Key = PageKey, Title = cleanTitle };
            db.OrganizationPages.Add(page);
        }

        page.Title = cleanTitle;
        page.BodyHtml = SafeHtml.Sanitize(body);
        page.UpdatedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return page;
    }

    private static readonly string DefaultBody = string.Concat(
        P("หน่วยงานรับเรื่องร้องเรียน ร้องทุกข์ และเรื่องร้องเรียนการทุจริตและประพฤติมิชอบ ทางแบบฟอร์มบนหน้านี้ ทางโทรศัพท์ ทางไปรษณีย์ และที่สำนักงาน"),
        "<ol>",
        Li("รับเรื่องและออกรหัสติดตามเรื่องให้ผู้ร้องทันที"),
        Li("คัดกรองเรื่องและมอบหมายส่วนราชการที่รับผิดชอบ หรือส่งต่อหน่วยงานที่มีอำนาจหน้าที่"),
        Li("ดำเนินการและแจ้งผลภายในกำหนดเวลาเป็นวันทำการ ผู้ร้องติดตามสถานะได้ตลอดเวลาด้วยรหัสติดตามเรื่อง"),
        Li("ยื่นเรื่องโดยไม่ประสงค์ออกนามได้ หน่วยงานไม่เก็บชื่อ ช่องทางติดต่อ หรือที่อยู่ไอพีของผู้ร้อง"),
        Li("ข้อมูลผู้ร้องเรียนเปิดเผยเฉพาะเจ้าหน้าที่รับเรื่องร้องเรียน และทุกครั้งที่เปิดดูจะถูกบันทึกไว้"),
        "</ol>");

    private static string P(string text) => "<p>" + WebUtility.HtmlEncode(text) + "</p>";

    private static string Li(string text) => "<li>" + WebUtility.HtmlEncode(text) + "</li>";
}
