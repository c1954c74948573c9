using System.Text.RegularExpressions;

namespace Prongsai.Tests.Infrastructure;

/// <summary>What a receipt page shows, read back from its HTML.</summary>
public static partial class ReceiptHtml
{
    /// <summary>The code, with a &lt;wbr&gt; after each hyphen where it may wrap (TrackingCodeHtml).</summary>
    [GeneratedRegex("id=\"tracking-code\">((?:[0-9A-Z]{4}-(?:<wbr>)?){3}[0-9A-Z]{4})<")]
    private static partial Regex Code();

    /// <summary>The tracking code the receipt shows ("7K3Q-M9XD-2HFA-8RWT"), or "" when it shows none.</summary>
    public static string TrackingCodeOf(string html) => Code().Match(html).Groups[1].Value.Replace("<wbr>", "", StringComparison.Ordinal);
}
