using System.Globalization;
using System.Text;
using Prongsai.Core.Ledger;
using Prongsai.Core.Search;
using Prongsai.Core.Text;

namespace Prongsai.Core.Publishing;

/// <summary>Puts a published document (with its attachments' text) into the search index, or takes it out.</summary>
public sealed class DocumentIndexer(SearchIndex index)
{
    public static string Url(string organizationSlug, int documentId) =>
        string.Create(CultureInfo.InvariantCulture, $"/{organizationSlug}/documents/{documentId}");

    public Task IndexAsync(string organizationSlug, Document document, CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        text.Append(document.Summary).Append('\n').Append(PlainText.FromHtml(document.BodyHtml));
        foreach (var attachment in document.Attachments.Where(a => a.TextState == TextState.Done && !string.IsNullOrEmpty(a.ExtractedText)))
        {
            text.Append('\n').Append(attachment.ExtractedText);
        }

        return index.UpsertAsync(
            document.OrganizationId, LedgerItemTypes.Document, document.Id.ToString(CultureInfo.InvariantCulture), document.Title,
            Url(organizationSlug, document.Id), text.ToString(), document.CategoryId, document.FiscalYear, document.PublishedAt,
            cancellationToken);
    }

    public Task RemoveAsync(Document document, CancellationToken cancellationToken = default) =>
        index.RemoveAsync(document.OrganizationId, LedgerItemTypes.Document, document.Id.ToString(CultureInfo.InvariantCulture), cancellationToken);
}
