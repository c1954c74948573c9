using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Budget;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Measures;
using Prongsai.Core.Procurement;
using Prongsai.Core.ServiceStatistics;

namespace Prongsai.Core.OpenData;

/// <summary>
/// The datasets organizations publish (docs/open-data.md): a budget plan once its Plan is published, procurement once
/// a plan revision or a monthly สขร.1 is, OCDS when that procurement has at least one public process, the measures
/// report once a version is published, the service statistics once a month of a year has a figure (figures are public
/// when recorded, as on the page). Seven queries whatever the number of organizations or years asked for. Datasets
/// built from demo content are marked <see cref="Dataset.IsSample"/>.
/// </summary>
public sealed class OpenDataCatalog(ProngsaiDbContext db)
{
    /// <summary>The current organization's datasets (the tenant filter applies as well).</summary>
    public async Task<OrganizationDatasets?> ForOrganizationAsync(int organizationId, CancellationToken cancellationToken = default) =>
        (await ReadAsync([organizationId], crossOrganization: false, cancellationToken)).FirstOrDefault();

    /// <summary>Several organizations at once, for the installation-wide catalog (reads across organizations).</summary>
    public Task<IReadOnlyList<OrganizationDatasets>> ForOrganizationsAsync(IReadOnlyCollection<int> organizationIds, CancellationToken cancellationToken = default) =>
        ReadAsync(organizationIds, crossOrganization: true, cancellationToken);

    /// <summary>Ids of every organization with at least one public dataset, in creation order (one query per source).</summary>
    public async Task<IReadOnlyList<int>> PublishingOrganizationsAsync(CancellationToken cancellationToken = default)
    {
        var ids = new HashSet<int>();
        ids.UnionWith(await db.Set<BudgetReportPublication>().IgnoreQueryFilters().Where(p => p.Kind == BudgetReportKind.Plan)
            .Select(p => p.OrganizationId).Distinct().ToListAsync(cancellationToken));
        ids.UnionWith(await db.Set<ProcurementReportPublication>().IgnoreQueryFilters().Select(p => p.OrganizationId).Distinct().ToListAsync(cancellationToken));
        ids.UnionWith(await db.Set<ProcurementPlanRevision>().IgnoreQueryFilters().Select(p => p.OrganizationId).Distinct().ToListAsync(cancellationToken));
        ids.UnionWith(await db.Set<MeasureReportVersion>().IgnoreQueryFilters().Select(p => p.OrganizationId).Distinct().ToListAsync(cancellationToken));
        ids.UnionWith(await db.Set<ServiceMonthCount>().IgnoreQueryFilters().Select(c => c.OrganizationId).Distinct().ToListAsync(cancellationToken));
        return ids.Order().ToList();
    }

    private async Task<IReadOnlyList<OrganizationDatasets>> ReadAsync(IReadOnlyCollection<int> ids, bool crossOrganization, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        IQueryable<T> Rows<T>() where T : class, Tenancy.ITenantOwned =>
            (crossOrganization ? db.Set<T>().IgnoreQueryFilters() : db.Set<T>()).AsNoTracking().Where(e => ids.Contains(e.OrganizationId));

        var organizations = await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new { o.Id, o.Slug, o.Name, o.Province }).ToListAsync(cancellationToken);
        var budgetPlans = crossOrganization ? db.Set<BudgetPlan>().IgnoreQueryFilters() : db.Set<BudgetPlan>();
        var budget = await Rows<BudgetReportPublication>()
            .Select(p => new
            {
                p.OrganizationId, p.FiscalYear, p.Kind, p.PublishedAt,
                IsSample = budgetPlans.Any(b => b.OrganizationId == p.OrganizationId && b.FiscalYear == p.FiscalYear && b.IsSample),
            })
            .ToListAsync(cancellationToken);
        var procurement = await Rows<ProcurementReportPublication>()
            .Select(p => new { p.OrganizationId, p.FiscalYear, p.Kind, p.PublishedAt }).ToListAsync(cancellationToken);
        var revisions = await Rows<ProcurementPlanRevision>()
            .Join(crossOrganization ? db.Set<ProcurementPlan>().IgnoreQueryFilters() : db.Set<ProcurementPlan>(), r => r.PlanId, p => p.Id,
                (r, p) => new { r.OrganizationId, p.FiscalYear, r.Number, r.PublishedAt, HasItems = r.ItemsJson != "[]", p.IsSample })
            .ToListAsync(cancellationToken);
        var monthly = crossOrganization ? db.Set<ProcurementReportPublication>().IgnoreQueryFilters() : db.Set<ProcurementReportPublication>();
        var publicRecords = await Rows<ProcurementRecord>()
            .Where(r => monthly.Any(p => p.OrganizationId == r.OrganizationId && p.FiscalYear == r.FiscalYear
                && p.Kind == ProcurementReportKind.Monthly && p.Month == r.Month))
            .Select(r => new { r.OrganizationId, r.FiscalYear, r.IsSample }).Distinct().ToListAsync(cancellationToken);
        var measures = await Rows<MeasureReportVersion>()
            .Select(v => new { v.OrganizationId, v.FiscalYear, v.PublishedAt }).ToListAsync(cancellationToken);
        // One row per organization and month (not per figure): the fiscal year is worked out from the month here.
        var services = crossOrganization ? db.Set<CountedService>().IgnoreQueryFilters() : db.Set<CountedService>();
        var serviceMonths = (await Rows<ServiceMonthCount>()
                .GroupBy(c => new { c.OrganizationId, c.Month })
                .Select(g => new
                {
                    g.Key.OrganizationId, g.Key.Month,
                    First = g.Min(c => c.RecordedAt), Last = g.Max(c => c.RecordedAt),
                    IsSample = g.Any(c => services.Any(s => s.Id == c.ServiceId && s.IsSample)),
                })
                .ToListAsync(cancellationToken))
            .Select(m => (m.OrganizationId, FiscalYear: FiscalYear.ForMonth(YearMonth.FromDate(m.Month)).BeYear, m.First, m.Last, m.IsSample))
            .ToList();

        var result = new List<OrganizationDatasets>();
        foreach (var organization in organizations.OrderBy(o => o.Id))
        {
            var datasets = new List<Dataset>();
            var slug = organization.Slug;

            foreach (var year in budget.Where(p => p.OrganizationId == organization.Id).GroupBy(p => p.FiscalYear))
            {
                var plan = year.Where(p => p.Kind == BudgetReportKind.Plan).ToList();
                if (plan.Count > 0)
                {
                    datasets.Add(DatasetTexts.Budget(slug, organization.Name, year.Key, year.Select(p => p.Kind).ToHashSet(),
                        plan.Min(p => p.PublishedAt), year.Max(p => p.PublishedAt)) with { IsSample = year.Any(p => p.IsSample) });
                }
            }

            var procurementYears = procurement.Where(p => p.OrganizationId == organization.Id).Select(p => (p.FiscalYear, p.PublishedAt))
                .Concat(revisions.Where(r => r.OrganizationId == organization.Id).Select(r => (r.FiscalYear, r.PublishedAt)))
                .GroupBy(p => p.FiscalYear);
            foreach (var year in procurementYears)
            {
                var issued = year.Min(p => p.PublishedAt);
                var modified = year.Max(p => p.PublishedAt);
                var latest = revisions.Where(r => r.OrganizationId == organization.Id && r.FiscalYear == year.Key).MaxBy(r => r.Number);
                var records = publicRecords.Where(r => r.OrganizationId == organization.Id && r.FiscalYear == year.Key).ToList();
                var sample = latest is { IsSample: true } || records.Any(r => r.IsSample);
                datasets.Add(DatasetTexts.Procurement(slug, organization.Name, year.Key, issued, modified) with { IsSample = sample });
                if (latest is { HasItems: true } || records.Count > 0)
                {
                    datasets.Add(DatasetTexts.Ocds(slug, organization.Name, year.Key, issued, modified) with { IsSample = sample });
                }
            }

            foreach (var year in measures.Where(v => v.OrganizationId == organization.Id).GroupBy(v => v.FiscalYear))
            {
                datasets.Add(DatasetTexts.Measures(slug, organization.Name, year.Key, year.Min(v => v.PublishedAt), year.Max(v => v.PublishedAt)));
            }

            foreach (var year in serviceMonths.Where(m => m.OrganizationId == organization.Id).GroupBy(m => m.FiscalYear))
            {
                datasets.Add(DatasetTexts.ServiceStatistics(slug, organization.Name, year.Key, year.Min(m => m.First), year.Max(m => m.Last))
                    with { IsSample = year.Any(m => m.IsSample) });
            }

            result.Add(new OrganizationDatasets(organization.Id, slug, organization.Name,
                string.IsNullOrWhiteSpace(organization.Province) ? null : organization.Province.Trim(),
                datasets.OrderByDescending(d => d.FiscalYear).ThenBy(d => d.Kind).ToList()));
        }

        return result;
    }
}

/// <summary>Titles, descriptions, keywords and files of each kind of dataset, in Thai.</summary>
internal static class DatasetTexts
{
    private const string Json = "application/json";
    private const string Csv = "text/csv";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static Dataset Budget(string slug, string organization, int year, IReadOnlySet<BudgetReportKind> kinds, DateTimeOffset issued, DateTimeOffset modified)
    {
        var fy = Year(year);
        var disbursed = kinds.Contains(BudgetReportKind.Annual) ? " และผลการเบิกจ่ายทั้งปี"
            : kinds.Contains(BudgetReportKind.SixMonth) ? " และผลการเบิกจ่ายรอบ 6 เดือน (ต.ค.–มี.ค.)" : "";
        var api = $"/api/v1/orgs/{slug}/budget/{fy}";
        return new Dataset($"budget-{fy}", DatasetKind.Budget, year,
            $"แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. {fy}",
            $"แผนการใช้จ่ายงบประมาณประจำปี พ.ศ. {fy} — {organization}",
            $"แผนการใช้จ่ายงบประมาณประจำปีงบประมาณ พ.ศ. {fy} ของ{organization} แยกตามด้าน แผนงาน งาน งบ หมวด รายการ และส่วนราชการ พร้อมแผนการใช้จ่ายรายเดือน{disbursed}",
            ["งบประมาณ", "แผนการใช้จ่ายงบประมาณ", "การเบิกจ่าย", "ปีงบประมาณ " + fy],
            issued, modified, $"/{slug}/budget/{fy}",
            [
                new("JSON", Json, api, "ข้อมูลแผนการใช้จ่ายงบประมาณ (JSON)"),
                new("CSV", Csv, api + "?format=csv", "ข้อมูลแผนการใช้จ่ายงบประมาณ (CSV)"),
                new("XLSX", Xlsx, api + "?format=xlsx", "ข้อมูลแผนการใช้จ่ายงบประมาณ (Excel)"),
            ]);
    }

    public static Dataset Procurement(string slug, string organization, int year, DateTimeOffset issued, DateTimeOffset modified)
    {
        var fy = Year(year);
        var api = $"/api/v1/orgs/{slug}/procurement/{fy}";
        return new Dataset($"procurement-{fy}", DatasetKind.Procurement, year,
            $"การจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. {fy}",
            $"การจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. {fy} — {organization}",
            $"แผนการจัดซื้อจัดจ้างและสรุปผลการจัดซื้อจัดจ้างรายเดือน (แบบ สขร.1) ปีงบประมาณ พ.ศ. {fy} ของ{organization}: งานที่จัดซื้อจัดจ้าง วงเงิน ราคากลาง วิธีการ ผู้เสนอราคา ผู้ได้รับการคัดเลือก ราคาที่ตกลง และเลขที่สัญญา",
            ["จัดซื้อจัดจ้าง", "แผนการจัดซื้อจัดจ้าง", "สขร.1", "ปีงบประมาณ " + fy],
            issued, modified, $"/{slug}/procurement/{fy}",
            [
                new("JSON", Json, api, "ข้อมูลการจัดซื้อจัดจ้าง (JSON)"),
                new("CSV", Csv, api + "?format=csv", "ข้อมูลการจัดซื้อจัดจ้าง (CSV)"),
                new("XLSX", Xlsx, api + "?format=xlsx", "ข้อมูลการจัดซื้อจัดจ้าง (Excel)"),
            ]);
    }

    public static Dataset Ocds(string slug, string organization, int year, DateTimeOffset issued, DateTimeOffset modified)
    {
        var fy = Year(year);
        return new Dataset($"ocds-{fy}", DatasetKind.Ocds, year,
            $"ข้อมูลการจัดซื้อจัดจ้างตามมาตรฐาน OCDS ปีงบประมาณ พ.ศ. {fy}",
            $"ข้อมูลการจัดซื้อจัดจ้างตามมาตรฐาน OCDS ปีงบประมาณ พ.ศ. {fy} — {organization}",
            $"การจัดซื้อจัดจ้างปีงบประมาณ พ.ศ. {fy} ของ{organization} ในรูปแบบมาตรฐานข้อมูลการทำสัญญาแบบเปิด (Open Contracting Data Standard 1.1.5): แผน การเสนอราคา ผลการคัดเลือก และสัญญา",
            ["จัดซื้อจัดจ้าง", "OCDS", "open contracting", "ปีงบประมาณ " + fy],
            issued, modified, $"/{slug}/procurement/{fy}",
            [new("OCDS JSON", Json, $"/api/v1/orgs/{slug}/ocds/{fy}", "OCDS release package (JSON)")]);
    }

    public static Dataset Measures(string slug, string organization, int year, DateTimeOffset issued, DateTimeOffset modified)
    {
        var fy = Year(year);
        var file = $"/{slug}/measures/{fy}/report.";
        return new Dataset($"measures-{fy}", DatasetKind.Measures, year,
            $"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {fy}",
            $"รายงานผลการดำเนินการตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ พ.ศ. {fy} — {organization}",
            $"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานของ{organization} ปีงบประมาณ พ.ศ. {fy} ขั้นตอน ผู้รับผิดชอบ และความก้าวหน้า ฉบับที่เผยแพร่ล่าสุด",
            ["คุณธรรมและความโปร่งใส", "ITA", "มาตรการ", "ปีงบประมาณ " + fy],
            issued, modified, $"/{slug}/measures/{fy}",
            [
                new("JSON", Json, $"/api/v1/orgs/{slug}/measures/{fy}", "รายงานมาตรการ (JSON)"),
                new("CSV", Csv, file + "csv", "รายงานมาตรการ (CSV)"),
                new("XLSX", Xlsx, file + "xlsx", "รายงานมาตรการ (Excel)"),
            ]);
    }

    public static Dataset ServiceStatistics(string slug, string organization, int year, DateTimeOffset issued, DateTimeOffset modified)
    {
        var fy = Year(year);
        var api = $"/api/v1/orgs/{slug}/service-statistics/{fy}";
        return new Dataset($"service-statistics-{fy}", DatasetKind.ServiceStatistics, year,
            $"สถิติการให้บริการ ปีงบประมาณ พ.ศ. {fy}",
            $"สถิติการให้บริการ ปีงบประมาณ พ.ศ. {fy} — {organization}",
            $"จำนวนครั้งที่{organization}ให้บริการแต่ละงานในแต่ละเดือนของปีงบประมาณ พ.ศ. {fy} ตามที่หน่วยงานบันทึก (เดือนที่ยังไม่บันทึกไม่นับเป็นศูนย์) พร้อมจำนวนคำถาม เรื่องร้องเรียน และคำขอยืมทรัพย์สินที่รับผ่านเว็บไซต์",
            ["สถิติการให้บริการ", "งานบริการ", "ปีงบประมาณ " + fy],
            issued, modified, $"/{slug}/service-statistics/{fy}",
            [
                new("JSON", Json, api, "ข้อมูลสถิติการให้บริการ (JSON)"),
                new("CSV", Csv, api + "?format=csv", "ข้อมูลสถิติการให้บริการ (CSV)"),
                new("XLSX", Xlsx, api + "?format=xlsx", "ข้อมูลสถิติการให้บริการ (Excel)"),
            ]);
    }

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
