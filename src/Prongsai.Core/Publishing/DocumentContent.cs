using System.Globalization;
using Prongsai.Core.Ledger;

namespace Prongsai.Core.Publishing;

/// <summary>The canonical content of a document that the ledger hashes (docs/ledger.md).</summary>
public static class DocumentContent
{
    public static byte[] CanonicalBytes(Document d) => Build(d).ToArray();

    public static string Sha256(Document d) => Build(d).Sha256();

    /// <summary>An attachment's name in the ledger: its id.</summary>
    public static string FileName(Attachment a) => a.Id.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<LedgerFileHash> Files(Document d) =>
        d.Attachments.Select(a => new LedgerFileHash(FileName(a), a.Sha256, a.FileName)).ToList();

    private static Canonical Build(Document d) => new Canonical()
        .Add("type", LedgerItemTypes.Document)
        .Add("id", (long)d.Id)
        .Add("title", d.Title)
        .Add("summary", d.Summary)
        .Add("body", d.BodyHtml)
        .Add("category", (long)d.CategoryId)
        .AddOptional("fiscal-year", d.FiscalYear)
        .AddOptional("department", d.DepartmentId);
}
