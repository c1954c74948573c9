namespace Prongsai.Core.Search;

/// <summary>
/// "Did you mean": each query part that is not a word of the organization's index is replaced by the closest
/// indexed word (or pair of neighbouring words) within a small edit distance. Thai typing slips are mostly one
/// wrong or missing mark or consonant (ประชาสัมพันท → ประชาสัมพันธ์), so a quarter of the length is allowed.
/// </summary>
public static class SpellingSuggestion
{
    public const int MinWordLength = 3;

    /// <summary>The words a suggestion may use: tokens and neighbouring pairs joined, of the given token strings.</summary>
    public static HashSet<string> Vocabulary(IEnumerable<string> tokenStrings)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tokens in tokenStrings)
        {
            var list = tokens.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i < list.Length; i++)
            {
                if (list[i].Length >= MinWordLength)
                {
                    words.Add(list[i]);
                }

                if (i + 1 < list.Length)
                {
                    words.Add(list[i] + list[i + 1]);
                }
            }
        }

        return words;
    }

    /// <summary>The corrected query, or null when no part needs (or has) a correction.</summary>
    public static string? Suggest(string query, IReadOnlySet<string> vocabulary)
    {
        var changed = false;
        var parts = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var word = string.Concat(ThaiSegmenter.Words(parts[i]));
            if (word.Length < MinWordLength || vocabulary.Contains(word))
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

    private static string? Closest(string word, IReadOnlySet<string> vocabulary)
    {
        var allowed = Math.Max(1, word.Length / 4);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in vocabulary)
        {
            if (Math.Abs(candidate.Length - word.Length) > allowed)
            {
                continue;
            }

            var distance = Distance(word, candidate, Math.Min(allowed, bestDistance));
            if (distance < bestDistance || (distance == bestDistance && string.CompareOrdinal(candidate, best) < 0))
            {
                best = candidate;
                bestDistance = distance;
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
