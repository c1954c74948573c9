using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;

namespace Prongsai.Core.Publishing;

/// <summary>Where a department stands with one kind of manual in a fiscal year.</summary>
public enum ManualState
{
    /// <summary>No published manual of this kind.</summary>
    None = 0,

    /// <summary>Only manuals of earlier years: to be reviewed (ทบทวน) and published again for this year.</summary>
    Earlier = 1,

    /// <summary>A manual published for this year.</summary>
    ThisYear = 2,
}

/// <summary>One kind of manual for one department: its state and the latest published one, to open.</summary>
public sealed record ManualStanding(ManualState State, int? LatestId, string? LatestTitle, int? LatestYear)
{
    public static ManualStanding Nothing { get; } = new(ManualState.None, null, null, null);
}

/// <summary>A department's work manual (คู่มือการปฏิบัติงาน) and service guide (คู่มือสำหรับประชาชน) in a year.</summary>
public sealed record DepartmentManualsRow(int DepartmentId, string Department, ManualStanding Work, ManualStanding Service)
{
    /// <summary>The measure's test: at least one manual of either kind published for the year.</summary>
    public bool HasManualThisYear => Work.State == ManualState.ThisYear || Service.State == ManualState.ThisYear;
}

/// <param name="WithoutDepartment">manuals of the year published with no department, which count for none</param>
public sealed record DepartmentManualsYear(int FiscalYear, IReadOnlyList<DepartmentManualsRow> Departments, int WithoutDepartment)
{
    public int WithManual => Departments.Count(d => d.HasManualThisYear);
}

/// <summary>
/// Which departments have published a manual for a fiscal year. Measures like Bang Kha's first one ask every
/// department (ทุกส่วนงาน) to have at least one work or service manual each year, new or reviewed, and the ITA asks for
/// both kinds; this is the list a clerk checks before March and quotes in the year's results. A manual counts for the
/// year its fiscal year names, or, without one, the year it was first published.
/// </summary>
public sealed class DepartmentManuals(ProngsaiDbContext db)
{
    public async Task<DepartmentManualsYear> ReadAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var departments = await db.Departments.AsNoTracking().InUse()
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Id).Select(d => new { d.Id, d.Name }).ToListAsync(cancellationToken);
        var manuals = (await db.Documents.AsNoTracking()
                .Where(d => d.Status == DocumentStatus.Published
                    && (d.Category!.Slug == DefaultCategories.WorkManuals || d.Category.Slug == DefaultCategories.ServiceManuals))
                .Select(d => new { d.Id, d.Title, d.DepartmentId, d.FiscalYear, d.PublishedAt, d.Category!.Slug })
                .ToListAsync(cancellationToken))
            .Select(d => new Manual(d.Id, d.Title, d.DepartmentId, d.Slug, d.FiscalYear ?? YearPublished(d.PublishedAt)))
            .Where(d => d.Year <= fiscalYear)
            .ToList();

        ManualStanding Standing(int department, string category)
        {
            var latest = manuals.Where(m => m.DepartmentId == department && m.Category == category)
                .OrderByDescending(m => m.Year).ThenByDescending(m => m.Id).FirstOrDefault();
            return latest is null
                ? ManualStanding.Nothing
                : new ManualStanding(latest.Year == fiscalYear ? ManualState.ThisYear : ManualState.Earlier, latest.Id, latest.Title, latest.Year);
        }

        var rows = departments.Select(d => new DepartmentManualsRow(d.Id, d.Name, Standing(d.Id, DefaultCategories.WorkManuals), Standing(d.Id, DefaultCategories.ServiceManuals)))
            .ToList();
        return new DepartmentManualsYear(fiscalYear, rows, manuals.Count(m => m.DepartmentId is null && m.Year == fiscalYear));
    }

    private static int YearPublished(DateTimeOffset? publishedAt) =>
        publishedAt is { } at ? FiscalYear.ForDate(BangkokTime.DateOf(at)).BeYear : int.MaxValue;

    private sealed record Manual(int Id, string Title, int? DepartmentId, string Category, int Year);
}
