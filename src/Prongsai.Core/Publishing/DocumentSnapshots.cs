using System.Text.Json.Serialization.Metadata;
using System.Text.Json;
using Prongsai.Core.Trash;

namespace Prongsai.Core.Publishing;

/// <summary>A deleted document as the trash keeps it: the row with its attachments' rows, and every saved version.</summary>
public sealed record DeletedDocument(Document Document, List<DocumentVersion> Versions);

/// <summary>
/// A deleted document (its row, attachments and versions, with their ids) as JSON for the trash, and back. The
/// attachments' files stay in the file store while the item is in the trash; the purge removes them.
/// </summary>
public static class DocumentSnapshots
{
    private static readonly JsonSerializerOptions Json = new()
    {
        // The category stays where it is; only the document's own rows go to the trash.
        TypeInfoResolver = new DefaultJsonTypeInfoResolver
        {
            Modifiers =
            {
                info =>
                {
                    if (info.Type == typeof(Document) && info.Properties.FirstOrDefault(p => p.Name == nameof(Document.Category)) is { } category)
                    {
                        info.Properties.Remove(category);
                    }
                },
            },
        },
    };

    /// <summary>The item, under its department (0: the whole organization), so the trash offers the restore only to who may.</summary>
    public static TrashItem Of(Document document, IReadOnlyList<DocumentVersion> versions, Organizations.StaffActor actor, DateTimeOffset now) =>
        TrashItem.Deleted(DocumentTrash.Key, document.OrganizationId, document.Id, $"เอกสาร \"{document.Title}\"",
            PublishingPermissions.PublishDocuments,
            JsonSerializer.Serialize(new DeletedDocument(document, versions.OrderBy(v => v.Number).ToList()), Json),
            actor, now, parentId: document.DepartmentId ?? 0);

    public static DeletedDocument DocumentOf(TrashItem item) =>
        JsonSerializer.Deserialize<DeletedDocument>(item.Payload, Json) ?? throw new InvalidOperationException($"Trash item {item.Id} holds no document");

    /// <summary>The department of a document item (null: the whole organization).</summary>
    public static int? DepartmentOf(TrashItem item) => item.ParentId == 0 ? null : item.ParentId;
}
