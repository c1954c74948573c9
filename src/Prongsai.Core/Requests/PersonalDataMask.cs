using System.Text.RegularExpressions;

namespace Prongsai.Core.Requests;

/// <summary>
/// Masks what looks like personal data in text that goes public (a published question): e-mail addresses, Thai
/// telephone numbers and 13-digit identification numbers become "•••".
/// </summary>
public static partial class PersonalDataMask
{
    public const string Mark = "•••";

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant, 200)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)\d(?:[ -]?\d){8,12}(?!\d)", RegexOptions.CultureInvariant, 200)]
    private static partial Regex LongNumber();

    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        try
        {
            return LongNumber().Replace(Email().Replace(text, Mark), Mark);
        }
        catch (RegexMatchTimeoutException)
        {
            return Mark;
        }
    }
}
