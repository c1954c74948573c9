namespace Prongsai.Core.Posters;

/// <summary>
/// A printed notice for a counter or a notice board that sends people to one of the office's public pages: a title in
/// plain Thai (and a short English line), one sentence saying what the page is for, up to three promises that make
/// people try it, and the page's address as a QR code and in letters. Title, lead and promises are printed large, where
/// a break inside a Thai word would show: a line breaks only at a space between their phrases.
/// </summary>
/// <param name="Key">the poster's address in the back office (<c>/staff/{org}/posters?handler=pdf&amp;key=…</c>)</param>
/// <param name="Path">the public page, relative to the site, for an organization's slug</param>
public sealed record Poster(string Key, string Title, string EnglishTitle, string Lead, IReadOnlyList<string> Promises, Func<string, string> Path)
{
    /// <summary>
    /// For a poster that opens a category of documents: its slug. Such a poster is offered only while the organization
    /// has a published document there, so none is printed for an empty list (or for a category it never had).
    /// </summary>
    public string? DocumentCategory { get; init; }

    /// <summary>
    /// For a poster that can hang at one department's counter: the public page with that department chosen beforehand
    /// (slug, department id), so the answers count for the department that served without anyone having to pick it.
    /// </summary>
    public Func<string, int, string>? DepartmentPath { get; init; }
}
