using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Assets;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Requests;

/// <summary>The public Q&amp;A page as ITA evidence (a two-way channel), once it holds an answered, published question.</summary>
public sealed class QaEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public string Key => "qa";

    public EvidenceHint Hint { get; } = new("ตอบคำถามที่ผู้ถามยินยอมให้เผยแพร่ อย่างน้อยหนึ่งเรื่อง",
        "Answer at least one question its asker agreed to publish", "requests");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var latest = await db.Set<TrackedRequest>().AsNoTracking().Where(r => r.Published && r.AnsweredAt != null)
            .OrderByDescending(r => r.AnsweredAt).Select(r => r.AnsweredAt).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? [] :
        [
            new EvidenceCandidate(Key, "page", "qa", "ถาม-ตอบ (Q&A)", $"/{organization.Slug}/qa", fiscalYear, latest, ["qa"]),
        ];
    }
}

/// <summary>The complaint handling rules page as evidence, once the organization has written its own.</summary>
public sealed class ComplaintRulesEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public string Key => "complaint-rules";

    public EvidenceHint Hint { get; } = new("เขียนแนวปฏิบัติการจัดการเรื่องร้องเรียนของหน่วยงานเอง",
        "Write the office's own complaint handling rules", "requests/settings#rules");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var page = await db.OrganizationPages.AsNoTracking().Where(p => p.Key == ComplaintRules.PageKey)
            .Select(p => new { p.Title, p.UpdatedAt }).FirstOrDefaultAsync(cancellationToken);
        return page is null ? [] :
        [
            new EvidenceCandidate(Key, "page", ComplaintRules.PageKey, page.Title, $"/{organization.Slug}/complaints", fiscalYear, page.UpdatedAt,
                ["complaint-rules", "complaint-channels"]),
        ];
    }
}

/// <summary>
/// The yearly complaint statistics (page and CSV/XLSX) as evidence: each fiscal year that received complaints, and — since
/// a year without complaints is still a report assessors accept ("no complaints received") — the fiscal year asked for
/// even without one, while the website has that year's page (from the office's start on the platform to this year).
/// </summary>
public sealed class ComplaintStatisticsEvidenceSource(
    ProngsaiDbContext db, CurrentOrganization organization, RequestStatistics statistics) : IEvidenceSource
{
    private static readonly RequestKind[] Complaints = [RequestKind.Grievance, RequestKind.Corruption];

    public string Key => "complaint-statistics";

    public EvidenceHint Hint { get; } = new("หน้าสถิติเรื่องร้องเรียนของปี มีให้ทุกปีแม้ไม่มีเรื่องร้องเรียน",
        "The year's complaint statistics page, there every year even without complaints", "requests/statistics");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var received = await db.Set<TrackedRequest>().AsNoTracking()
            .Where(r => r.Type!.Kind == RequestKind.Grievance || r.Type.Kind == RequestKind.Corruption)
            .Select(r => r.ReceivedAt).ToListAsync(cancellationToken);
        var years = received.Select(at => FiscalYear.ForDate(BangkokTime.DateOf(at)).BeYear).ToHashSet();
        if (fiscalYear is { } asked && !years.Contains(asked) && await HasPageAsync(asked, cancellationToken))
        {
            years.Add(asked);
        }

        return years.Where(year => fiscalYear is null || year == fiscalYear).Order()
            .Select(year => new EvidenceCandidate(Key, "statistics", year.ToString(CultureInfo.InvariantCulture),
                string.Create(CultureInfo.InvariantCulture, $"สถิติเรื่องร้องเรียน ปีงบประมาณ พ.ศ. {year}"),
                string.Create(CultureInfo.InvariantCulture, $"/{organization.Slug}/complaints/statistics/{year}"), year, null, ["complaint-statistics"]))
            .ToList();
    }

    /// <summary>Whether the website's statistics page answers for the year (its own rule: <see cref="RequestStatistics.YearsAsync"/>).</summary>
    private async Task<bool> HasPageAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var createdAt = await db.Organizations.AsNoTracking().Where(o => o.Id == organization.OrganizationId)
            .Select(o => (DateTimeOffset?)o.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (createdAt is null)
        {
            return false;
        }

        var (first, last) = await statistics.YearsAsync(createdAt.Value, Complaints, cancellationToken);
        return fiscalYear >= first && fiscalYear <= last;
    }
}

/// <summary>
/// The website's forms as an online service (E-Service): a citizen asks a question, files a complaint or a corruption
/// complaint, or asks to borrow property, without coming to the office, and follows it online by its tracking code.
/// The request forms are offered once the organization has taken them into use — its request types are stored by the
/// first filing or when staff configure them (never by a page view) — so an office that never set up or received
/// anything is not told it runs an E-Service. The borrowing form is offered while the website lists at least one article
/// to borrow (the list's own rule, <see cref="WebsiteListing"/>): with none, the form has nothing to ask for.
/// </summary>
/// <remarks>
/// One source for all the forms, rather than a second source of the same key in the assets feature: the link checker
/// asks the one source of an evidence's key whether it still offers the link.
/// </remarks>
public sealed class EServiceEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public const string QuestionForm = "qa-form";
    public const string ComplaintForm = "complaint-form";
    public const string LoanForm = "loan-form";

    public string Key => "e-service";

    public EvidenceHint Hint { get; } = new("รับเรื่องผ่านแบบฟอร์มออนไลน์ หรือตั้งค่าประเภทเรื่อง หรือมีทรัพย์สินให้ยืมบนเว็บไซต์",
        "Receive a request through the website's forms, set up the request types, or list property to borrow", "requests/settings");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var forms = new List<EvidenceCandidate>();
        if (await db.Set<RequestType>().AsNoTracking().AnyAsync(cancellationToken))
        {
            forms.Add(new EvidenceCandidate(Key, "form", QuestionForm, "บริการออนไลน์: ส่งคำถามถึงหน่วยงานและติดตามคำตอบ",
                $"/{organization.Slug}/qa", fiscalYear, null, ["e-service"]));
            forms.Add(new EvidenceCandidate(Key, "form", ComplaintForm, "บริการออนไลน์: ยื่นเรื่องร้องเรียน ร้องทุกข์ หรือแจ้งเบาะแสการทุจริต และติดตามเรื่อง",
                $"/{organization.Slug}/complaints", fiscalYear, null, ["e-service"]));
        }

        if (await db.Set<Asset>().AsNoTracking().ListedOnWebsite().AnyAsync(cancellationToken))
        {
            forms.Add(new EvidenceCandidate(Key, "form", LoanForm, "บริการออนไลน์: ขอยืมทรัพย์สินของทางราชการและติดตามผลการพิจารณา",
                $"/{organization.Slug}/borrow/request", fiscalYear, null, ["e-service"]));
        }

        return forms;
    }
}
