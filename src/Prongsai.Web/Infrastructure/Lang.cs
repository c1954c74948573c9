using System.Globalization;

namespace Prongsai.Web.Infrastructure;

/// <summary>
/// Thai first, English second: every label is written in both, side by side where it is used,
/// and the request culture picks one. Keeping both texts in the view keeps them in step.
/// </summary>
public static class Lang
{
    public static readonly CultureInfo Thai = CultureInfo.GetCultureInfo("th-TH");
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string T(string thai, string english) => IsEnglish ? english : thai;

    /// <summary>
    /// One language of a message kept in both as "ไทย / English" (notes stored with a record, such as what reading
    /// a file found): the Thai part on Thai pages, the English gloss on English ones; a message without the
    /// separator as it is.
    /// </summary>
    public static string Part(string message)
    {
        var separator = message.LastIndexOf(" / ", StringComparison.Ordinal);
        return separator < 0 ? message : IsEnglish ? message[(separator + 3)..] : message[..separator];
    }

    public static string Code => IsEnglish ? "en" : "th";
}
