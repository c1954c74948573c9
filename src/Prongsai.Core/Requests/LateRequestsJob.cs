using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Jobs;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Requests;

/// <summary>
/// When an open request turns late (past its due day) and again when it turns very late (past twice the deadline),
/// the people responsible get one in-app notification each time (<see cref="RequestNotifier.ResponsibleAsync"/>):
/// the department, or ComplaintOfficers for complaints they alone may see.
/// </summary>
public sealed class LateRequestsJob(ProngsaiDbContext db, RequestNotifier notifier, TimeProvider clock) : IBackgroundJob
{
    private static readonly RequestStatus[] Closed = [RequestStatus.Answered, RequestStatus.Concluded, RequestStatus.Rejected];

    public string Name => "late-requests";

    public IQueryable<int> OrganizationsWithWork(ProngsaiDbContext context)
    {
        var today = BangkokTime.Today(clock);
        return context.Set<TrackedRequest>().IgnoreQueryFilters()
            .Where(r => !Closed.Contains(r.Status)
                && ((r.DueOn < today && r.LateAlertedAt == null) || (r.VeryLateOn < today && r.VeryLateAlertedAt == null)))
            .Select(r => r.OrganizationId);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var today = BangkokTime.Today(clock);
        var due = await db.Set<TrackedRequest>().Include(r => r.Type)
            .Where(r => !Closed.Contains(r.Status)
                && ((r.DueOn < today && r.LateAlertedAt == null) || (r.VeryLateOn < today && r.VeryLateAlertedAt == null)))
            .OrderBy(r => r.Id).Take(500).ToListAsync(cancellationToken);
        foreach (var request in due)
        {
            if (request.VeryLateOn < today && request.VeryLateAlertedAt is null)
            {
                await notifier.NotifyStaffAsync(request.Type!, request, new NotificationText(
                    $"เรื่อง {RequestNotifier.Number(request)} ({request.Type!.Name}) เกินกำหนดมากกว่าสองเท่า (กำหนด {ThaiDate.FormatLong(request.DueOn)})",
                    $"Request {RequestNotifier.Number(request)} ({request.Type!.NameEnglish}) has taken more than twice its allowed time (due {ThaiDate.FormatEnglish(request.DueOn)})"),
                    now, cancellationToken);
                request.VeryLateAlertedAt = now;
                request.LateAlertedAt ??= now;
            }
            else if (request.LateAlertedAt is null)
            {
                await notifier.NotifyStaffAsync(request.Type!, request, new NotificationText(
                    $"เรื่อง {RequestNotifier.Number(request)} ({request.Type!.Name}) เกินกำหนดแล้ว (กำหนด {ThaiDate.FormatLong(request.DueOn)})",
                    $"Request {RequestNotifier.Number(request)} ({request.Type!.NameEnglish}) is overdue (due {ThaiDate.FormatEnglish(request.DueOn)})"),
                    now, cancellationToken);
                request.LateAlertedAt = now;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
