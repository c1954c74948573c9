using System.Net;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Common;
using Prongsai.Core.Organizations;
using Prongsai.Core.Trash;
using Prongsai.Tests.Foundation;
using Prongsai.Tests.Infrastructure;
using static Prongsai.Tests.Budget.BudgetFixture;

namespace Prongsai.Tests.Trash;

/// <summary>The budget's delete pages say where the rows go; the trash page names the kinds and answers a restore it cannot make in Thai.</summary>
public sealed class FinanceTrashPagesTests
{
    [Theory, Providers]
    public async Task Deleted_budget_rows_wait_in_the_trash_page_and_a_line_without_its_plan_is_a_conflict_not_an_error(DbProvider provider)
    {
        var app = Apps.For(provider);
        var org = await TestOrg.CreateAsync(app);
        var imported = await app.UseAsync<ImportBudget, Result<BudgetImportOutcome>>(i =>
            i.RunAsync(new BudgetImportRequest(StaffActor.System(organizationId: org.Id), new MemoryStream(PlanCsv()), Year)), org.Id);
        Assert.True(imported.Succeeded, Messages(imported));
        var lineId = await app.QueryAsync(db => db.Set<BudgetLine>().IgnoreQueryFilters().Where(l => l.OrganizationId == org.Id).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync());

        var admin = await app.SignedInAsync(org[OrgRole.OrgAdmin]);
        var planUrl = $"/staff/{org.Slug}/budget/{Year}";
        var lineUrl = $"{planUrl}/line/{lineId}/delete";
        var lineConfirm = WebUtility.HtmlDecode(await admin.GetStringAsync(lineUrl));
        Assert.Contains("ย้ายไปที่ถังขยะ", lineConfirm, StringComparison.Ordinal);
        Assert.Contains("กู้คืนได้จากหน้า \"ถังขยะ\" ภายใน 30 วัน", lineConfirm, StringComparison.Ordinal);
        Assert.DoesNotContain("กู้คืนไม่ได้", lineConfirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(lineUrl, lineUrl, [])).StatusCode);

        var planDelete = $"{planUrl}/delete";
        Assert.Contains("กู้คืนได้จากหน้า \"ถังขยะ\" ภายใน 30 วัน", WebUtility.HtmlDecode(await admin.GetStringAsync(planDelete)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(planDelete, planDelete, [])).StatusCode);

        var trashUrl = $"/staff/{org.Slug}/trash";
        var trash = WebUtility.HtmlDecode(await admin.GetStringAsync(trashUrl));
        Assert.Matches("<th scope=\"row\">\\s*(<span class=\"muted\">รายการงบประมาณ</span><br>|รายการงบประมาณ)", trash);
        Assert.Matches("<th scope=\"row\">\\s*(<span class=\"muted\">แผนการใช้จ่ายงบประมาณ</span><br>|แผนการใช้จ่ายงบประมาณ)", trash);
        Assert.Contains("ไม่ผ่านถังขยะ", trash, StringComparison.Ordinal);

        var items = await app.QueryAsync(db => db.Set<TrashItem>().IgnoreQueryFilters().Where(t => t.OrganizationId == org.Id).ToListAsync());
        var line = items.Single(t => t.Kind == BudgetLineTrash.Key);
        var waiting = await admin.PostFormAsync(trashUrl, $"{trashUrl}?id={line.Id}", []);
        Assert.Equal(HttpStatusCode.Conflict, waiting.StatusCode);
        Assert.Contains("กรุณากู้คืนแผนก่อน", WebUtility.HtmlDecode(await waiting.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var plan = items.Single(t => t.Kind == BudgetPlanTrash.Key);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(trashUrl, $"{trashUrl}?id={plan.Id}", [])).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync(trashUrl, $"{trashUrl}?id={line.Id}", [])).StatusCode);
        Assert.True(await app.QueryAsync(db => db.Set<BudgetLine>().IgnoreQueryFilters().AnyAsync(l => l.Id == lineId)));
    }
}
