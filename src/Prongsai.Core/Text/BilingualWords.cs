namespace Prongsai.Core.Text;

/// <summary>
/// The Thai and English words of a set of values (an enum's, a scale's), each value's two words on one line: the pages,
/// the downloads and the audit trail read the same words, and a value cannot be given one language and not the other.
/// A value not listed has no words (an empty string), as the switches these lists replaced said.
/// </summary>
public sealed class BilingualWords<TKey>
    where TKey : notnull
{
    private readonly Dictionary<TKey, (string Thai, string English)> words;

    public BilingualWords(params (TKey Key, string Thai, string English)[] words) =>
        this.words = words.ToDictionary(w => w.Key, w => (w.Thai, w.English));

    public string Thai(TKey key) => words.TryGetValue(key, out var w) ? w.Thai : "";

    public string English(TKey key) => words.TryGetValue(key, out var w) ? w.English : "";
}
