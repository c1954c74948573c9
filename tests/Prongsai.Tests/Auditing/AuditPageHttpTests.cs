using System.Net;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Auditing;

/// <summary>The audit page through the real app: sentences with names, filters from lists and Thai dates, the CSV export.</summary>
public sealed class AuditPageHttpTests
{
    [Theory, Providers]
    public async Task The_audit_page_reads_as_thai_sentences_with_names_and_filters_by_person_kind_action_and_dates(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var adminName = $"OrgAdmin {org.Slug}";
        var departments = $"/staff/{org.Slug}/departments";
        var renamed = await admin.PostFormAsync(departments, $"{departments}?handler=Rename&id={org.Departments[1].Id}", [new("name", "กองคลังใหม่")]);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var audit = $"/staff/{org.Slug}/audit";

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(audit));
        Assert.Contains($"{adminName} แก้ไขส่วนราชการ 'กองคลังใหม่'", page, StringComparison.Ordinal);
        Assert.Contains($"{adminName} เข้าสู่ระบบ", page, StringComparison.Ordinal);
        Assert.Matches("กองคลัง</span> <span aria-hidden=\"true\">→</span>.*<span class=\"audit-after\">กองคลังใหม่</span>", page);
        Assert.DoesNotContain(org[OrgRole.OrgAdmin].Email, page, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", page, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"date\"", page, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Department\"", page, StringComparison.Ordinal); // kinds from a list...
        Assert.Contains(">ส่วนราชการ</option>", page, StringComparison.Ordinal);          // ...named in Thai

        string Page(string query) => WebUtility.HtmlDecode(admin.GetStringAsync(audit + query).GetAwaiter().GetResult());
        Assert.Contains("แก้ไขส่วนราชการ", Page($"?person={org[OrgRole.OrgAdmin].Id}&entity=Department&action=update"), StringComparison.Ordinal);
        Assert.DoesNotContain("แก้ไขส่วนราชการ", Page($"?person={org[OrgRole.DepartmentStaff].Id}"), StringComparison.Ordinal);
        Assert.DoesNotContain("แก้ไขส่วนราชการ", Page("?entity=Measure"), StringComparison.Ordinal);
        Assert.DoesNotContain("แก้ไขส่วนราชการ", Page("?action=delete"), StringComparison.Ordinal);
        Assert.Contains("แก้ไขส่วนราชการ", Page("?from=1/1/2500&to=31/12/2599"), StringComparison.Ordinal);
        Assert.DoesNotContain("แก้ไขส่วนราชการ", Page("?from=1/1/2500&to=2/1/2500"), StringComparison.Ordinal);

        var bytes = await admin.GetByteArrayAsync(audit + "?entity=Department&handler=Csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // the BOM Excel needs to read Thai
        var csv = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("id,at_utc,user,action,entity,entity_id,changes,person,description,user_id\r\n", csv, StringComparison.Ordinal);
        Assert.Contains($"{adminName} แก้ไขส่วนราชการ 'กองคลังใหม่',{org[OrgRole.OrgAdmin].Id}\r\n", csv, StringComparison.Ordinal);
        Assert.DoesNotContain($"{adminName} เข้าสู่ระบบ", csv, StringComparison.Ordinal); // sign-ins are another kind
    }

    [Theory, Providers]
    public async Task The_audit_page_in_english_says_its_sentences_kinds_and_actions_in_english_and_the_export_stays_thai(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var adminName = $"OrgAdmin {org.Slug}";
        var departments = $"/staff/{org.Slug}/departments";
        var renamed = await admin.PostFormAsync(departments, $"{departments}?handler=Rename&id={org.Departments[1].Id}", [new("name", "กองคลังใหม่")]);
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        var audit = $"/staff/{org.Slug}/audit";

        var page = WebUtility.HtmlDecode(await admin.GetStringAsync(audit + "?lang=en-GB"));
        // What the member typed stays Thai, and is marked so (ThaiContentMarks).
        Assert.Contains($"{adminName} edited the department '<span lang=\"th\">กองคลังใหม่</span>'", page, StringComparison.Ordinal);
        Assert.Contains($"{adminName} signed in", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"audit-label\">Name:</span>", page, StringComparison.Ordinal);
        Assert.Contains(" · department</p>", page, StringComparison.Ordinal);
        Assert.Contains(">Department</option>", page, StringComparison.Ordinal);
        Assert.Contains(">Gift report</option>", page, StringComparison.Ordinal);
        Assert.Contains(">Restored from the trash</option>", page, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<option[^>]*>[^<]*\p{IsThai}", page[page.IndexOf("id=\"action\"", StringComparison.Ordinal)..]);

        var csv = System.Text.Encoding.UTF8.GetString(await admin.GetByteArrayAsync(audit + "?entity=Department&handler=Csv&lang=en-GB"));
        Assert.Contains($"{adminName} แก้ไขส่วนราชการ 'กองคลังใหม่'", csv, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task Bad_filters_are_a_400_with_a_thai_message_never_a_500(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var audit = $"/staff/{org.Slug}/audit";

        foreach (var (query, message) in new[]
                 {
                     ("?from=24/11/2024", "กรุณากรอกปีเป็น พ.ศ."),
                     ("?to=31/02/2567", "ไม่มีในเดือนกุมภาพันธ์"),
                     ("?from=2/1/2567&to=1/1/2567", "วันที่สิ้นสุดต้องไม่ก่อนวันที่เริ่มต้น"),
                     ("?action=drop-table", "กรุณาเลือกจากรายการ"),
                     ("?entity=AuditEntry", "กรุณาเลือกจากรายการ"),
                     ("?before=abc", "\"abc\" ใช้ในช่องนี้ไม่ได้"),
                 })
        {
            var response = await admin.GetAsync(audit + query);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{query} → {response.StatusCode}");
            Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        var csv = await admin.GetAsync(audit + "?from=24/11/2024&handler=Csv");
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
        Assert.Contains("พ.ศ.", await csv.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
