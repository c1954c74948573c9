using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Calendar;
using Prongsai.Core.Data;
using Prongsai.Core.Features;
using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Consultations;

/// <summary>
/// Published consultations as ITA evidence. The list page is the office's channel for opinions (classic O32
/// "opinion-channel") in every fiscal year a consultation opened in; each consultation's own page shows the people
/// taking part in the office's work ("participation": classic O33, FY2568 O20, FY2569 O19). FY2569 asks for the
/// results of participation, so the candidate's title says whether the summary is out, and the clerk picks.
/// </summary>
public sealed class ConsultationsEvidenceSource(ProngsaiDbContext db, CurrentOrganization organization) : IEvidenceSource
{
    public const string SourceKey = "consultations";
    public const string ChannelItem = "opinion-channel";
    public const string ParticipationItem = "participation";

    public string Key => SourceKey;

    public EvidenceHint Hint { get; } = new("เปิดรับฟังความคิดเห็นประชาชนในปี หรือเผยแพร่ผลการรับฟัง",
        "Open a public consultation in the year, or publish its summary", "consultations");

    public async Task<IReadOnlyList<EvidenceCandidate>> FindAsync(int? fiscalYear, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Consultation>().AsNoTracking().Where(c => c.Status == ConsultationStatus.Published)
            .OrderBy(c => c.OpensOn).ThenBy(c => c.Id)
            .Select(c => new { c.Id, c.Title, c.OpensOn, c.PublishedAt, c.SummaryPublishedAt })
            .ToListAsync(cancellationToken);
        var candidates = new List<EvidenceCandidate>();
        foreach (var year in rows.GroupBy(r => FiscalYear.ForDate(r.OpensOn).BeYear).Where(g => fiscalYear is null || g.Key == fiscalYear))
        {
            var text = year.Key.ToString(CultureInfo.InvariantCulture);
            candidates.Add(new EvidenceCandidate(Key, "channel", text, "ช่องทางการรับฟังความคิดเห็น ปีงบประมาณ พ.ศ. " + text,
                ConsultationPaths.PublicList(organization.Slug), year.Key, year.Max(r => r.PublishedAt), [ChannelItem]));
            candidates.AddRange(year.Select(r => new EvidenceCandidate(Key, "consultation", r.Id.ToString(CultureInfo.InvariantCulture),
                (r.SummaryPublishedAt is null ? "การรับฟังความคิดเห็น: " : "ผลการรับฟังความคิดเห็น: ") + r.Title,
                ConsultationPaths.Public(organization.Slug, r.Id), year.Key, r.SummaryPublishedAt ?? r.PublishedAt, [ParticipationItem])));
        }

        return candidates;
    }
}

/// <summary>Addresses of consultations on the website and in the back office.</summary>
public static class ConsultationPaths
{
    public static string PublicList(string? slug) => "/" + slug + "/consultations";

    public static string Public(string? slug, int id) => string.Create(CultureInfo.InvariantCulture, $"/{slug}/consultations/{id}");

    /// <summary>Relative to the organization's back office (the dashboard links to it).</summary>
    public static string Staff(int id) => string.Create(CultureInfo.InvariantCulture, $"consultations/{id}");
}
