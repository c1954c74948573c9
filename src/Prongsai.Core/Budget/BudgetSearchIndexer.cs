using System.Globalization;
using System.Text;
using Prongsai.Core.Data;
using Prongsai.Core.Search;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Budget;

/// <summary>
/// Puts each fiscal year's public budget into the search index: one entry a year, pointing at the furthest report
/// published (annual, else six-month, else the plan), with the works, programmes and items of its lines, so a citizen
/// who searches for a project finds what was planned for it. Lines stay editable after publication, so the kind is
/// kept by the content stamp.
/// </summary>
public sealed class BudgetSearchIndexer(ProngsaiDbContext db, CurrentOrganization organization, SearchIndex index, BudgetReports reports)
    : StampedSearchIndexer(db, organization, index)
{
    public const string Kind = "budget";

    public override string ItemType => Kind;

    protected override async Task<IReadOnlyList<IndexedItem>> PublicItemsAsync(string organizationSlug, CancellationToken cancellationToken)
    {
        var items = new List<IndexedItem>();
        foreach (var fiscalYear in await reports.PublishedYearsAsync(cancellationToken))
        {
            if (await reports.FurthestPublicAsync(fiscalYear, cancellationToken) is not { } report)
            {
                continue;
            }

            items.Add(new IndexedItem(fiscalYear.ToString(CultureInfo.InvariantCulture), report.Title + (report.IsSample ? " (ตัวอย่าง)" : ""),
                BudgetEvidenceSource.PublicPath(organizationSlug, fiscalYear, report.Kind), LinesText(report), fiscalYear,
                report.Publication(report.Kind)?.PublishedAt));
        }

        return items;
    }

    private static string LinesText(BudgetReport report)
    {
        var text = new StringBuilder();
        foreach (var line in report.Lines)
        {
            text.Append(line.Work).Append(" · ").Append(line.Program).Append(" · ").Append(line.Sector).Append(" · ")
                .Append(line.Subcategory).Append(" · ").Append(line.Item);
            if (!string.IsNullOrWhiteSpace(line.DepartmentName))
            {
                text.Append(" · ").Append(line.DepartmentName);
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
