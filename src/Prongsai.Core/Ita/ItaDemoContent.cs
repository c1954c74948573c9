using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Ita.Checklist;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Ita;

/// <summary>
/// The demo organization's checklists for FY2567 (the classic list) and FY2568, filled the way an office would:
/// opened (suggestions from what the other features' demo content published), every suggestion confirmed, items
/// with evidence marked ready, every other one of those approved; items assigned to สำนักปลัด; ITAS due dates set.
/// Runs after the other features' demo content (<see cref="BuiltFromOtherContent"/>), through the real use cases.
/// </summary>
public sealed class ItaDemoContent(
    ProngsaiDbContext db, CurrentOrganization current, ManageChecklist manage, EditEvidence edit, ApproveItems approve) : IDemoContent
{
    /// <summary>The checklists suggest from the Q&amp;A, complaints, gifts, budget and procurement samples, so they come after them.</summary>
    public bool BuiltFromOtherContent => true;

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        current.Set(organization.Id, organization.Slug);
        var actor = StaffActor.System(Prongsai.Core.Demo.DemoSeeder.ActorName, organization.Id);
        var office = await db.Departments.Where(d => d.Name == "สำนักปลัด").Select(d => (int?)d.Id).FirstOrDefaultAsync(cancellationToken);
        foreach (var (year, due) in new[] { (2567, new DateOnly(2024, 4, 30)), (2568, new DateOnly(2025, 4, 30)) })
        {
            var opened = await manage.OpenAsync(actor, year, cancellationToken: cancellationToken);
            if (!opened.Succeeded)
            {
                throw new InvalidOperationException(opened.Errors[0].Message);
            }

            await manage.SetDueDateAsync(actor, year, due, cancellationToken);
            var items = await db.Set<ItaChecklistItem>().AsNoTracking().Include(i => i.Evidence)
                .Where(i => i.ChecklistId == opened.Value!.ChecklistId).OrderBy(i => i.Id).ToListAsync(cancellationToken);
            var approveNext = true;
            foreach (var item in items)
            {
                await manage.AssignAsync(actor, item.Id, office, cancellationToken);
                if (item.Evidence.Count == 0)
                {
                    continue;
                }

                foreach (var evidence in item.Evidence)
                {
                    await edit.DecideAsync(actor, evidence.Id, confirm: true, cancellationToken);
                }

                await edit.SetStatusAsync(actor, item.Id, ItaItemStatus.Ready, "ข้อมูลตัวอย่างเพื่อสาธิตระบบ", cancellationToken);
                if (approveNext)
                {
                    await approve.ApproveAsync(actor, item.Id, cancellationToken);
                }

                approveNext = !approveNext;
            }
        }
    }
}
