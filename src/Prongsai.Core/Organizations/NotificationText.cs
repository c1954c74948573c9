namespace Prongsai.Core.Organizations;

/// <summary>
/// A notification's sentence in Thai and its English twin, written together: the dashboard shows the one of the page's
/// language. Names and titles that members typed stay as typed in both.
/// </summary>
public sealed record NotificationText(string Thai, string English)
{
    /// <summary>The longest sentence kept; a longer one (a long list of item codes, say) is cut, in either language.</summary>
    public const int MaxLength = 1000;

    internal static string Fit(string text) => text.Length > MaxLength ? text[..MaxLength] : text;
}
