namespace Prongsai.Core.Search;

/// <summary>
/// "Did you mean": each query part that is not a word of the organization's index is replaced by the closest
/// indexed word (or pair of neighbouring words) within a small edit distance. Thai typing slips are mostly one
/// wrong or missing mark or consonant (ประชาสัมพันท → ประชาสัมพันธ์), so a quarter of the length is allowed.
/// </summary>
public static class SpellingSuggestion
{
    public const int MinWordLength = 3;

    /// <summary>
    /// The words a suggestion may use, with how often each occurs: tokens and neighbouring pairs joined, of the given
    /// token strings.
    /// </summary>
    public static Dictionary<string, int> Vocabulary(IEnumerable<string> tokenStrings)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var tokens in tokenStrings)
        {
            var list = tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < list.Length; i++)
            {
                if (list[i].Length >= MinWordLength)
                {
                    Count(words, list[i]);
                }

                if (i + 1 < list.Length)
                {
                    Count(words, list[i] + list[i + 1]);
                }
            }
        }

        return words;
    }

    /// <summary>
    /// A token string read only up to <paramref name="length"/> characters, without the word the cut went through:
    /// "งบประมา" at the end of a cut body is not a word, yet it is one letter from "งบประมาน".
    /// </summary>
    public static string WholeWordsOf(string tokens, int length)
    {
        if (tokens.Length <= length)
        {
            return tokens;
        }

        var cut = tokens[..length];
        return tokens[length] == ' ' ? cut : cut[..Math.Max(0, cut.LastIndexOf(' '))];
    }

    private static void Count(Dictionary<string, int> words, string word) =>
        words[word] = words.GetValueOrDefault(word) + 1;

    /// <summary>The corrected query, or null when no part needs (or has) a correction.</summary>
    public static string? Suggest(string query, IReadOnlyDictionary<string, int> vocabulary)
    {
        var changed = false;
        var parts = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var word = string.Concat(ThaiSegmenter.Words(parts[i]));
            if (word.Length < MinWordLength || vocabulary.ContainsKey(word))
            {
                continue;
            }

            if (Closest(word, vocabulary) is { } better)
            {
                parts[i] = better;
                changed = true;
            }
        }

        return changed ? string.Join(' ', parts) : null;
    }

    /// <summary>
    /// The nearest word; between equally near ones, the one the organization writes most often (a slip of
    /// "งบประมาณ" means the word of every budget page, not a rare neighbour), then the first in order, so the
    /// answer never depends on the dictionary's order.
    /// </summary>
    private static string? Closest(string word, IReadOnlyDictionary<string, int> vocabulary)
    {
        var allowed = Math.Max(1, word.Length / 4);
        string? best = null;
        var bestDistance = int.MaxValue;
        var bestCount = 0;
        foreach (var (candidate, count) in vocabulary)
        {
            if (Math.Abs(candidate.Length - word.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(word, candidate, Math.Min(allowed, bestDistance));
            if (distance < bestDistance
                || (distance == bestDistance && (count > bestCount || (count == bestCount && string.CompareOrdinal(candidate, best) < 0))))
            {
                best = candidate;
                bestDistance = distance;
                bestCount = count;
            }
        }

        return bestDistance <= allowed ? best : null;
    }

    /// <summary>Levenshtein distance, or limit + 1 as soon as it must exceed the limit.</summary>
    internal static int Distance(string a, string b, int limit)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
