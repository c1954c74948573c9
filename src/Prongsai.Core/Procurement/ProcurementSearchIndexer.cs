using System.Globalization;
using System.Text;
using Prongsai.Core.Data;
using Prongsai.Core.Procurement.Reports;
using Prongsai.Core.Search;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Procurement;

/// <summary>
/// Puts the public procurement into the search index: each year's current plan and each published month's สขร.1,
/// with what a citizen would look for — what was bought or built, from whom, who else bid, the contract and e-GP
/// numbers. A month's lines stay editable after publication, so the whole kind is kept by the content stamp.
/// </summary>
public sealed class ProcurementSearchIndexer(ProngsaiDbContext db, CurrentOrganization organization, SearchIndex index, ProcurementYearReader reader)
    : StampedSearchIndexer(db, organization, index)
{
    public const string Kind = "procurement";

    public override string ItemType => Kind;

    protected override async Task<IReadOnlyList<IndexedItem>> PublicItemsAsync(string organizationSlug, CancellationToken cancellationToken)
    {
        var items = new List<IndexedItem>();
        foreach (var fiscalYear in await reader.PublicYearsAsync(cancellationToken))
        {
            var year = await reader.PublicAsync(fiscalYear, cancellationToken);
            var yearUrl = string.Create(CultureInfo.InvariantCulture, $"/{organizationSlug}/procurement/{fiscalYear}");
            var sample = year.IsSample ? " (ตัวอย่าง)" : ""; // the demo's sample data says so in the hit too
            if (year.CurrentPlan is { } plan)
            {
                var title = string.Create(CultureInfo.InvariantCulture, $"แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ {fiscalYear}")
                    + (plan.Number == 0 ? "" : " (" + plan.Label + ")") + sample;
                items.Add(new IndexedItem(string.Create(CultureInfo.InvariantCulture, $"plan-{fiscalYear}"), title, yearUrl + "#plan",
                    PlanText(plan), fiscalYear, null));
            }

            foreach (var month in year.Months.Where(m => m.Published))
            {
                items.Add(new IndexedItem(string.Create(CultureInfo.InvariantCulture, $"month-{month.Slug}"),
                    ProcurementTexts.MonthlyTitle(month.Month) + sample, yearUrl + "/" + month.Slug, MonthText(month), fiscalYear, month.PublishedAt));
            }
        }

        return items;
    }

    private static string PlanText(PlanRevisionView plan)
    {
        var text = new StringBuilder();
        foreach (var item in plan.Items)
        {
            text.Append(item.Name).Append(" · ").Append(ProcurementTexts.Method(item.Method)).Append(" · ").Append(item.FundingSource);
            if (!string.IsNullOrWhiteSpace(item.DepartmentName))
            {
                text.Append(" · ").Append(item.DepartmentName);
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string MonthText(MonthView month)
    {
        if (month.Records.Count == 0)
        {
            return "ไม่มีการจัดซื้อจัดจ้าง";
        }

        var text = new StringBuilder();
        foreach (var record in month.Records)
        {
            text.Append(record.Title).Append(" · ").Append(ProcurementTexts.Method(record.Method, record.MethodNote));
            Append(text, "ผู้ได้รับการคัดเลือก", record.SelectedSupplier);
            Append(text, "ผู้เสนอราคา", string.Join(", ", record.Bids.Select(b => b.Bidder)));
            Append(text, "เลขที่สัญญา", record.ContractNumber);
            Append(text, "เลขที่โครงการ e-GP", record.EgpProjectNumber);
            text.Append('\n');
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            text.Append(" · ").Append(label).Append(' ').Append(value);
        }
    }
}
