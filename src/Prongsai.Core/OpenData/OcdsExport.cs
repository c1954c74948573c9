using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Procurement;

namespace Prongsai.Core.OpenData;

/// <summary>
/// The OCDS 1.1.5 release package of one organization's procurement in one fiscal year (docs/open-data.md): one
/// contracting process per public <see cref="ProcurementRecord"/> (public once the สขร.1 of its month is published),
/// and a planning-only process per item of the published procurement plan that no public record points to. Reads only
/// what the public may see; a year with nothing public gives null (the schema requires at least one release).
/// </summary>
public sealed class OcdsExport(ProngsaiDbContext db, IOptions<OcdsOptions> options)
{
    public const string SchemaVersion = "1.1";
    public const string PartyScheme = "PRONGSAI";

    public async Task<OcdsReleasePackage?> BuildAsync(int organizationId, int fiscalYear, string baseUrl, CancellationToken cancellationToken = default)
    {
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == organizationId)
            .Select(o => new { o.Slug, o.Name })
            .FirstOrDefaultAsync(cancellationToken);
        if (organization is null)
        {
            return null;
        }

        var published = await PublicProcurement.ForYearAsync(db, organizationId, fiscalYear, cancellationToken);
        var records = published.MonthlyMonths.Count == 0 ? [] : (await db.Set<ProcurementRecord>().AsNoTracking()
                .Where(r => r.OrganizationId == organizationId && r.FiscalYear == fiscalYear)
                .Include(r => r.Bids)
                .ToListAsync(cancellationToken))
            .Where(r => published.MonthlyMonths.Contains(r.Month))
            .OrderBy(r => r.Month).ThenBy(r => r.Ordinal).ThenBy(r => r.Id)
            .ToList();

        var planItems = published.LatestPlan?.Items ?? [];
        var linked = records.Where(r => r.PlanItemId is not null).Select(r => r.PlanItemId!.Value).ToHashSet();
        var unlinkedPlanItems = planItems.Where(i => !linked.Contains(i.ItemId)).OrderBy(i => i.Ordinal).ThenBy(i => i.ItemId).ToList();
        if (records.Count == 0 && unlinkedPlanItems.Count == 0)
        {
            return null;
        }

        var home = $"{baseUrl}/{organization.Slug}/";
        var ocidStem = $"{options.Value.Prefix}-{organization.Slug}-";
        var buyer = new OcdsParty(BuyerId(organization.Slug), organization.Name,
            new OcdsIdentifier(PartyScheme, organization.Slug, organization.Name, home), ["buyer", "procuringEntity"]);
        var planById = planItems.ToDictionary(i => i.ItemId);

        var releases = new List<OcdsRelease>();
        foreach (var record in records)
        {
            var planItem = record.PlanItemId is { } itemId && planById.TryGetValue(itemId, out var found) ? found : null;
            releases.Add(RecordRelease(ocidStem + record.Id.ToString(CultureInfo.InvariantCulture), record, planItem, published, buyer));
        }

        foreach (var item in unlinkedPlanItems)
        {
            releases.Add(PlanRelease(ocidStem + "plan-" + item.ItemId.ToString(CultureInfo.InvariantCulture), item, published, buyer));
        }

        var lastChange = records.Select(r => r.UpdatedAt)
            .Concat(published.PublishedAts)
            .Max();
        return new OcdsReleasePackage(
            Uri: string.Create(CultureInfo.InvariantCulture, $"{baseUrl}/api/v1/orgs/{organization.Slug}/ocds/{fiscalYear}"),
            Version: SchemaVersion,
            PublishedDate: Instant(lastChange),
            Publisher: new OcdsPublisher(organization.Name, null, null, home),
            License: OpenDataLicence.Url,
            PublicationPolicy: $"{baseUrl}/{organization.Slug}/data",
            Releases: releases);
    }

    private static OcdsRelease RecordRelease(string ocid, ProcurementRecord record, ProcurementPlanItemSnapshot? planItem, PublicProcurement published, OcdsParty buyer)
    {
        var parties = new PartyList(buyer);
        var tenderers = record.Bids.OrderBy(b => b.Ordinal).ThenBy(b => b.Id)
            .Where(b => !string.IsNullOrWhiteSpace(b.Bidder))
            .Select(b => parties.Add(b.Bidder, "tenderer"))
            .DistinctBy(p => p.Id)
            .ToList();
        var cancelled = record.Status == ProcurementStatus.Cancelled;
        var hasAward = !cancelled && !string.IsNullOrWhiteSpace(record.SelectedSupplier);
        var hasContract = hasAward && (!string.IsNullOrWhiteSpace(record.ContractNumber) || record.ContractDate is not null);

        var tags = new List<string>();
        var planning = Planning(record, planItem, published);
        if (planning is not null)
        {
            tags.Add("planning");
        }

        tags.Add(cancelled ? "tenderCancellation" : "tender");
        List<OcdsAward>? awards = null;
        List<OcdsContract>? contracts = null;
        if (hasAward)
        {
            tags.Add("award");
            var supplier = parties.Add(record.SelectedSupplier!, "supplier");
            var awardId = ocid + "-award";
            awards = [new OcdsAward(awardId, record.Title, Blank(record.SelectionReason), "active", null,
                record.AgreedPrice is { } agreed ? new OcdsValue(agreed) : null, [supplier])];
            if (hasContract)
            {
                tags.Add("contract");
                var number = Blank(record.ContractNumber);
                contracts = [new OcdsContract(
                    Id: number ?? ocid + "-contract",
                    AwardID: awardId,
                    Title: number is null ? "สัญญาหรือข้อตกลง" : "สัญญาหรือข้อตกลง เลขที่ " + number,
                    Description: record.ContractDate is { } signed ? "ลงวันที่ " + ThaiDate.FormatLong(signed) : null,
                    Status: OcdsMethods.ContractStatus(record.Status),
                    Value: record.AgreedPrice is { } price ? new OcdsValue(price) : null,
                    DateSigned: record.ContractDate is { } date ? Day(date) : null)];
            }
        }

        var tender = new OcdsTender(
            Id: ocid + "-tender",
            Title: record.Title,
            Description: TenderDescription(record),
            Status: OcdsMethods.TenderStatus(record.Status),
            Value: new OcdsValue(record.BudgetAmount),
            ProcurementMethod: OcdsMethods.Method(record.Method),
            ProcurementMethodDetails: OcdsMethods.ThaiDetails(record.Method, record.MethodNote),
            MainProcurementCategory: null,
            Tenderers: tenderers.Count == 0 ? null : tenderers,
            NumberOfTenderers: tenderers.Count);

        return new OcdsRelease(ocid, ocid + "-" + Stamp(record.UpdatedAt), Instant(record.UpdatedAt), tags, "tender", "th",
            parties.All, new OcdsPartyRef(buyer.Id, buyer.Name), planning, tender, awards, contracts);
    }

    private static OcdsRelease PlanRelease(string ocid, ProcurementPlanItemSnapshot item, PublicProcurement published, OcdsParty buyer)
    {
        var plan = published.LatestPlan!;
        var tender = new OcdsTender(
            Id: ocid + "-tender",
            Title: item.Name,
            Description: string.Create(CultureInfo.InvariantCulture,
                $"{Quantity(item.Quantity)} {item.Unit} คาดว่าจะประกาศจัดหา {ThaiDate.FormatMonthYear(item.ExpectedMonth)}"),
            Status: "planned",
            Value: new OcdsValue(item.Budget),
            ProcurementMethod: OcdsMethods.Method(item.Method),
            ProcurementMethodDetails: OcdsMethods.ThaiDetails(item.Method, null),
            MainProcurementCategory: null,
            Tenderers: null,
            NumberOfTenderers: null);
        return new OcdsRelease(ocid, ocid + "-r" + plan.Number.ToString(CultureInfo.InvariantCulture), Instant(plan.PublishedAt),
            ["planning"], "tender", "th", [buyer], new OcdsPartyRef(buyer.Id, buyer.Name),
            new OcdsPlanning(PlanRationale(plan, item), new OcdsBudget(Blank(item.FundingSource), new OcdsValue(item.Budget))), tender, null, null);
    }

    /// <summary>From the published plan item it belongs to, or else from the record's own budget source.</summary>
    private static OcdsPlanning? Planning(ProcurementRecord record, ProcurementPlanItemSnapshot? planItem, PublicProcurement published) =>
        planItem is not null
            ? new OcdsPlanning(PlanRationale(published.LatestPlan!, planItem), new OcdsBudget(Blank(planItem.FundingSource), new OcdsValue(planItem.Budget)))
            : Blank(record.BudgetSource) is { } source
                ? new OcdsPlanning(null, new OcdsBudget(source, new OcdsValue(record.BudgetAmount)))
                : null;

    private static string PlanRationale(PublishedPlan plan, ProcurementPlanItemSnapshot item) =>
        string.Create(CultureInfo.InvariantCulture, $"แผนการจัดซื้อจัดจ้าง ปีงบประมาณ พ.ศ. {plan.FiscalYear}")
        + (plan.Number == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $" (แก้ไขครั้งที่ {plan.Number})"))
        + string.Create(CultureInfo.InvariantCulture, $" รายการที่ {item.Ordinal}");

    private static string? TenderDescription(ProcurementRecord record)
    {
        var parts = new List<string>();
        if (record.IsSample)
        {
            parts.Add("ข้อมูลตัวอย่างสำหรับสาธิตระบบ ไม่ใช่การจัดซื้อจัดจ้างจริง");
        }

        if (record.ReferencePrice is { } reference)
        {
            parts.Add($"ราคากลาง {Money.ThaiMoney.Format(reference)} บาท");
        }

        if (Blank(record.EgpProjectNumber) is { } project)
        {
            parts.Add("เลขที่โครงการ (e-GP) " + project);
        }

        return parts.Count == 0 ? null : string.Join(" · ", parts);
    }

    private static string Quantity(decimal quantity) => quantity.ToString("#,##0.##", CultureInfo.InvariantCulture);

    public static string BuyerId(string slug) => PartyScheme + "-" + slug;

    /// <summary>ISO 8601 in UTC, the form the schema's date-time format and every OCDS tool reads.</summary>
    public static string Instant(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A calendar day is midnight in Bangkok.</summary>
    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00+07:00";

    private static string Stamp(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Parties of one process: the buyer, then each bidder or supplier once (same name, same party).</summary>
    private sealed class PartyList(OcdsParty buyer)
    {
        private readonly List<(string Id, string Name, List<string> Roles)> others = [];

        public OcdsPartyRef Add(string name, string role)
        {
            var clean = string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var id = "party-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(clean)))[..12];
            var existing = others.FindIndex(p => p.Id == id);
            if (existing < 0)
            {
                others.Add((id, clean, [role]));
            }
            else if (!others[existing].Roles.Contains(role))
            {
                others[existing].Roles.Add(role);
            }

            return new OcdsPartyRef(id, clean);
        }

        public IReadOnlyList<OcdsParty> All => [buyer, .. others.Select(p => new OcdsParty(p.Id, p.Name, null, p.Roles))];
    }
}
