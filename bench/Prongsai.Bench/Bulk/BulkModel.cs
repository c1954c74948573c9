using Prongsai.Core.Caching;
using Prongsai.Core.Ledger;
using Prongsai.Core.Measures;
using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Search;

namespace Prongsai.Bench.Bulk;

/// <summary>Every row of one block of organizations, built in memory, written by BulkCopy in one transaction.</summary>
public sealed class BulkBlock
{
    public List<Organization> Organizations { get; } = [];
    public List<Department> Departments { get; } = [];
    public List<DocumentCategory> Categories { get; } = [];
    public List<Document> Documents { get; } = [];
    public List<DocumentVersion> Versions { get; } = [];
    public List<Attachment> Attachments { get; } = [];
    public List<LedgerEntry> LedgerEntries { get; } = [];
    public List<LedgerFile> LedgerFiles { get; } = [];
    public List<(SearchEntry Entry, string Vector)> SearchEntries { get; } = [];
    public List<ContentStamp> Stamps { get; } = [];
    public List<MeasurePlan> Plans { get; } = [];
    public List<Measure> Measures { get; } = [];
    public List<MeasureDepartment> MeasureDepartments { get; } = [];
    public List<MeasureStep> Steps { get; } = [];
    public List<MeasureResult> Results { get; } = [];
    public List<ProgressEntry> Progress { get; } = [];
    public List<Evidence> Evidence { get; } = [];
    public List<MeasureReportVersion> ReportVersions { get; } = [];
}

/// <summary>Ids handed out in blocks above the highest id present when the run started; sequences are set at the end.</summary>
public sealed class IdBlocks
{
    private readonly Dictionary<string, long> next = new(StringComparer.Ordinal);

    public void Start(string table, long maxId) => next[table] = maxId + 1;

    /// <summary>The first of <paramref name="count"/> consecutive ids of <paramref name="table"/>.</summary>
    public long Take(string table, int count)
    {
        lock (next)
        {
            var first = next[table];
            next[table] = first + count;
            return first;
        }
    }
}
