using System.Globalization;
using Prongsai.Core.Calendar;
using Prongsai.Core.Search;
using Prongsai.Web.Infrastructure;

namespace Prongsai.Web.Portal;

/// <summary>
/// ?q=…&amp;page=… of the installation-wide search, as the page (/search) and the API (/api/v1/search) read them:
/// a query longer than the search reads and a page that is not a number from 1 are refused with a Thai message
/// (a 400), rather than cut or guessed.
/// </summary>
public sealed record PlatformSearchRequest(string Query, int Page, string? Error = null, string? Field = null)
{
    /// <summary>Pages past the last ranked match are empty; asking beyond this is refused.</summary>
    public const int MaxPage = 1000;

    public static PlatformSearchRequest Parse(string? q, string? page)
    {
        var query = (q ?? "").Trim();
        if (query.Length > SearchSyntax.MaxQueryLength)
        {
            return new PlatformSearchRequest(query, 1,
                Lang.T(
                    string.Create(CultureInfo.InvariantCulture, $"คำค้นยาวเกิน {SearchSyntax.MaxQueryLength} ตัวอักษร กรุณาใช้คำที่สั้นลง"),
                    string.Create(CultureInfo.InvariantCulture, $"The query is longer than {SearchSyntax.MaxQueryLength} characters: please shorten it")),
                "q");
        }

        var number = 1;
        if (!string.IsNullOrWhiteSpace(page)
            && (!int.TryParse(ThaiDigits.ToAscii(page.Trim()), NumberStyles.None, CultureInfo.InvariantCulture, out number) || number is < 1 or > MaxPage))
        {
            return new PlatformSearchRequest(query, 1,
                Lang.T(
                    string.Create(CultureInfo.InvariantCulture, $"เลขหน้าต้องเป็นตัวเลข 1 ถึง {MaxPage}"),
                    string.Create(CultureInfo.InvariantCulture, $"The page must be a number from 1 to {MaxPage}")), "page");
        }

        return new PlatformSearchRequest(query, number);
    }
}
