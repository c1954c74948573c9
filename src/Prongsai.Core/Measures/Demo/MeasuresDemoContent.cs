using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Data;
using Prongsai.Core.Demo;
using Prongsai.Core.Measures.Import;
using Prongsai.Core.Measures.Publishing;
using Prongsai.Core.Organizations;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Measures.Demo;

/// <summary>
/// The demo organization's measures: Bang Kha's FY2567 report as it was published (embedded in this
/// assembly, never read from outside the app), imported, its steps marked done (it is a results
/// report) and published as version 1 on 15 October 2024.
/// </summary>
public sealed class MeasuresDemoContent(
    ProngsaiDbContext db, CurrentOrganization current, ImportReport import, PublishMeasuresReport publish) : IDemoContent
{
    public const int FiscalYear = 2567;
    public const string ResourceName = "Prongsai.Core.Measures.Demo.bangkha-2567-measures-report.txt";
    public static readonly DateTimeOffset PublishedAt = new(2024, 10, 15, 3, 0, 0, TimeSpan.Zero);

    public static Stream OpenSeed() =>
        typeof(MeasuresDemoContent).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing.");

    public async Task SeedAsync(Organization organization, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organization);
        // The seeder runs outside any request: work as the demo organization from here on.
        current.Set(organization.Id, organization.Slug);

        var actor = StaffActor.System(Prongsai.Core.Demo.DemoSeeder.ActorName);
        await using var seed = OpenSeed();
        var imported = await import.RunAsync(new ImportReportRequest(actor, seed, FiscalYear), cancellationToken);
        if (!imported.Succeeded)
        {
            throw new InvalidOperationException("Demo import failed: " + string.Join(" ", imported.Errors.Select(e => e.Message)));
        }

        var steps = await db.MeasureSteps.Include(s => s.Progress).ToListAsync(cancellationToken);
        var measures = await db.Measures.ToDictionaryAsync(m => m.Id, cancellationToken);
        foreach (var step in steps)
        {
            step.IsDone = true;
            step.DoneOn = measures[step.MeasureId].PeriodEnd is { } end ? Calendar.YearMonth.FromDate(end).LastDay : new DateOnly(2024, 9, 30);
        }

        await db.SaveChangesAsync(cancellationToken);
        var published = await publish.ApproveAndPublishAsync(actor, FiscalYear, PublishedAt, cancellationToken);
        if (!published.Succeeded)
        {
            throw new InvalidOperationException("Demo publication failed: " + string.Join(" ", published.Errors.Select(e => e.Message)));
        }
    }
}
