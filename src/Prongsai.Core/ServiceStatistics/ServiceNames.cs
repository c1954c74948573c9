using Prongsai.Core.Search;
using Prongsai.Core.Text;

namespace Prongsai.Core.ServiceStatistics;

/// <summary>
/// A service's name as typed in a spreadsheet, and how two names are matched: white space collapsed, Unicode composed
/// and Thai digits read as Arabic (as the search index normalizes text, <see cref="ThaiSegmenter.Normalize"/>), a sara am
/// typed as nikhahit + sara aa taken as sara am, zero-width spaces dropped, Latin letters in any case.
/// </summary>
public static class ServiceNames
{
    /// <summary>The name to show and store: as typed, with its white space collapsed and its sara am composed.</summary>
    public static string Clean(string? text) =>
        PlainText.CollapseWhitespace(ThaiText.ComposeSaraAm((text ?? "").Replace("\u200B", "", StringComparison.Ordinal).Replace("\uFEFF", "", StringComparison.Ordinal)));

    /// <summary>What two names are compared by: "ลงทะเบียน  เบี้ยยังชีพ ๒๕๖๘" and "ลงทะเบียน เบี้ยยังชีพ 2568" are the same.</summary>
    public static string Key(string? text) => ThaiSegmenter.Normalize(Clean(text)).ToLowerInvariant();
}
