using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.CorruptionRisks;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.CorruptionRisks;

/// <summary>
/// The corruption risk pages through the real app on both databases, as their users work them: the working group adds
/// and corrects risks on the form, the list counts them in the matrix, the head of the office approves through the
/// confirmation page, a follow-up is reported, the head reopens with a reason, and a risk is removed through its own
/// confirmation; a missing field or a likelihood off the scale, an edit after approval, another department's risk and
/// the Auditor, each answered as a person can act on; the year's downloads read back.
/// </summary>
public sealed partial class RiskPagesHttpTests
{
    private const string Permits = "การออกใบอนุญาตก่อสร้างอาคาร";
    private const string Purchasing = "การจัดซื้อจัดจ้างโดยวิธีเฉพาะเจาะจง";
    private const string EditForm = "id=\"edit-heading\"";
    private const string HalfYearForm = "id=\"halfyear-heading\"";

    [GeneratedRegex("/risks/([0-9]+)$")]
    private static partial Regex RiskLocation();

    private static int CurrentYear => FiscalYear.ForDate(BangkokTime.Today(TimeProvider.System)).BeYear;

    [Theory, Providers]
    public async Task Risks_are_added_corrected_approved_reported_on_reopened_with_a_reason_and_removed_through_the_forms(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var executive = await app.SignedInAsync(org[OrgRole.Executive]);
        var year = CurrentYear;
        var list = $"/staff/{org.Slug}/risks";
        var yearList = $"{list}?year={year}";
        var finance = org.Departments[1];

        // The list of a year not started yet: its state and the way to add the first risk; nothing to approve.
        var empty = await Html(admin, list);
        Assert.Contains($"การประเมินความเสี่ยงการทุจริต ปีงบประมาณ {year}", empty, StringComparison.Ordinal);
        Assert.Contains("ยังไม่ได้ประเมิน", empty, StringComparison.Ordinal);
        Assert.Contains($"href=\"{list}/new?year={year}\"", empty, StringComparison.Ordinal);
        Assert.Contains("เพิ่มความเสี่ยง", empty, StringComparison.Ordinal);
        Assert.DoesNotContain("/publish\"", empty, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{year + 1}\"", empty, StringComparison.Ordinal);

        // The form: the scales in words, the departments, and what the website will show.
        var form = await Html(admin, $"{list}/new?year={year}");
        Assert.Contains(RiskTexts.Likelihood(5), form, StringComparison.Ordinal);
        Assert.Contains(RiskTexts.Impact(4), form, StringComparison.Ordinal);
        Assert.Contains(RiskTexts.Category(RiskCategory.Bribery), form, StringComparison.Ordinal);
        Assert.Contains(RiskBoard.WholeOffice, form, StringComparison.Ordinal);
        Assert.Contains(finance.Name, form, StringComparison.Ordinal);
        Assert.Contains("เว็บไซต์จะแสดง", form, StringComparison.Ordinal);

        var permitsUrl = await AddAsync(admin, org, year, Fields(Permits, "3", "4", null));
        var purchasingUrl = await AddAsync(admin, org, year, Fields(Purchasing, "2", "2", finance.Id));
        var added = await Html(admin, permitsUrl);
        Assert.Contains("เพิ่มความเสี่ยงแล้ว", added, StringComparison.Ordinal);
        Assert.Contains("คะแนน 12 ระดับสูง", added, StringComparison.Ordinal);
        Assert.Contains(EditForm, added, StringComparison.Ordinal);
        Assert.Contains($"href=\"{permitsUrl}/delete\"", added, StringComparison.Ordinal);
        Assert.DoesNotContain(HalfYearForm, added, StringComparison.Ordinal);

        // Corrected on its page: 2 × 2 becomes 5 × 4, very high.
        var edited = await admin.PostFormAsync(purchasingUrl, purchasingUrl + "?handler=Edit", Fields(Purchasing, "5", "4", finance.Id, prefix: "EditInput"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(purchasingUrl, edited.Headers.Location?.OriginalString);
        var purchasing = await Html(admin, purchasingUrl);
        Assert.Contains("บันทึกการแก้ไขแล้ว", purchasing, StringComparison.Ordinal);
        Assert.Contains("คะแนน 20 ระดับสูงมาก", purchasing, StringComparison.Ordinal);
        Assert.Contains(finance.Name, purchasing, StringComparison.Ordinal);

        // The list: a draft, both risks with their score and department, and the matrix counting them in their cells.
        var draft = await Html(admin, yearList);
        Assert.Contains(RiskTexts.Status(RiskAssessmentStatus.Draft), draft, StringComparison.Ordinal);
        Assert.Contains(Permits, draft, StringComparison.Ordinal);
        Assert.Contains(RiskBoard.WholeOffice, draft, StringComparison.Ordinal);
        Assert.Contains("คะแนน 20 ระดับสูงมาก", draft, StringComparison.Ordinal);
        Assert.Equal(["0", "0", "0", "1", "0"], MatrixRow(draft, 5));
        Assert.Equal(["0", "0", "0", "0", "0"], MatrixRow(draft, 4));
        Assert.Equal(["0", "0", "0", "1", "0"], MatrixRow(draft, 3));
        Assert.Equal(23, Regex.Matches(draft, "<strong>0<span class=\"visually-hidden\"> รายการ</span></strong>").Count);
        Assert.Contains("<td class=\"risk-very-high has-risks\"><strong>1<span class=\"visually-hidden\"> รายการ</span></strong><br>สูงมาก</td>", draft, StringComparison.Ordinal);
        Assert.Contains("<td class=\"risk-high has-risks\"><strong>1<span class=\"visually-hidden\"> รายการ</span></strong><br>สูง</td>", draft, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/{org.Slug}/risks/year/{year}/publish\"", draft, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/{org.Slug}/risks/{year}\"", draft, StringComparison.Ordinal);

        // The head of the office approves through the confirmation page; the list says by whom and links to the website.
        var publish = $"/staff/{org.Slug}/risks/year/{year}/publish";
        var confirm = await Html(executive, publish);
        Assert.Contains("ยืนยัน อนุมัติและเผยแพร่", confirm, StringComparison.Ordinal);
        Assert.Contains("ความเสี่ยง 2 รายการ", confirm, StringComparison.Ordinal);
        var approved = await executive.PostFormAsync(publish, publish, []);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(yearList, approved.Headers.Location?.OriginalString);
        var approvedList = await Html(executive, yearList);
        Assert.Contains("อนุมัติแล้ว ผลการประเมินเผยแพร่บนเว็บไซต์แล้ว", approvedList, StringComparison.Ordinal);
        Assert.Contains(RiskTexts.Status(RiskAssessmentStatus.Approved), approvedList, StringComparison.Ordinal);
        Assert.Contains($"อนุมัติโดย Executive {org.Slug} เมื่อ {ThaiDate.FormatLong(BangkokTime.Today(TimeProvider.System))}", approvedList, StringComparison.Ordinal);
        Assert.Contains($"href=\"/{org.Slug}/risks/{year}\"", approvedList, StringComparison.Ordinal);
        Assert.Contains($"href=\"/staff/{org.Slug}/risks/year/{year}/unpublish\"", approvedList, StringComparison.Ordinal);
        Assert.DoesNotContain($"{list}/new?year={year}", approvedList, StringComparison.Ordinal);
        Assert.DoesNotContain($"year/{year}/publish\"", approvedList, StringComparison.Ordinal);
        using (var again = await executive.GetAsync(publish))
        {
            Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        }

        // Approved: no edit form, the follow-up forms instead; a report of the half year without its result is asked for it.
        var toReport = await Html(admin, permitsUrl);
        Assert.DoesNotContain(EditForm, toReport, StringComparison.Ordinal);
        Assert.DoesNotContain($"{permitsUrl}/delete", toReport, StringComparison.Ordinal);
        Assert.Contains(HalfYearForm, toReport, StringComparison.Ordinal);
        Assert.Contains("id=\"yearend-heading\"", toReport, StringComparison.Ordinal);
        var noResult = await admin.PostFormAsync(permitsUrl, permitsUrl + "?handler=HalfYear",
            [new("HalfYearInput.Progress", nameof(RiskProgress.Done)), new("HalfYearInput.Outcome", nameof(RiskOutcome.Controlled)), new("HalfYearInput.Result", " ")]);
        Assert.Equal((HttpStatusCode)422, noResult.StatusCode);
        Assert.Contains("<span id=\"HalfYearInput_Result-error\" class=\"field-error\">กรุณาบอกผลการดำเนินการ",
            WebUtility.HtmlDecode(await noResult.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var reported = await admin.PostFormAsync(permitsUrl, permitsUrl + "?handler=HalfYear",
        [
            new("HalfYearInput.Progress", nameof(RiskProgress.Done)), new("HalfYearInput.Outcome", nameof(RiskOutcome.Watch)),
            new("HalfYearInput.Result", "ประกาศขั้นตอนบนเว็บไซต์แล้ว คำขอ 14 เรื่องเสร็จตามกำหนด"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.Equal(permitsUrl, reported.Headers.Location?.OriginalString);
        var withReport = await Html(admin, permitsUrl);
        Assert.Contains("บันทึกรายงานผลรอบ 6 เดือน", withReport, StringComparison.Ordinal);
        Assert.Contains("คำขอ 14 เรื่องเสร็จตามกำหนด", withReport, StringComparison.Ordinal);
        Assert.Contains(RiskTexts.Outcome(RiskOutcome.Watch), withReport, StringComparison.Ordinal);
        // The form of the round starts from the report, so a second one corrects it.
        Assert.Contains("value=\"Watch\" checked", withReport, StringComparison.Ordinal);
        Assert.Contains(RiskTexts.Outcome(RiskOutcome.Watch), await Html(admin, yearList), StringComparison.Ordinal);

        // Reopened with a reason: none is asked for beside the field; then the draft shows it and the website link goes.
        var unpublish = $"/staff/{org.Slug}/risks/year/{year}/unpublish";
        Assert.Contains("ยืนยัน เปิดแก้ไข", await Html(executive, unpublish), StringComparison.Ordinal);
        var noReason = await executive.PostFormAsync(unpublish, unpublish, [new("Reason", "  ")]);
        Assert.Equal((HttpStatusCode)422, noReason.StatusCode);
        Assert.Contains("<span id=\"Reason-error\" class=\"field-error\">กรุณาบอกเหตุผลที่ต้องแก้ไข",
            WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var reopened = await executive.PostFormAsync(unpublish, unpublish, [new("Reason", "สตง. แนะนำให้แยกความเสี่ยงการจัดซื้อเป็นสองรายการ")]);
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal(yearList, reopened.Headers.Location?.OriginalString);
        var reopenedList = await Html(admin, yearList);
        Assert.Contains(RiskTexts.Status(RiskAssessmentStatus.Draft), reopenedList, StringComparison.Ordinal);
        Assert.Contains("สตง. แนะนำให้แยกความเสี่ยงการจัดซื้อเป็นสองรายการ", reopenedList, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/{org.Slug}/risks/{year}\"", reopenedList, StringComparison.Ordinal);

        // A risk reported on stays; the other is removed through its confirmation page, back to the year's list.
        var keep = await Html(admin, permitsUrl + "/delete");
        Assert.Contains("มีรายงานผลการดำเนินการแล้ว จึงลบไม่ได้", keep, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostFormAsync(permitsUrl, permitsUrl + "/delete", [])).StatusCode);
        var delete = purchasingUrl + "/delete";
        var asked = await Html(admin, delete);
        Assert.Contains("ยืนยันการลบความเสี่ยง", asked, StringComparison.Ordinal);
        Assert.Contains(Purchasing, asked, StringComparison.Ordinal);
        Assert.Contains("กู้คืนได้จากหน้า \"ถังขยะ\" ภายใน 30 วัน", asked, StringComparison.Ordinal);
        Assert.DoesNotContain("ไม่ผ่านถังขยะ", asked, StringComparison.Ordinal);
        var removed = await admin.PostFormAsync(delete, delete, []);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(yearList, removed.Headers.Location?.OriginalString);
        var after = await Html(admin, yearList);
        Assert.Contains($"ย้ายความเสี่ยงไปถังขยะแล้ว (กู้คืนได้ภายใน 30 วัน): {Purchasing}", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(purchasingUrl)).StatusCode);
        Assert.Equal(1, await CountAsync(app, org));
        Assert.Contains(Purchasing, await Html(admin, $"/staff/{org.Slug}/trash"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task A_missing_field_or_a_likelihood_off_the_scale_comes_back_beside_its_field_and_nothing_is_saved(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var url = $"/staff/{org.Slug}/risks/new?year={CurrentYear}";

        var noProcess = await admin.PostFormAsync(url, url, Fields(" ", "3", "4", null));
        Assert.Equal((HttpStatusCode)422, noProcess.StatusCode);
        var html = WebUtility.HtmlDecode(await noProcess.Content.ReadAsStringAsync());
        Assert.Contains("<span id=\"Input_Process-error\" class=\"field-error\">กรุณาบอกกระบวนงานหรือภารกิจที่มีความเสี่ยง</span>", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        // The rest comes back as typed.
        Assert.Contains("value=\"3\" checked", html, StringComparison.Ordinal);
        Assert.Contains("เรียกรับเงินเพื่อเร่งรัด", html, StringComparison.Ordinal);

        var offScale = await admin.PostFormAsync(url, url, Fields(Permits, "9", "4", null));
        Assert.Equal((HttpStatusCode)422, offScale.StatusCode);
        var typed = WebUtility.HtmlDecode(await offScale.Content.ReadAsStringAsync());
        Assert.Contains("<span id=\"Input_Likelihood-error\" class=\"field-error\">กรุณาเลือกโอกาสที่จะเกิด ระดับ 1 ถึง 5</span>", typed, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Permits}\"", typed, StringComparison.Ordinal);
        Assert.DoesNotContain("Input_Process-error", typed, StringComparison.Ordinal);

        var noCategory = await admin.PostFormAsync(url, url, Fields(Permits, "3", "4", null).Where(f => f.Key != "Input.Category"));
        Assert.Equal((HttpStatusCode)422, noCategory.StatusCode);
        Assert.Contains("<span id=\"Input_Category-error\" class=\"field-error\">กรุณาเลือกประเภทความเสี่ยง",
            WebUtility.HtmlDecode(await noCategory.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync(app, org));

        // A year that cannot be assessed is not there.
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"/staff/{org.Slug}/risks/new?year={CurrentYear + 2}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.GetAsync($"/staff/{org.Slug}/risks?year=twenty")).StatusCode);
    }

    [Theory, Providers]
    public async Task An_edit_after_approval_is_a_conflict_and_a_department_head_works_only_on_their_departments_risks(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var head = await app.SignedInAsync(org[OrgRole.DepartmentHead]);
        var year = CurrentYear;
        var own = org.Departments[0];
        var other = org.Departments[1];

        // The head files risks of their own department only: the whole office is not theirs to choose.
        var form = await Html(head, $"/staff/{org.Slug}/risks/new?year={year}");
        Assert.Contains(own.Name, form, StringComparison.Ordinal);
        Assert.DoesNotContain($"<option value=\"{other.Id}\"", form, StringComparison.Ordinal);
        var url = $"/staff/{org.Slug}/risks/new?year={year}";
        var wholeOffice = await head.PostFormAsync(url, url, Fields(Permits, "3", "4", null));
        Assert.Equal((HttpStatusCode)422, wholeOffice.StatusCode);
        Assert.Contains("id=\"Input_DepartmentId-error\"", await wholeOffice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ownUrl = await AddAsync(head, org, year, Fields(Permits, "3", "4", own.Id));
        var otherUrl = await AddAsync(admin, org, year, Fields(Purchasing, "4", "4", other.Id));

        // Another department's risk: read, never changed, and no confirmation page of its removal.
        var otherPage = await Html(head, otherUrl);
        Assert.Contains(Purchasing, otherPage, StringComparison.Ordinal);
        Assert.DoesNotContain(EditForm, otherPage, StringComparison.Ordinal);
        Assert.DoesNotContain($"{otherUrl}/delete", otherPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostFormAsync(otherUrl, otherUrl + "?handler=Edit",
            Fields(Purchasing, "1", "1", other.Id, prefix: "EditInput"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync(otherUrl + "/delete")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostFormAsync(otherUrl, otherUrl + "/delete", [])).StatusCode);
        Assert.Contains(EditForm, await Html(head, ownUrl), StringComparison.Ordinal);

        // The head may not approve.
        Assert.Equal(HttpStatusCode.Forbidden, (await head.GetAsync($"/staff/{org.Slug}/risks/year/{year}/publish")).StatusCode);
        var publish = $"/staff/{org.Slug}/risks/year/{year}/publish";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(publish, publish, [])).StatusCode);

        // Approved: an edit sent from a page read before is refused as a conflict, the reason shown at the top.
        var late = await head.PostFormAsync(ownUrl, ownUrl + "?handler=Edit", Fields(Permits, "1", "1", own.Id, prefix: "EditInput"));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Matches("<div class=\"alert error\" role=\"alert\"[^>]*>ผลการประเมินปีนี้อนุมัติแล้ว แก้ไขความเสี่ยงไม่ได้",
            WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()));
        Assert.Contains("คะแนน 12 ระดับสูง", await Html(head, ownUrl), StringComparison.Ordinal);
        using (var delete = await head.GetAsync(ownUrl + "/delete"))
        {
            Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
            Assert.Equal(ownUrl, delete.Headers.Location?.OriginalString);
        }

        // Follow-ups too: their own department's risk, not the other's.
        Assert.Contains(HalfYearForm, await Html(head, ownUrl), StringComparison.Ordinal);
        Assert.DoesNotContain(HalfYearForm, await Html(head, otherUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await head.PostFormAsync(otherUrl, otherUrl + "?handler=YearEnd", FollowUp("YearEndInput"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await head.PostFormAsync(ownUrl, ownUrl + "?handler=YearEnd", FollowUp("YearEndInput"))).StatusCode);
    }

    [Theory, Providers]
    public async Task The_auditor_reads_the_list_and_a_risk_and_downloads_the_year_but_every_write_and_confirmation_refuses_her(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var auditor = await app.SignedInAsync(org[OrgRole.Auditor]);
        var clerk = await app.SignedInAsync(org[OrgRole.DepartmentStaff]);
        var year = CurrentYear;
        var list = $"/staff/{org.Slug}/risks?year={year}";
        var riskUrl = await AddAsync(admin, org, year, Fields(Permits, "3", "4", null));
        await AddAsync(admin, org, year, Fields(Purchasing, "3", "4", org.Departments[1].Id));

        // She and a clerk read everything and see no button that writes.
        foreach (var reader in new[] { auditor, clerk })
        {
            var page = await Html(reader, list);
            Assert.Contains(Permits, page, StringComparison.Ordinal);
            Assert.Equal(["0", "0", "0", "2", "0"], MatrixRow(page, 3));
            Assert.DoesNotContain("/risks/new", page, StringComparison.Ordinal);
            Assert.DoesNotContain("/publish\"", page, StringComparison.Ordinal);
            var risk = await Html(reader, riskUrl);
            Assert.Contains("เรียกรับเงินเพื่อเร่งรัด", risk, StringComparison.Ordinal);
            Assert.DoesNotContain(EditForm, risk, StringComparison.Ordinal);
            Assert.DoesNotContain("/delete", risk, StringComparison.Ordinal);
        }

        var newUrl = $"/staff/{org.Slug}/risks/new?year={year}";
        Assert.Contains("ไม่มีสิทธิ์บันทึกความเสี่ยง", await Html(auditor, newUrl), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(list, newUrl, Fields(Purchasing, "1", "1", null))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(list, riskUrl + "?handler=Edit", Fields(Permits, "1", "1", null, prefix: "EditInput"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(list, riskUrl + "?handler=HalfYear", FollowUp("HalfYearInput"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(list, riskUrl + "/delete", [])).StatusCode);
        foreach (var confirmation in new[] { riskUrl + "/delete", $"/staff/{org.Slug}/risks/year/{year}/publish", $"/staff/{org.Slug}/risks/year/{year}/unpublish" })
        {
            using var response = await auditor.GetAsync(confirmation);
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{confirmation}: {(int)response.StatusCode}");
            Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PostFormAsync(list, confirmation, [new("Reason", "ผู้ตรวจสอบ")])).StatusCode);
        }

        Assert.Equal(2, await CountAsync(app, org));

        // The year as CSV (Thai header, one row per risk) and as a real Excel workbook.
        var csv = await auditor.GetAsync($"/staff/{org.Slug}/risks?handler=Csv&year={year}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ลำดับ,กระบวนงาน/ภารกิจ,ประเภทความเสี่ยง,เหตุการณ์ความเสี่ยง,โอกาส (1-5),ผลกระทบ (1-5),คะแนน,ระดับความเสี่ยง", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length);
        Assert.Contains(Permits, lines[1], StringComparison.Ordinal);
        Assert.Contains(RiskBoard.WholeOffice, lines[1], StringComparison.Ordinal);
        var xlsx = await auditor.GetAsync($"/staff/{org.Slug}/risks?handler=Xlsx&year={year}");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
        var sheets = string.Concat(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).Select(e =>
        {
            using var reader = new StreamReader(e.Open());
            return reader.ReadToEnd();
        }));
        Assert.Contains("มาตรการป้องกันความเสี่ยง", sheets, StringComparison.Ordinal);
        Assert.Contains(Purchasing, sheets, StringComparison.Ordinal);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var sheet = new Documents.ReadSheet(workbook);
        Assert.Equal(2, sheet.NumbersUnder("คะแนน").Count);
        Assert.All(sheet.NumbersUnder("คะแนน"), score => Assert.InRange(score, 1m, 25m));
        Assert.Equal([1m, 2m], sheet.NumbersUnder("ลำดับ"));
    }

    /// <summary>Sends the new-risk form and answers the new risk's address.</summary>
    private static async Task<string> AddAsync(HttpClient client, TestOrg org, int year, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var url = $"/staff/{org.Slug}/risks/new?year={year}";
        var response = await client.PostFormAsync(url, url, fields);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{(int)response.StatusCode}: {WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync())}");
        var location = response.Headers.Location!.OriginalString;
        Assert.Matches(RiskLocation(), location);
        return location;
    }

    private static KeyValuePair<string, string>[] Fields(string process, string likelihood, string impact, int? departmentId, string prefix = "Input") =>
    [
        new(prefix + ".Process", process), new(prefix + ".Category", nameof(RiskCategory.Permits)),
        new(prefix + ".Description", "เรียกรับเงินเพื่อเร่งรัดการพิจารณา"), new(prefix + ".Likelihood", likelihood),
        new(prefix + ".Impact", impact), new(prefix + ".ExistingControls", "มีคู่มือการให้บริการ"),
        new(prefix + ".Measures", "ประกาศขั้นตอนและระยะเวลาบนเว็บไซต์"),
        new(prefix + ".DepartmentId", departmentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""),
        new(prefix + ".Period", "ต.ค. 2568 – ก.ย. 2569"),
    ];

    private static KeyValuePair<string, string>[] FollowUp(string prefix) =>
    [
        new(prefix + ".Progress", nameof(RiskProgress.Done)), new(prefix + ".Outcome", nameof(RiskOutcome.Controlled)),
        new(prefix + ".Result", "ดำเนินการครบ ไม่มีเรื่องร้องเรียน"),
    ];

    /// <summary>The counts of one likelihood's row of the matrix, impact 1 to 5.</summary>
    private static string[] MatrixRow(string html, int likelihood)
    {
        var row = Regex.Match(html, $"<th scope=\"row\"><span class=\"visually-hidden\">โอกาส </span>{likelihood}</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"no row of likelihood {likelihood} in the matrix");
        return Regex.Matches(row.Groups[1].Value, "<strong>([0-9]+)<span class=\"visually-hidden\"> รายการ</span></strong>").Select(m => m.Groups[1].Value).ToArray();
    }

    private static async Task<string> Html(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<int> CountAsync(ProngsaiApp app, TestOrg org)
    {
        await using var scope = app.Scope();
        scope.ServiceProvider.GetRequiredService<Prongsai.Core.Tenancy.CurrentOrganization>().Set(org.Id, org.Slug);
        return await scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>().Set<CorruptionRisk>().CountAsync();
    }
}
