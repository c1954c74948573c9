using Prongsai.Core.Publishing;

namespace Prongsai.Web.Portal;

/// <summary>
/// What the shared document view (<c>_DocumentArticle</c>) shows: the public page and the staff draft preview
/// render the same markup, so a preview is exactly what the public will see.
/// </summary>
/// <param name="FileUrl">Where each attachment is downloaded from (the public address, or the staff preview's).</param>
public sealed record DocumentArticle(Document Document, string? Department, Func<Attachment, string> FileUrl);
