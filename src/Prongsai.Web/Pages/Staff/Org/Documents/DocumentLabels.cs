using Prongsai.Core.Organizations;
using Prongsai.Core.Publishing;
using Prongsai.Core.Text;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Pages.Staff.Org.Documents;

/// <summary>
/// Labels of document and attachment states in the page's language (the words are Core's <see cref="DocumentTexts"/>,
/// as in the audit trail).
/// </summary>
public static class DocumentLabels
{
    public static string Status(DocumentStatus status) => Lang.T(DocumentTexts.Status(status), DocumentTexts.StatusEnglish(status));

    public static string Text(TextState state) => Lang.T(DocumentTexts.Text(state), DocumentTexts.TextEnglish(state));

    /// <summary>Characters of an attachment's text shown to the clerk, enough to see whether a scan was read right.</summary>
    public const int TextShown = 600;

    /// <summary>The beginning of the text read from a file, cut at a whole letter.</summary>
    public static string Beginning(string text) => PlainText.Shorten(text, TextShown + 1);
}
