using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Ledger;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Publishing;

/// <summary>Published documents as evidence, tagged with their category slug ("service-manuals", …).</summary>
public sealed class DocumentEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public string Key => "documents";

    public EvidenceHint Hint { get; } = new("เผยแพร่เอกสารของปีในหมวดที่ตรงกับข้อนี้",
        "Publish a document of the year in the category this item reads", "documents");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var documents = await db.Documents.AsNoTracking()
            .Where(d => d.Status == DocumentStatus.Published && (fiscalYear == null || d.FiscalYear == fiscalYear))
            .OrderBy(d => d.Id)
            .Select(d => new { d.Id, d.Title, d.FiscalYear, d.PublishedAt, Category = d.Category!.Slug })
            .ToListAsync(cancellationToken);
        return documents
            .Select(d => new EvidenceCandidate(
                Key, LedgerItemTypes.Document, d.Id.ToString(CultureInfo.InvariantCulture), d.Title,
                DocumentIndexer.Url(organization.Slug!, d.Id), d.FiscalYear, d.PublishedAt, [d.Category],
                d.FiscalYear is { } year ? ThaiPeriodParser.MonthNamedIn(d.Title, year) : null))
            .ToList();
    }
}
