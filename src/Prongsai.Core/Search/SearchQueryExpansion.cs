namespace Prongsai.Core.Search;

/// <summary>Words to match next to each other; the last may be the start of a longer indexed word.</summary>
public sealed record QueryPhrase(IReadOnlyList<string> Tokens, bool LastIsPrefix = false)
{
    public string Key => string.Join(' ', Tokens) + (LastIsPrefix ? "*" : "");
}

/// <summary>One space-separated part of a query: a document matches it through any of its alternatives.</summary>
public sealed record QueryTerm(IReadOnlyList<QueryPhrase> Alternatives);

/// <summary>
/// What a query part may also mean, computed in the app so both databases search for exactly the same thing:
/// <list type="bullet">
/// <item>synonyms — a part holding a term of a synonym group also matches with each other term of the group in
///   its place ("อบต.บางคา" also finds "องค์การบริหารส่วนตำบลบางคา");</item>
/// <item>an unfinished last word — the last part, when it is not a single dictionary word, also matches as the
///   start of an indexed word ("ประชาสัมพัน" finds "ประชาสัมพันธ์"), while a part that is a word of its own stays
///   exact ("มา" never matches inside "มาตรการ", nor "ตา" inside "ตาม").</item>
/// </list>
/// </summary>
public static class SearchQueryExpansion
{
    /// <summary>Alternatives per part; also the size limit of a synonym group.</summary>
    public const int MaxAlternatives = 8;

    /// <summary>A prefix shorter than this would match too much to be a useful guess.</summary>
    public const int MinPrefixLength = 3;

    public static IReadOnlyList<QueryTerm> Expand(
        IReadOnlyList<IReadOnlyList<string>> phrases, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> synonymGroups)
    {
        var terms = new List<QueryTerm>(phrases.Count);
        for (var p = 0; p < phrases.Count; p++)
        {
            var alternatives = new List<QueryPhrase> { new(phrases[p]) };
            AddSynonyms(phrases[p], synonymGroups, alternatives);
            if (p == phrases.Count - 1)
            {
                AddPrefixes(phrases[p], alternatives);
            }

            terms.Add(new QueryTerm(alternatives.DistinctBy(a => a.Key).Take(MaxAlternatives).ToList()));
        }

        return terms;
    }

    private static void AddSynonyms(
        IReadOnlyList<string> phrase, IReadOnlyList<IReadOnlyList<IReadOnlyList<string>>> groups, List<QueryPhrase> alternatives)
    {
        foreach (var group in groups)
        {
            foreach (var term in group)
            {
                var at = IndexOf(phrase, term);
                if (at < 0)
                {
                    continue;
                }

                foreach (var other in group.Where(o => !ReferenceEquals(o, term)))
                {
                    alternatives.Add(new QueryPhrase([.. phrase.Take(at), .. other, .. phrase.Skip(at + term.Count)]));
                }

                break;
            }
        }
    }

    /// <summary>
    /// ICU splits an unfinished word into dictionary pieces ("ประชาสัมพัน" → ประ|ชา|สัม|พัน), so the guess is the
    /// pieces joined again, from each piece to the end; a single token is a dictionary word and gets no guess.
    /// </summary>
    private static void AddPrefixes(IReadOnlyList<string> phrase, List<QueryPhrase> alternatives)
    {
        for (var k = 0; k <= phrase.Count - 2; k++)
        {
            var rest = string.Concat(phrase.Skip(k));
            if (rest.Length < MinPrefixLength || ThaiSegmenter.Words(rest).Count <= 1)
            {
                continue;
            }

            alternatives.Add(new QueryPhrase([.. phrase.Take(k), rest], LastIsPrefix: true));
        }
    }

    private static int IndexOf(IReadOnlyList<string> phrase, IReadOnlyList<string> term)
    {
        if (term.Count == 0)
        {
            return -1;
        }

        for (var i = 0; i + term.Count <= phrase.Count; i++)
        {
            var all = true;
            for (var j = 0; j < term.Count && all; j++)
            {
                all = string.Equals(phrase[i + j], term[j], StringComparison.Ordinal);
            }

            if (all)
            {
                return i;
            }
        }

        return -1;
    }
}
