using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Auditing;
using Prongsai.Core.Data;
using Prongsai.Tests.Infrastructure;
using Prongsai.Tests.Publishing;

namespace Prongsai.Tests.Security;

/// <summary>
/// A creation in the audit trail names the row the database created, not EF's temporary negative key,
/// so "who created document 42?" has an answer.
/// </summary>
public sealed class AuditKeyTests
{
    private static async Task<List<AuditEntry>> CreationsAsync(ProngsaiApp app, int organizationId, string entity)
    {
        await using var scope = app.Scope();
        var db = scope.ServiceProvider.GetRequiredService<ProngsaiDbContext>();
        return await db.AuditEntries.IgnoreQueryFilters()
            .Where(a => a.OrganizationId == organizationId && a.Entity == entity && a.Action == AuditActions.Create)
            .OrderBy(a => a.Id).ToListAsync();
    }

    [Theory, Providers]
    public async Task Creating_an_organization_and_its_departments_records_their_real_ids(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);

        var organization = Assert.Single(await CreationsAsync(app, org.Id, "Organization"));
        Assert.Equal(org.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), organization.EntityId);

        var departments = await CreationsAsync(app, org.Id, "Department");
        Assert.Equal(
            org.Departments.Select(d => d.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal),
            departments.Select(a => a.EntityId!).Order(StringComparer.Ordinal));
        foreach (var entry in departments)
        {
            using var changes = JsonDocument.Parse(entry.Changes!);
            // The organization was new in the same save: its id inside the record is the real one too.
            Assert.Equal(org.Id, changes.RootElement.GetProperty("OrganizationId")[1].GetInt32());
            Assert.Equal(entry.EntityId, changes.RootElement.GetProperty("Id")[1].GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    [Theory, Providers]
    public async Task Creating_a_document_with_an_attachment_records_the_real_document_and_attachment_ids(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var document = await PublishingFixture.SaveAsync(app, org, "ประกาศทดสอบบันทึกการสร้าง", ("ประกาศ.pdf", PublishingFixture.MinimalPdf));

        var created = Assert.Single(await CreationsAsync(app, org.Id, "Document"));
        Assert.Equal(document.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), created.EntityId);

        var attachment = Assert.Single(await CreationsAsync(app, org.Id, "Attachment"));
        Assert.DoesNotContain("-", attachment.EntityId!, StringComparison.Ordinal);
        Assert.NotEqual("new", attachment.EntityId);
        using var changes = JsonDocument.Parse(attachment.Changes!);
        Assert.Equal(document.Id, changes.RootElement.GetProperty("DocumentId")[1].GetInt32());
    }
}
