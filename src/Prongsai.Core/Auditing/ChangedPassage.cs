using Prongsai.Core.Text;

namespace Prongsai.Core.Auditing;

/// <summary>
/// What an audit entry keeps of a long text that was edited. Keeping only the first characters of each side hid any
/// edit past them — "20 บาท" made "200 บาท" at the end of a consultation read as no change at all — so the entry keeps
/// the passage where the two sides start to differ, with a little of the text before it, and marks what is left out.
/// </summary>
public static class ChangedPassage
{
    /// <summary>How much unchanged text is kept before the first difference, to show where in the text it is.</summary>
    public const int Context = 40;

    /// <summary>
    /// Each side cut to at most <paramref name="maxLength"/> characters (plus an ellipsis at each end that was cut)
    /// around the first difference; texts that fit are returned whole.
    /// </summary>
    public static (string Before, string After) Around(string before, string after, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, Context + 1);
        if (before.Length <= maxLength && after.Length <= maxLength)
        {
            return (before, after);
        }

        var firstDifference = before.AsSpan().CommonPrefixLength(after);
        var start = Math.Max(0, firstDifference - Context);
        while (start > 0 && (PlainText.StartsInsideALetter(before, start) || PlainText.StartsInsideALetter(after, start)))
        {
            start--;
        }

        return (Excerpt(before, start, maxLength), Excerpt(after, start, maxLength));
    }

    private static string Excerpt(string text, int start, int maxLength)
    {
        if (start >= text.Length)
        {
            return start == 0 ? text : "…";
        }

        var end = Math.Min(text.Length, start + maxLength);
        while (end < text.Length && end > start + 1 && PlainText.StartsInsideALetter(text, end))
        {
            end--;
        }

        return string.Concat(start > 0 ? "…" : "", text.AsSpan(start, end - start), end < text.Length ? "…" : "");
    }
}
