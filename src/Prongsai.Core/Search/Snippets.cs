using System.Net;
using System.Text;

namespace Prongsai.Core.Search;

/// <summary>
/// Highlighted snippets: the text around the first match, HTML-encoded piece by piece with the
/// matched words wrapped in &lt;mark&gt;. Computed in the app, so both databases give the same.
/// </summary>
public static class Snippets
{
    private const int Before = 60;
    private const int Length = 220;

    public static string Make(string text, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var matches = FindMatches(text, phrases);
        if (matches.Count == 0)
        {
            return WebUtility.HtmlEncode(Cut(text, 0, Length)) + (text.Length > Length ? "…" : "");
        }

        var first = matches.Min(m => m.Start);
        var start = Math.Max(0, first - Before);
        while (start > 0 && start > first - Before - 20 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var end = Math.Min(text.Length, start + Length);
        var sb = new StringBuilder();
        if (start > 0)
        {
            sb.Append('…');
        }

        var at = start;
        foreach (var (s, l) in matches.Where(m => m.Start >= start && m.Start + m.Length <= end).OrderBy(m => m.Start))
        {
            if (s < at)
            {
                continue;
            }

            sb.Append(WebUtility.HtmlEncode(text[at..s])).Append("<mark>").Append(WebUtility.HtmlEncode(text.Substring(s, l))).Append("</mark>");
            at = s + l;
        }

        sb.Append(WebUtility.HtmlEncode(text[at..end]));
        if (end < text.Length)
        {
            sb.Append('…');
        }

        return sb.ToString();
    }

    private static string Cut(string text, int start, int length) => text.Substring(start, Math.Min(length, text.Length - start));

    /// <summary>Phrase matches as (start, length) in text, checked on word boundaries.</summary>
    internal static List<(int Start, int Length)> FindMatches(string text, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        var found = new List<(int, int)>();
        var lower = text.ToLowerInvariant();
        foreach (var phrase in phrases)
        {
            var attempts = 0;
            var from = 0;
            while (attempts < 40 && from < lower.Length)
            {
                var at = lower.IndexOf(phrase[0], from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                if (!RestFollows(lower, at, phrase))
                {
                    // Not a candidate: segmenting its window (the costly part) could only say no. Not counted as an
                    // attempt, so a phrase whose first word is common ("การ …") still finds its match further on.
                    from = at + 1;
                    continue;
                }

                attempts++;

                // Segment a window around the candidate and check the tokens line up with the phrase.
                var windowStart = Math.Max(0, at - 30);
                var windowEnd = Math.Min(lower.Length, at + 40 + phrase.Sum(t => t.Length + 2));
                var tokens = ThaiSegmenter.Tokenize(lower[windowStart..windowEnd]);
                var index = -1;
                for (var i = 0; i < tokens.Count; i++)
                {
                    if (tokens[i].Start + windowStart == at)
                    {
                        index = i;
                        break;
                    }
                }

                if (index >= 0 && index + phrase.Count <= tokens.Count
                    && phrase.Select((t, k) => tokens[index + k].Value == t).All(x => x))
                {
                    var last = tokens[index + phrase.Count - 1];
                    found.Add((at, last.Start + windowStart + last.Length - at));
                    if (found.Count > 20)
                    {
                        return found;
                    }
                }

                from = at + 1;
            }
        }

        return found;
    }

    /// <summary>
    /// True when the phrase's other words follow the first one at <paramref name="at"/> with only non-word characters
    /// between them: tokens cover every word character, so a phrase match looks like this in the text, and the
    /// segmentation then checks that the words' boundaries are where the phrase puts them.
    /// </summary>
    private static bool RestFollows(string lower, int at, IReadOnlyList<string> phrase)
    {
        var position = at + phrase[0].Length;
        for (var k = 1; k < phrase.Count; k++)
        {
            while (position < lower.Length)
            {
                // A broken surrogate decodes as the replacement character, which is not a word character.
                Rune.DecodeFromUtf16(lower.AsSpan(position), out var rune, out var length);
                if (ThaiSegmenter.IsWordCharacter(rune))
                {
                    break;
                }

                position += length;
            }

            if (string.CompareOrdinal(lower, position, phrase[k], 0, phrase[k].Length) != 0)
            {
                return false;
            }

            position += phrase[k].Length;
        }

        return true;
    }
}
