using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Prongsai.Core.Organizations;
using Prongsai.Web.Authorization;
using Prongsai.Web.Infrastructure;
using Prongsai.Web.Tenancy;

namespace Prongsai.Web.Pages;

/// <summary>
/// Every error a person sees: a Thai page with no stack trace. For /api paths the same
/// status comes back as ProblemDetails JSON instead.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel(IProblemDetailsService problems, Microsoft.Extensions.Options.IOptions<Prongsai.Core.Publishing.UploadOptions> uploads, StaffSession session) : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    /// <summary>A sent form that was not taken (expired page, file too large, signed out, password to change): the way back to it.</summary>
    public FormFailure? Form { get; private set; }

    /// <summary>What that form carried, to show (and, for <see cref="FormFailure.CanSendAgain"/>, send again); or a staff form that found nothing (404).</summary>
    public TypedForm? Typed { get; private set; }

    /// <summary>Where the form was sent, to send it again there; null when it is not offered.</summary>
    public string? SendAgainTo { get; private set; }

    /// <summary>The sign-in form (or the password page), opened in a new tab, coming back to the form's page.</summary>
    public string? SignInUrl { get; private set; }

    /// <summary>A 404 under /staff/{org}/…: that organization's back office, instead of the platform's home.</summary>
    public string? StaffHome { get; private set; }

    /// <summary>Its trash, for a member who may open it: a colleague may have moved the item there.</summary>
    public string? TrashUrl { get; private set; }

    /// <summary>The form a refused post (429) came from, to open it again.</summary>
    public string? BackUrl { get; private set; }

    private int RetrySeconds => HttpContext.Items[TooManyRequests.RetryAfterItem] as int? ?? 60;

    private string WaitText()
    {
        var seconds = RetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Lang.T(
            $"กรุณารอประมาณ {seconds} วินาทีแล้วส่งอีกครั้ง ข้อความที่กรอกไว้ยังอยู่: กดปุ่มย้อนกลับ (Back) ของเบราว์เซอร์เพื่อกลับไปที่แบบฟอร์มแล้วกดส่งใหม่",
            $"Please wait about {seconds} seconds and send it again. What you typed is kept: use the browser's Back button to return to the form and send it again.");
    }

    // From the route only: a refused form re-executed here may post a field called "code" (the tracking form does).
    public Task<IActionResult> OnGetAsync([FromRoute] int? code) => RenderAsync(code);
    public Task<IActionResult> OnPostAsync([FromRoute] int? code) => RenderAsync(code);
    public Task<IActionResult> OnPutAsync([FromRoute] int? code) => RenderAsync(code);
    public Task<IActionResult> OnDeleteAsync([FromRoute] int? code) => RenderAsync(code);
    public Task<IActionResult> OnPatchAsync([FromRoute] int? code) => RenderAsync(code);

    private async Task<IActionResult> RenderAsync(int? code)
    {
        var reExecuted = HttpContext.Features.Get<IStatusCodeReExecuteFeature>();
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        // Reached directly (not as the error of another request), /error/... is simply not a page.
        // Two people saving the same unique thing at once: the database's unique index refuses the
        // second one after the use case's own check passed. That is a conflict to retry, not a crash.
        var status = Prongsai.Data.DatabaseErrors.IsConstraintViolation(failed?.Error) ? 409
            : failed is not null ? 500
            : reExecuted is not null ? (code is >= 400 and < 600 ? code.Value : Response.StatusCode)
            : 404;
        var original = reExecuted?.OriginalPath ?? failed?.Path ?? "";
        var organizationMissing = HttpContext.Items.ContainsKey(OrganizationResolutionMiddleware.NotFoundReason);

        (Heading, Explanation) = status switch
        {
            404 when organizationMissing => (Lang.T("ไม่พบหน่วยงานนี้", "Organization not found"),
                Lang.T("ไม่พบหน่วยงานตามที่อยู่เว็บที่ระบุ กรุณาตรวจสอบที่อยู่อีกครั้ง", "No organization has this address. Please check the URL.")),
            404 => (Lang.T("ไม่พบหน้าที่ต้องการ", "Page not found"),
                Lang.T("หน้านี้อาจถูกย้ายหรือไม่มีอยู่ กรุณาตรวจสอบที่อยู่เว็บอีกครั้ง", "The page may have moved or does not exist.")),
            401 => (Lang.T("กรุณาเข้าสู่ระบบ", "Sign-in required"), Lang.T("หน้านี้สำหรับเจ้าหน้าที่ที่เข้าสู่ระบบแล้ว", "This page is for signed-in staff.")),
            403 => (Lang.T("ไม่มีสิทธิ์เข้าถึง", "Access denied"),
                Lang.T("บัญชีของคุณไม่มีสิทธิ์ใช้งานหน้านี้", "Your account may not use this page.")),
            405 => (Lang.T("ไม่รองรับวิธีการเรียกนี้", "Method not allowed"), Lang.T("หน้านี้ไม่รองรับคำขอแบบนี้", "This page does not accept this request.")),
            409 => (Lang.T("ข้อมูลถูกแก้ไขพร้อมกัน", "Edited at the same time"),
                Lang.T("มีผู้อื่นบันทึกข้อมูลเดียวกันในเวลาเดียวกัน กรุณาโหลดหน้าใหม่แล้วลองอีกครั้ง", "Someone saved the same data at the same moment. Reload and try again.")),
            413 => (Lang.T("ไฟล์หรือข้อมูลใหญ่เกินกำหนด", "Too large"), Lang.T("ข้อมูลที่ส่งมามีขนาดเกินที่ระบบรับได้", "The request is larger than allowed.")),
            415 => (Lang.T("ชนิดข้อมูลไม่รองรับ", "Unsupported content type"), Lang.T("ระบบไม่รองรับชนิดข้อมูลที่ส่งมา", "The content type is not supported.")),
            429 => (Lang.T("ส่งคำขอถี่เกินไป", "Too many requests"), WaitText()),
            400 when HttpContext.Items.ContainsKey(RefuseUnreadableChoicesAttribute.Refused) => (Lang.T("ตัวเลือกที่ส่งมาใช้ไม่ได้", "A choice could not be read"),
                Lang.T("ค่าที่เลือกในแบบฟอร์ม (เช่น ส่วนราชการ) ถูกเปลี่ยนจนอ่านไม่ได้ ระบบจึงไม่ได้บันทึกข้อมูลใด ๆ กรุณาโหลดหน้าแบบฟอร์มใหม่แล้วเลือกอีกครั้ง",
                    "A value chosen on the form (such as a department) was changed and cannot be read, so nothing was saved. Reload the form and choose again.")),
            < 500 => (Lang.T("คำขอไม่ถูกต้อง", "Bad request"), Lang.T("ข้อมูลที่ส่งมาไม่ถูกต้อง กรุณาตรวจสอบแล้วลองใหม่", "The request was not valid.")),
            _ => (Lang.T("ระบบขัดข้องชั่วคราว", "Something went wrong"),
                Lang.T("ขออภัย ระบบไม่สามารถทำรายการได้ในขณะนี้ กรุณาลองใหม่ภายหลัง", "Sorry, please try again later.")),
        };

        Form = reExecuted is not null ? FormFailure.Of(HttpContext) : null;
        if (Form is not null)
        {
            var limit = FormFailureFilter.Size(uploads.Value.MaxBytes);
            (Heading, Explanation) = Form.Reason switch
            {
                FormFailureReason.TooLarge => (Lang.T("ไฟล์ใหญ่เกินไป", "The file is too large"),
                    Lang.T($"ไฟล์ที่แนบรวมกันต้องมีขนาดไม่เกิน {limit} ระบบจึงยังไม่ได้รับข้อมูลที่ส่งมา กรุณากดย้อนกลับ แล้วแนบไฟล์ที่เล็กลงหรือแยกส่งทีละไฟล์",
                        $"Attachments may total at most {limit}, so nothing was received. Go back and attach a smaller file, or send the files one at a time.")),
                FormFailureReason.SignedOut => (Lang.T("คุณออกจากระบบแล้ว ข้อมูลยังไม่ได้บันทึก", "You were signed out: nothing was saved yet"),
                    Lang.T("ระหว่างที่กรอกแบบฟอร์ม บัญชีของคุณออกจากระบบไปแล้ว (เช่น กดออกจากระบบที่เครื่องอื่น หรือเปิดหน้าไว้นานเกินไป) ระบบจึงยังไม่ได้บันทึกข้อมูลที่ส่งมา ข้อความที่กรอกไว้ยังอยู่ด้านล่างนี้",
                        "You were signed out while filling in the form (from another device, say, or the page was open too long), so nothing you sent was saved yet. What you typed is below.")),
                FormFailureReason.PasswordChange => (Lang.T("ต้องเปลี่ยนรหัสผ่านก่อน ข้อมูลยังไม่ได้บันทึก", "Change your password first: nothing was saved yet"),
                    Lang.T("บัญชีนี้เข้าสู่ระบบด้วยรหัสผ่านชั่วคราว ต้องตั้งรหัสผ่านของตัวเองก่อนจึงจะบันทึกข้อมูลได้ ระบบจึงยังไม่ได้บันทึกข้อมูลที่ส่งมา ข้อความที่กรอกไว้ยังอยู่ด้านล่างนี้",
                        "This account signed in with a one-time password, which must be replaced before anything can be saved, so nothing you sent was saved yet. What you typed is below.")),
                _ => (Lang.T("หน้าแบบฟอร์มหมดอายุ", "The form page has expired"),
                    Lang.T("หน้านี้เปิดไว้นานเกินไปหรือมีการออกจากระบบในระหว่างนั้น ระบบจึงยังไม่ได้รับข้อมูลที่ส่งมา กรุณากดย้อนกลับ แล้วกดส่งอีกครั้ง",
                        "The page was open too long (or you signed out meanwhile), so nothing was received. Go back and press send again.")),
            };

            // A form too large to read brought nothing to show.
            Typed = Form.TooLarge ? null : await TypedForm.ReadAsync(Request, original, HttpContext.RequestAborted);
            if (Form.CanSendAgain && Typed is { Cut: false })
            {
                var to = LocalReturnUrl.ForLocation(reExecuted!.OriginalPathBase + reExecuted.OriginalPath + reExecuted.OriginalQueryString, "");
                SendAgainTo = to.Length > 0 ? to : null;
            }

            SignInUrl = Form.Reason switch
            {
                FormFailureReason.SignedOut => "/staff/signin?ReturnUrl=" + Uri.EscapeDataString(Form.BackTo),
                FormFailureReason.PasswordChange => PasswordChangeGate.PasswordPage + "?first=true",
                _ => null,
            };
        }

        if (status == 404 && !organizationMissing && reExecuted is not null
            && HttpContext.Organization() is { } org && new PathString(original).StartsWithSegments($"/staff/{org.Slug}", StringComparison.Ordinal))
        {
            StaffHome = $"/staff/{org.Slug}";
            // As the trash page itself decides (Staff/Org/Trash: every member with back-office access reads it).
            TrashUrl = (await session.GetActorAsync(HttpContext.RequestAborted)).Has(OrganizationPermissions.ViewBackOffice)
                ? $"/staff/{org.Slug}/trash" : null;
            // A staff form that found nothing (a colleague deleted the record meanwhile) still shows what was typed.
            if (FormFailure.IsBrowserForm(Request))
            {
                Typed = await TypedForm.ReadAsync(Request, original, HttpContext.RequestAborted);
            }
        }

        if (Form is not null || Typed is not null)
        {
            // It holds what someone typed: for this browser's eyes only, never a search engine's.
            Response.Headers.CacheControl = "no-store";
            Response.Headers["X-Robots-Tag"] = "noindex";
        }

        Response.StatusCode = status;
        if (status == 429)
        {
            Response.Headers.RetryAfter = RetrySeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            // Back to the page the refused form was posted from (a public form posts to its own page).
            var back = reExecuted is not null && HttpMethods.IsPost(Request.Method)
                ? LocalReturnUrl.ForLocation(reExecuted.OriginalPath + reExecuted.OriginalQueryString, "")
                : "";
            BackUrl = back.Length > 0 ? back : null;
        }

        if (original.StartsWith("/api/", StringComparison.OrdinalIgnoreCase) || original.StartsWith("/healthz", StringComparison.Ordinal))
        {
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = HttpContext,
                ProblemDetails = { Status = status, Title = Heading, Detail = Explanation },
            });
            return new EmptyResult();
        }

        return Page();
    }
}
