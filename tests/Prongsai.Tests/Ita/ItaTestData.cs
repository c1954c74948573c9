using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Tests.Measures.UseCases;

namespace Prongsai.Tests.Ita;

/// <summary>Published content and checklists for the ITA tests, made through the use cases as staff would.</summary>
internal static class ItaTestData
{
    public static StaffActor System(MeasuresTestHost host) => StaffActor.System("ผู้ทดสอบ", host.OrganizationId);

    /// <summary>Publishes a document in a category (by slug) for a fiscal year and returns its id.</summary>
    public static async Task<int> PublishAsync(MeasuresTestHost host, string categorySlug, int fiscalYear, string title)
    {
        return await host.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<ProngsaiDbContext>();
            await DefaultCategories.EnsureAsync(db, host.OrganizationId);
            var categoryId = await db.DocumentCategories.Where(c => c.Slug == categorySlug).Select(c => c.Id).FirstAsync();
            var departmentId = await db.Departments.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
            var saved = await sp.GetRequiredService<SaveDocument>().RunAsync(
                null, new DocumentInput(title, "สรุป", "เนื้อหา", categoryId, departmentId, fiscalYear), [], [], System(host));
            Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.Message)));
            var published = await sp.GetRequiredService<PublishDocument>().PublishNowAsync(saved.Value!.Id, System(host));
            Assert.True(published.Succeeded, string.Join(" ", published.Errors.Select(e => e.Message)));
            return saved.Value.Id;
        });
    }

    public static async Task SaveAboutPageAsync(MeasuresTestHost host, string key, string title)
    {
        var result = await host.UseAsync<OrganizationPages, Result<OrganizationPage>>(p => p.SaveAsync(System(host), key, title, "<p>เนื้อหาของหน้า</p>"));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
    }

    public static async Task<SuggestionRun> OpenAsync(MeasuresTestHost host, int fiscalYear)
    {
        var opened = await host.UseAsync<ManageChecklist, Result<SuggestionRun>>(m => m.OpenAsync(System(host), fiscalYear));
        Assert.True(opened.Succeeded, string.Join(" ", opened.Errors.Select(e => e.Message)));
        return opened.Value!;
    }

    public static Task<ItaChecklistItem> ItemAsync(MeasuresTestHost host, int fiscalYear, string key) =>
        host.QueryAsync(db => db.Set<ItaChecklistItem>().Include(i => i.Evidence)
            .Where(i => i.ItemKey == key && db.Set<ItaChecklist>().Any(c => c.Id == i.ChecklistId && c.FiscalYear == fiscalYear)).FirstAsync());

    public static void Succeeded<T>(Result<T> result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Message)));
}
