using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Prongsai.Core.Common;
using Prongsai.Core.Data;
using Prongsai.Core.Organizations;
using Prongsai.Core.Text;

namespace Prongsai.Core.Publishing;

/// <summary>What publishing a document now would change on the public site, for the confirmation page.</summary>
public sealed record DocumentChanges(
    Document Document,
    int? PublishedVersion,
    DateTimeOffset? PublishedAt,
    string? TitleBefore,
    string? SummaryBefore,
    IReadOnlyList<string> BodyLinesAdded,
    IReadOnlyList<string> BodyLinesRemoved,
    IReadOnlyList<string> AttachmentsAdded,
    IReadOnlyList<string> AttachmentsRemoved)
{
    /// <summary>Never public before: there is nothing to compare with.</summary>
    public bool IsFirst => PublishedVersion is null;

    public bool TitleChanged => TitleBefore is not null;
    public bool SummaryChanged => SummaryBefore is not null;
    public bool BodyChanged => BodyLinesAdded.Count + BodyLinesRemoved.Count > 0;

    public bool HasChanges => TitleChanged || SummaryChanged || BodyChanged || AttachmentsAdded.Count + AttachmentsRemoved.Count > 0;
}

/// <summary>
/// Compares a document as it is now with the last version the public saw (the newest saved version whose status
/// was "published"): title, summary, the lines of the body as the clerk typed them, attachments added and removed
/// (by their file's SHA-256, so a file replaced under the same name shows as removed and added).
/// </summary>
public sealed partial class DocumentPublicationPreview(ProngsaiDbContext db)
{
    public async Task<Result<DocumentChanges>> RunAsync(StaffActor actor, int documentId, CancellationToken cancellationToken = default)
    {
        if (actor.Lacks(PublishingPermissions.PublishDocuments) is { } forbidden)
        {
            return forbidden;
        }

        var document = await db.Documents.AsNoTracking().Include(d => d.Attachments).Include(d => d.Category)
            .FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken);
        if (document is null)
        {
            return Error.NotFound("ไม่พบเอกสารนี้");
        }

        if (!actor.HasFor(PublishingPermissions.PublishDocuments, document.DepartmentId))
        {
            return Error.Forbidden("เอกสารนี้เป็นของส่วนราชการอื่น คุณเผยแพร่ได้เฉพาะเอกสารของส่วนราชการของคุณ");
        }

        var published = await db.DocumentVersions.AsNoTracking()
            .Where(v => v.DocumentId == documentId && v.Status == DocumentStatus.Published)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (published is null)
        {
            return new DocumentChanges(document, null, null, null, null, [], [], [], []);
        }

        var linesBefore = Lines(published.BodyHtml);
        var linesNow = Lines(document.BodyHtml);
        var filesBefore = Files(published.AttachmentList);
        var filesNow = document.Attachments.OrderBy(a => a.SortOrder).Select(a => (a.Sha256, a.FileName)).ToList();
        return new DocumentChanges(
            document,
            published.Number,
            published.SavedAt,
            published.Title == document.Title ? null : published.Title,
            published.Summary == document.Summary ? null : published.Summary,
            Minus(linesNow, linesBefore),
            Minus(linesBefore, linesNow),
            filesNow.Where(f => filesBefore.All(b => b.Sha256 != f.Sha256)).Select(f => f.FileName).ToList(),
            filesBefore.Where(b => filesNow.All(f => f.Sha256 != b.Sha256)).Select(b => b.FileName).ToList());
    }

    /// <summary>
    /// The body as a reader sees its lines: the text typed (stored as is), or for HTML each paragraph, list item,
    /// heading or line break as one plain-text line; blank lines left out.
    /// </summary>
    private static List<string> Lines(string bodyHtml) =>
        BlockEnd().Replace(TextShape.ForEditing(bodyHtml), "\n").Split('\n')
            .Select(l => PlainText.FromHtml(l)).Where(l => l.Length > 0).ToList();

    [GeneratedRegex("<br\\s*/?>|</(p|li|h[1-6]|div|tr|blockquote|pre)\\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    /// <summary>Lines of a not in b, each line counted as often as it occurs.</summary>
    private static List<string> Minus(List<string> a, List<string> b)
    {
        var left = b.GroupBy(l => l, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<string>();
        foreach (var line in a)
        {
            if (left.TryGetValue(line, out var count) && count > 0)
            {
                left[line] = count - 1;
            }
            else
            {
                result.Add(line);
            }
        }

        return result;
    }

    /// <summary>A version's attachments: lines of "id:sha256:name" (older versions: "id:sha256").</summary>
    private static List<(string Sha256, string FileName)> Files(string attachmentList) =>
        attachmentList.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            var parts = line.Split(':', 3);
            return (parts.Length > 1 ? parts[1] : "", parts.Length > 2 ? parts[2] : string.Create(CultureInfo.InvariantCulture, $"ไฟล์แนบหมายเลข {parts[0]}"));
        }).ToList();
}
