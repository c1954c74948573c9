using Prongsai.Core.Tenancy;

namespace Prongsai.Core.Ledger;

/// <summary>
/// One link of an organization's publication ledger. Its hash covers every field below and
/// the previous entry's hash (docs/ledger.md gives the exact bytes). Never updated or deleted.
/// </summary>
public sealed class LedgerEntry : ITenantOwned
{
    public long Id { get; set; }
    public int OrganizationId { get; set; }

    /// <summary>1, 2, 3, ... per organization, without gaps.</summary>
    public long Sequence { get; set; }

    /// <summary>UTC, whole seconds (so every database keeps it exactly).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>"document", "measures-report", ...</summary>
    public required string ItemType { get; set; }

    public required string ItemId { get; set; }

    /// <summary>publish, update, unpublish.</summary>
    public required string Action { get; set; }

    /// <summary>Lower-case hex SHA-256 of the item's canonical content.</summary>
    public required string ContentSha256 { get; set; }

    /// <summary>Hash of the previous entry; 64 zeros for the first.</summary>
    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }

    /// <summary>A title for people reading the ledger (not hashed: titles can be fixed without breaking the chain).</summary>
    public string Title { get; set; } = "";

    public List<LedgerFile> Files { get; set; } = [];
}

/// <summary>An attachment's hash as recorded in an entry (also the index of the "verify a file" page).</summary>
public sealed class LedgerFile : ITenantOwned
{
    public long Id { get; set; }
    public int OrganizationId { get; set; }
    public long EntryId { get; set; }

    /// <summary>The attachment's name within the item: its id for documents, "pdf"/"docx" for reports.</summary>
    public required string Name { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>File name shown to people (not hashed).</summary>
    public string FileName { get; set; } = "";
}

public static class LedgerActions
{
    public const string Publish = "publish";
    public const string Update = "update";
    public const string Unpublish = "unpublish";
}

public static class LedgerItemTypes
{
    public const string Document = "document";
    public const string MeasuresReport = "measures-report";
}
