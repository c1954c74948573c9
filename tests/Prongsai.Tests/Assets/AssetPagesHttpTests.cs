using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Assets;

/// <summary>
/// The property pages through the real app on both databases, as their users work them: the keeper adds an article
/// through the form, a clerk asks for it with พ.ศ. dates, the executive approves from the page the dashboard leads to,
/// and the keeper records it back damaged; a mistyped date, a refused role, another organization's loan, a clash
/// with what is free and the loan register's download, each answered as a person can act on.
/// </summary>
public sealed partial class AssetPagesHttpTests
{
    private const string Tent = "เต็นท์ 4x8 เมตร";

    [GeneratedRegex("/assets/loans/([0-9]+)$")]
    private static partial Regex LoanLocation();

    [GeneratedRegex("/assets/([0-9]+)$")]
    private static partial Regex AssetLocation();

    private static DateOnly Today => BangkokTime.Today(TimeProvider.System);

    private static string Be(DateOnly date) => ThaiDateInput.Format(date);

    [Theory, Providers]
    public async Task A_clerk_asks_on_the_form_the_executive_approves_and_the_keeper_records_the_return(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var keeper = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var assets = $"/staff/{org.Slug}/assets";

        // The keeper adds the tents; the register lists them with the way to ask for them.
        var assetId = await AddTentsAsync(keeper, org);
        var register = await Html(clerk, assets + "?filter=Lendable");
        Assert.Contains(Tent, register, StringComparison.Ordinal);
        Assert.Contains($"href=\"{assets}/{assetId}/borrow\"", register, StringComparison.Ordinal);
        Assert.DoesNotContain("เพิ่มทรัพย์สิน", register, StringComparison.Ordinal);
        Assert.Contains("เพิ่มทรัพย์สิน", await Html(keeper, assets), StringComparison.Ordinal);

        // The clerk's form says what is free and the rule; the outside-borrower part is the keeper's alone.
        var borrowUrl = $"{assets}/{assetId}/borrow";
        var form = await Html(clerk, borrowUrl);
        Assert.Contains("ว่างให้ยืมวันนี้", form, StringComparison.Ordinal);
        Assert.Contains("ยืมได้เพื่อใช้ในงานของทางราชการเท่านั้น", form, StringComparison.Ordinal);
        Assert.Contains(ThaiDateInput.DateHint, form, StringComparison.Ordinal);
        Assert.DoesNotContain("ผู้ยืมเป็นบุคคลภายนอก", form, StringComparison.Ordinal);
        Assert.Contains("ผู้ยืมเป็นบุคคลภายนอก", await Html(keeper, borrowUrl), StringComparison.Ordinal);

        var from = Today.AddDays(1);
        var until = Today.AddDays(3);
        var asked = await clerk.PostFormAsync(borrowUrl, borrowUrl, LoanFields(4, Be(from), Be(until), "ประชุมประชาคมหมู่ที่ 3"));
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var loanUrl = asked.Headers.Location!.OriginalString;
        Assert.Matches(LoanLocation(), loanUrl);
        Assert.Contains("รอพิจารณา", await Html(clerk, loanUrl), StringComparison.Ordinal);

        // The executive's dashboard leads to the waiting list and to the request itself.
        var dashboard = await Html(executive, $"/staff/{org.Slug}");
        Assert.Contains($"href=\"/staff/{org.Slug}/assets/loans?filter=Waiting\"", dashboard, StringComparison.Ordinal);
        Assert.Contains($"href=\"{loanUrl}\"", dashboard, StringComparison.Ordinal);
        var waiting = await executive.GetAsync($"/staff/{org.Slug}/assets/loans?filter=Waiting");
        Assert.Equal(HttpStatusCode.OK, waiting.StatusCode);
        Assert.Contains(Tent, await waiting.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // The clerk may not approve, not even through the form's address.
        var selfApproval = await clerk.PostFormAsync(loanUrl, loanUrl + "?handler=Approve", []);
        Assert.Equal(HttpStatusCode.Forbidden, selfApproval.StatusCode);

        var loanPage = await Html(executive, loanUrl);
        Assert.Contains("อนุมัติให้ยืม", loanPage, StringComparison.Ordinal);
        Assert.Contains("ขณะนี้มีของว่าง 10 จาก 10 ชิ้น", loanPage, StringComparison.Ordinal);
        var approved = await executive.PostFormAsync(loanUrl, loanUrl + "?handler=Approve", [new("ApproveInput.Note", "รับของที่งานพัสดุ")]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(loanUrl, approved.Headers.Location?.OriginalString);
        var out_ = await Html(clerk, loanUrl);
        Assert.Contains(AssetTexts.Status(AssetLoanStatus.Approved), out_, StringComparison.Ordinal);
        Assert.Contains("รับของที่งานพัสดุ", out_, StringComparison.Ordinal);

        // Asking for more than is free for those days: the page says how many are, beside the quantity.
        var tooMany = await clerk.PostFormAsync(borrowUrl, borrowUrl, LoanFields(8, Be(from), Be(until), "งานวันเด็ก"));
        Assert.Equal(HttpStatusCode.Conflict, tooMany.StatusCode);
        var clash = WebUtility.HtmlDecode(await tooMany.Content.ReadAsStringAsync());
        Assert.Contains("ช่วงวันที่นี้ว่างเพียง 6 จาก 10 ชิ้น", clash, StringComparison.Ordinal);
        Assert.Contains("id=\"Input_Quantity-error\"", clash, StringComparison.Ordinal);
        Assert.Matches("<input id=\"quantity\"[^>]*aria-invalid=\"true\" aria-describedby=\"Input_Quantity-error\"", clash);
        Assert.Contains("งานวันเด็ก", clash, StringComparison.Ordinal);

        // The keeper records it back damaged: without a note it asks what happened; with one, the register says ชำรุด.
        Assert.Contains("บันทึกการส่งคืน", await Html(keeper, loanUrl), StringComparison.Ordinal);
        Assert.DoesNotContain("บันทึกการส่งคืน", await Html(clerk, loanUrl), StringComparison.Ordinal);
        var noNote = await keeper.PostFormAsync(loanUrl, loanUrl + "?handler=Return",
            [new("ReturnInput.ReturnedOn", Be(Today)), new("ReturnInput.Condition", nameof(AssetCondition.Damaged))]);
        Assert.Equal((HttpStatusCode)422, noNote.StatusCode);
        var noNoteHtml = WebUtility.HtmlDecode(await noNote.Content.ReadAsStringAsync());
        Assert.Contains("<span id=\"ReturnInput_Note-error\" class=\"field-error\">กรุณาบันทึกว่าชำรุดหรือสูญหายอย่างไร", noNoteHtml, StringComparison.Ordinal);
        Assert.Matches("<textarea id=\"return-note\"[^>]*aria-describedby=\"return-note-hint ReturnInput_Note-error\" aria-invalid=\"true\"", noNoteHtml);
        var returned = await keeper.PostFormAsync(loanUrl, loanUrl + "?handler=Return",
        [
            new("ReturnInput.ReturnedOn", Be(Today)), new("ReturnInput.Condition", nameof(AssetCondition.Damaged)),
            new("ReturnInput.Note", "ผ้าใบขาด 1 หลัง ผู้ยืมจะซ่อมให้ภายใน 7 วัน"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var back = await Html(clerk, loanUrl);
        Assert.Contains(AssetTexts.Status(AssetLoanStatus.Returned), back, StringComparison.Ordinal);
        Assert.Contains("ผ้าใบขาด 1 หลัง", back, StringComparison.Ordinal);
        Assert.Contains("ชำรุด", await Html(clerk, $"{assets}/{assetId}"), StringComparison.Ordinal);
        Assert.Contains(Tent, await Html(clerk, assets + "?filter=NeedsAttention"), StringComparison.Ordinal);
        Assert.DoesNotContain($"{assets}/{assetId}/borrow", await Html(clerk, $"{assets}/{assetId}"), StringComparison.Ordinal);

        // Repaired: the keeper marks it good on its page, and it may be asked for again.
        var assetUrl = $"{assets}/{assetId}";
        Assert.DoesNotContain("ตรวจแล้ว ใช้งานได้ตามปกติ", await Html(clerk, assetUrl), StringComparison.Ordinal);
        var repaired = await keeper.PostFormAsync(assetUrl, assetUrl + "?handler=MarkGood", []);
        Assert.Equal(HttpStatusCode.Redirect, repaired.StatusCode);
        Assert.DoesNotContain(Tent, await Html(clerk, assets + "?filter=NeedsAttention"), StringComparison.Ordinal);
        Assert.Contains($"{assets}/{assetId}/borrow", await Html(clerk, assetUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostFormAsync(assetUrl, assetUrl + "?handler=MarkGood", [])).StatusCode);

        // Correcting it keeps it on the website's list, as the form shows it.
        var editUrl = $"{assets}/{assetId}/edit";
        Assert.Contains("value=\"416-66-0001\"", await Html(keeper, editUrl), StringComparison.Ordinal);
        var edited = await keeper.PostFormAsync(editUrl, editUrl,
            TentFields("416-66-0001").Select(f => f.Key == "Input.Quantity" ? new KeyValuePair<string, string>(f.Key, "12") : f));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("12 ชิ้น", await Html(clerk, assetUrl), StringComparison.Ordinal);
        Assert.Contains(Tent, await Html(app.Client(), $"/{org.Slug}/borrow"), StringComparison.Ordinal);

        // The year's loan register, for those who see every loan: CSV with the Thai header, and Excel.
        var year = FiscalYear.ForDate(from);
        var csv = await executive.GetAsync($"/staff/{org.Slug}/assets/loans?handler=Csv&year={year}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ลำดับ,วันที่ขอยืม,เลขรหัส,ทรัพย์สิน,จำนวน,ผู้ยืม,ยืมไปใช้ในงาน,วันที่ยืม,กำหนดส่งคืน", lines[0], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
        Assert.Contains(Tent, lines[1], StringComparison.Ordinal);
        Assert.Contains("ชำรุด", lines[1], StringComparison.Ordinal);
        var xlsx = await executive.GetAsync($"/staff/{org.Slug}/assets/loans?handler=Xlsx&year={year}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"/staff/{org.Slug}/assets/loans?handler=Csv")).StatusCode);
        Assert.DoesNotContain("ดาวน์โหลดทะเบียนคุมการยืม", await Html(clerk, $"/staff/{org.Slug}/assets/loans"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_mistyped_date_comes_back_beside_its_field_as_typed_and_nothing_is_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var assetId = await AddTentsAsync(await app.SignedInAsync(org[OrgRole.OrgAdmin]), org);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var borrowUrl = $"/staff/{org.Slug}/assets/{assetId}/borrow";

        var response = await clerk.PostFormAsync(borrowUrl, borrowUrl, LoanFields(2, "31/02/2569", Be(Today.AddDays(2)), ""));
        Assert.Equal((HttpStatusCode)422, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        var fromError = Regex.Match(html, "<span id=\"Input_From-error\" class=\"field-error\">([^<]+)</span>");
        Assert.True(fromError.Success, "no error beside the start date");
        Assert.Contains("วันที่ 31 ไม่มีในเดือนกุมภาพันธ์ 2569", fromError.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("value=\"31/02/2569\"", html, StringComparison.Ordinal);
        // The other problems of the form are told at the same time, and the start date's is not repeated as "missing".
        Assert.Contains("กรุณาบอกว่ายืมไปใช้ในงานอะไร", html, StringComparison.Ordinal);
        Assert.DoesNotContain("กรุณากรอกวันที่เริ่มยืม", html, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org, db => db.Set<AssetLoan>().CountAsync()));

        // A date in ค.ศ. is refused with the พ.ศ. it probably meant.
        var ce = await clerk.PostFormAsync(borrowUrl, borrowUrl, LoanFields(2, "01/03/2026", "03/03/2026", "งานประชุม"));
        Assert.Equal((HttpStatusCode)422, ce.StatusCode);
        Assert.Contains("ดูเหมือนเป็น ค.ศ.", WebUtility.HtmlDecode(await ce.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // A quantity that is not a number is refused as typed, not taken for the form's default of one.
        var fields = LoanFields(2, Be(Today.AddDays(1)), Be(Today.AddDays(2)), "งานประชุม")
            .Select(f => f.Key == "Input.Quantity" ? new KeyValuePair<string, string>(f.Key, "สอง") : f).ToArray();
        var notANumber = await clerk.PostFormAsync(borrowUrl, borrowUrl, fields);
        Assert.Equal((HttpStatusCode)422, notANumber.StatusCode);
        var typed = WebUtility.HtmlDecode(await notANumber.Content.ReadAsStringAsync());
        Assert.Contains("value=\"สอง\"", typed, StringComparison.Ordinal);
        Assert.Contains("กรุณากรอกจำนวนเป็นตัวเลข", typed, StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org, db => db.Set<AssetLoan>().CountAsync()));
    }

    [Theory, Providers]
    public async Task Another_organizations_loan_and_article_are_not_found_and_another_members_loan_is_not_shown(DbProvider provider)
    {
        var app = Apps.For(provider);
        var a = await TestOrg.CreateAsync(app);
        var b = await TestOrg.CreateAsync(app);
        var marker = "ทรัพย์สินอื่น" + Guid.NewGuid().ToString("N")[..6];
        await Foundation.IsolationSeed.FillAsync(app, b, marker);
        int bAsset, bLoan;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            bAsset = await db.Set<Asset>().IgnoreQueryFilters().Where(x => x.OrganizationId == b.Id).Select(x => x.Id).FirstAsync();
            bLoan = await db.Set<AssetLoan>().IgnoreQueryFilters().Where(x => x.OrganizationId == b.Id && x.Status == AssetLoanStatus.Requested)
                .Select(x => x.Id).FirstAsync();
        }

        var admin = await app.SignedInAsync(a[OrgRole.OrgAdmin]);
        foreach (var url in new[]
        {
            $"/staff/{a.Slug}/assets/loans/{bLoan}", $"/staff/{a.Slug}/assets/loans/{bLoan}/cancel", $"/staff/{a.Slug}/assets/{bAsset}",
            $"/staff/{a.Slug}/assets/{bAsset}/borrow", $"/staff/{a.Slug}/assets/{bAsset}/edit", $"/staff/{a.Slug}/assets/{bAsset}/retire",
        })
        {
            using var response = await admin.GetAsync(url);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url}: {(int)response.StatusCode}");
            Assert.DoesNotContain(marker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var approve = await admin.PostFormAsync($"/staff/{a.Slug}/assets/loans", $"/staff/{a.Slug}/assets/loans/{bLoan}?handler=Approve", []);
        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync($"/staff/{b.Slug}/assets/loans/{bLoan}")).StatusCode);

        // Within one organization, a clerk sees her own loans only: another member's answers as if it did not exist.
        var keeperB = await app.SignedInAsync(b[OrgRole.OrgAdmin]);
        var outsiderLoan = await Html(keeperB, $"/staff/{b.Slug}/assets/loans?filter=Out");
        Assert.Contains("ผู้ใหญ่บ้าน " + marker, outsiderLoan, StringComparison.Ordinal);
        int outLoan;
        await using (var scope = app.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
            outLoan = await db.Set<AssetLoan>().IgnoreQueryFilters().Where(x => x.OrganizationId == b.Id && x.Status == AssetLoanStatus.Approved)
                .Select(x => x.Id).FirstAsync();
        }

        // The keeper sees the outsider's contact; the executive (an approver) too; the auditor reads the loan without it.
        Assert.Contains("089-111-" + marker, await Html(keeperB, $"/staff/{b.Slug}/assets/loans/{outLoan}"), StringComparison.Ordinal);
        var auditorPage = await Html(await app.SignedInAsync(b[OrgRole.Auditor]), $"/staff/{b.Slug}/assets/loans/{outLoan}");
        Assert.Contains("ผู้ใหญ่บ้าน " + marker, auditorPage, StringComparison.Ordinal);
        Assert.DoesNotContain("089-111-", auditorPage, StringComparison.Ordinal);
        var clerkB = await app.SignedInAsync(b[OrgRole.DepartmentStaff]);
        Assert.Equal(HttpStatusCode.NotFound, (await clerkB.GetAsync($"/staff/{b.Slug}/assets/loans/{outLoan}")).StatusCode);
        Assert.DoesNotContain("ผู้ใหญ่บ้าน " + marker, await Html(clerkB, $"/staff/{b.Slug}/assets/loans"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Lists_refuse_a_made_up_filter_and_take_any_page_number(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var keeper = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        await AddTentsAsync(keeper, org);
        var assets = $"/staff/{org.Slug}/assets";
        foreach (var (url, status) in new[]
        {
            (assets + "?filter=Bogus", HttpStatusCode.BadRequest), (assets + "/loans?filter=Bogus", HttpStatusCode.BadRequest),
            (assets + "/loans?year=1999", HttpStatusCode.BadRequest), (assets + "/loans?year=abc", HttpStatusCode.BadRequest),
            (assets + "?page=abc", HttpStatusCode.OK), (assets + "?page=99999", HttpStatusCode.OK), (assets + "?page=2147483647", HttpStatusCode.OK),
            (assets + "/loans?page=abc", HttpStatusCode.OK), (assets + "/loans?page=99999&filter=Overdue&year=2569", HttpStatusCode.OK),
            (assets + "?filter=Retired&q=" + Uri.EscapeDataString("เต็นท์"), HttpStatusCode.OK), (assets + "/99999", HttpStatusCode.NotFound),
            (assets + "/loans/99999", HttpStatusCode.NotFound),
        })
        {
            using var response = await keeper.GetAsync(url);
            Assert.True(response.StatusCode == status, $"{url}: {(int)response.StatusCode}, expected {(int)status}");
        }

        Assert.Contains("หน้านี้เลยรายการสุดท้ายไปแล้ว", await Html(keeper, assets + "?page=99999"), StringComparison.Ordinal);
        Assert.Contains(Tent, await Html(keeper, assets + "?q=" + Uri.EscapeDataString("4x8")), StringComparison.Ordinal);
        Assert.DoesNotContain(Tent, await Html(keeper, assets + "?q=" + Uri.EscapeDataString("เก้าอี้")), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task The_auditor_reads_the_forms_and_a_clerk_outside_the_supplies_unit_cannot_keep_the_register(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var assetId = await AddTentsAsync(await app.SignedInAsync(org[OrgRole.OrgAdmin]), org);
        var assets = $"/staff/{org.Slug}/assets";
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        Assert.Equal(HttpStatusCode.OK, (await auditor.GetAsync(assets + "/new")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(assets + "/new", assets + "/new", TentFields("416-66-0099"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync($"{assets}/{assetId}/retire")).StatusCode);

        // The clerk of สำนักปลัด holds the role's permission, but the register is kept by the finance department.
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        Assert.Contains("ผู้ดูแลทะเบียนทรัพย์สิน", await Html(clerk, assets + "/new"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostFormAsync(assets + "/new", assets + "/new", TentFields("416-66-0098"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.GetAsync($"{assets}/{assetId}/retire")).StatusCode);
        Assert.DoesNotContain("/retire", await Html(clerk, $"{assets}/{assetId}"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Withdrawing_a_request_and_writing_off_an_article_ask_first_and_can_be_answered_on_the_page(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var keeper = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var assets = $"/staff/{org.Slug}/assets";
        var assetId = await AddTentsAsync(keeper, org);
        var assetUrl = $"{assets}/{assetId}";
        var borrowUrl = assetUrl + "/borrow";
        var asked = await clerk.PostFormAsync(borrowUrl, borrowUrl, LoanFields(2, Be(Today.AddDays(1)), Be(Today.AddDays(2)), "งานกีฬาสี"));
        var loanUrl = asked.Headers.Location!.OriginalString;

        // A request still open: the write-off page warns, and the write-off is refused on the page with why.
        var retireUrl = assetUrl + "/retire";
        Assert.Contains("ยังมีคำขอยืมหรือการยืมที่ยังไม่คืน 1 รายการ", await Html(keeper, retireUrl), StringComparison.Ordinal);
        var early = await keeper.PostFormAsync(retireUrl, retireUrl, [new("Reason", "ชำรุดเกินกว่าจะซ่อม")]);
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("บันทึกการคืนหรือพิจารณาคำขอให้เสร็จก่อน", WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The clerk withdraws her request through its confirmation page; nobody else is shown the question.
        var cancelUrl = loanUrl + "/cancel";
        Assert.Contains($"href=\"{cancelUrl}\"", await Html(clerk, loanUrl), StringComparison.Ordinal);
        Assert.Contains("ยืนยันการยกเลิกคำขอยืม", await Html(clerk, cancelUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await executive.GetAsync(cancelUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await executive.PostFormAsync(loanUrl, cancelUrl, [])).StatusCode);
        var withdrawn = await clerk.PostFormAsync(cancelUrl, cancelUrl, []);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);
        Assert.Equal(loanUrl, withdrawn.Headers.Location?.OriginalString);
        Assert.Contains(AssetTexts.Status(AssetLoanStatus.Withdrawn), await Html(clerk, loanUrl), StringComparison.Ordinal);
        using (var again = await clerk.GetAsync(cancelUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
            Assert.Equal(loanUrl, again.Headers.Location?.OriginalString);
        }

        // Now the write-off: an empty reason is asked for beside the field; a reason writes it off.
        var noReason = await keeper.PostFormAsync(retireUrl, retireUrl, [new("Reason", " ")]);
        Assert.Equal((HttpStatusCode)422, noReason.StatusCode);
        Assert.Contains("<span id=\"Reason-error\" class=\"field-error\">กรุณาบอกเหตุผลที่จำหน่ายออกจากทะเบียน</span>",
            WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var retired = await keeper.PostFormAsync(retireUrl, retireUrl, [new("Reason", "ผ้าใบกรอบเปื่อย ซ่อมไม่ได้")]);
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        var assetPage = await Html(keeper, assetUrl);
        Assert.Contains("จำหน่ายออกจากทะเบียนแล้วเมื่อ", assetPage, StringComparison.Ordinal);
        Assert.Contains("ผ้าใบกรอบเปื่อย ซ่อมไม่ได้", assetPage, StringComparison.Ordinal);
        Assert.Contains("นำกลับเข้าทะเบียน", assetPage, StringComparison.Ordinal);
        Assert.DoesNotContain(Tent, await Html(clerk, assets), StringComparison.Ordinal);
        Assert.Contains(Tent, await Html(clerk, assets + "?filter=Retired"), StringComparison.Ordinal);
        using (var again = await keeper.GetAsync(retireUrl))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        // Asking for it now: the page says why not, and a request sent anyway is answered on the page.
        var borrowPage = await Html(clerk, borrowUrl);
        Assert.Contains("จำหน่ายออกจากทะเบียนแล้ว ให้ยืมไม่ได้", borrowPage, StringComparison.Ordinal);
        Assert.DoesNotContain("ส่งคำขอยืม", borrowPage, StringComparison.Ordinal);
        var refused = await clerk.PostFormAsync(borrowUrl, borrowUrl, LoanFields(1, Be(Today.AddDays(1)), Be(Today.AddDays(2)), "งานกีฬาสี"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("ให้ยืมไม่ได้", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // Written off by mistake: put back from its page.
        var restored = await keeper.PostFormAsync(assetUrl, assetUrl + "?handler=Restore", []);
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains(Tent, await Html(clerk, assets), StringComparison.Ordinal);
        var restoredAgain = await keeper.PostFormAsync(assetUrl, assetUrl + "?handler=Restore", []);
        Assert.Equal(HttpStatusCode.Conflict, restoredAgain.StatusCode);
        Assert.Contains("ทรัพย์สินนี้ยังอยู่ในทะเบียน", WebUtility.HtmlDecode(await restoredAgain.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private static async Task<int> AddTentsAsync(HttpClient keeper, TestOrg org)
    {
        var url = $"/staff/{org.Slug}/assets/new";
        var response = await keeper.PostFormAsync(url, url, TentFields("416-66-0001"));
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return int.Parse(AssetLocation().Match(response.Headers.Location!.OriginalString).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static KeyValuePair<string, string>[] TentFields(string code) =>
    [
        new("Input.Code", code), new("Input.Name", Tent), new("Input.Category", "ครุภัณฑ์งานบ้านงานครัว"), new("Input.Quantity", "10"),
        new("Input.AcquiredOn", "1/3/2566"), new("Input.Value", "12500"), new("Input.Lendable", "true"), new("Input.ShownToPublic", "true"),
        new("Input.Condition", nameof(AssetCondition.Good)),
    ];

    private static KeyValuePair<string, string>[] LoanFields(int quantity, string from, string until, string purpose) =>
    [
        new("Input.Quantity", quantity.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Input.From", from),
        new("Input.Until", until), new("Input.Purpose", purpose), new("Input.Place", "ศาลาประชาคมหมู่ที่ 3"),
    ];

    private static async Task<string> Html(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<int> CountAsync(ProngsaiApp app, TestOrg org, Func<ProngsaiDbContext, Task<int>> count)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<Prongsai.Core.Tenancy.CurrentOrganization>().Set(org.Id, org.Slug);
        return await count(scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>());
    }
}
