using Prongsai.Core.Search;

namespace Prongsai.Web.Portal;

/// <summary>
/// The platform home's name filter as people type it: "อบต", "อบต.บางคา", "อบต บางคา", "องค์การบริหารส่วนตำบลบางคา" or
/// the province. Dots and spaces do not count; the kinds of local government are compared in their short form, taken
/// from the search's synonym groups (<see cref="SearchSynonym.Defaults"/>); every word typed must be found in the name,
/// the province or the address name.
/// </summary>
public static class OrganizationFinder
{
    /// <summary>Full form → short form without its dot ("องค์การบริหารส่วนตำบล" → "อบต"), longest first.</summary>
    private static readonly IReadOnlyList<(string Full, string Short)> Kinds = SearchSynonym.Defaults
        .Select(SearchSynonym.SplitTerms)
        .Where(terms => terms.Count == 2 && terms[0].EndsWith('.') && (terms[1].StartsWith("องค์การ", StringComparison.Ordinal) || terms[1].StartsWith("เทศบาล", StringComparison.Ordinal)))
        .Select(terms => (terms[1], terms[0].TrimEnd('.')))
        .OrderByDescending(k => k.Item1.Length)
        .ToList();

    public static bool Matches(OrganizationCatalog.Entry organization, string typed)
    {
        var haystack = Key(organization.Name) + " " + Key(organization.Province) + " " + organization.Slug.ToLowerInvariant();
        var words = typed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(Key).Where(w => w.Length > 0).ToList();
        return words.Count > 0 && words.TrueForAll(w => haystack.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The text compared: no dots or spaces, lower case, each kind of local government in its short form.</summary>
    public static string Key(string text)
    {
        var key = string.Concat(text.Where(c => c is not ('.' or ' ' or '\u00A0'))).ToLowerInvariant();
        foreach (var (full, abbreviation) in Kinds)
        {
            key = key.Replace(full, abbreviation, StringComparison.Ordinal);
        }

        return key;
    }
}
