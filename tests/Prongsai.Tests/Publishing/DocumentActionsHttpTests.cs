using System.Globalization;
using Prongsai.Core.Organizations;
using Prongsai.Tests.Infrastructure;

namespace Prongsai.Tests.Publishing;

/// <summary>A reader who may not change a document (the Auditor) is not offered its actions.</summary>
public sealed class DocumentActionsHttpTests
{
    [Theory, Providers]
    public async Task The_auditor_reads_a_document_without_links_to_publish_or_delete_it(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var document = await PublishingFixture.SaveAsync(app, org, "ร่างที่ผู้ตรวจสอบอ่าน");
        var url = $"/staff/{org.Slug}/documents/edit/{document.Id.ToString(CultureInfo.InvariantCulture)}";

        var admin = await (await app.SignedInAsync(org[OrgRole.OrgAdmin])).GetStringAsync(url);
        Assert.Contains("ลบเอกสารนี้…", admin, StringComparison.Ordinal);

        var auditor = await (await app.SignedInAsync(org[OrgRole.Auditor])).GetStringAsync(url);
        Assert.Contains("ร่างที่ผู้ตรวจสอบอ่าน", auditor, StringComparison.Ordinal);
        Assert.DoesNotContain("ลบเอกสารนี้…", auditor, StringComparison.Ordinal);
        Assert.DoesNotContain("เผยแพร่ทันที…", auditor, StringComparison.Ordinal);
    }
}
