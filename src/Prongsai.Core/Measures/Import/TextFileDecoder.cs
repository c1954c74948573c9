using System.Text;

namespace Prongsai.Core.Measures.Import;

/// <summary>
/// Turns an uploaded text file into a string. New files are UTF-8 (with or without BOM), but
/// many Thai government files are still TIS-620 / Windows-874; anything else is refused with a
/// message the uploader can act on, so mojibake is never stored.
/// </summary>
public static class TextFileDecoder
{
    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8-bom";
    public const string Windows874 = "windows-874";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding StrictWindows874 = CreateWindows874();

    public static TextDecodeResult Decode(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return TextDecodeResult.Refused(DecodeProblems.Empty);
        }

        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return TextDecodeResult.Refused(DecodeProblems.Utf16);
        }

        var hasBom = span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var body = hasBom ? span[3..] : span;
        if (body.Contains((byte)0))
        {
            return TextDecodeResult.Refused(LooksLikeUtf16WithoutBom(body) ? DecodeProblems.Utf16 : DecodeProblems.Binary);
        }

        if (HasTooManyControlBytes(body))
        {
            return TextDecodeResult.Refused(DecodeProblems.Binary);
        }

        if (TryDecode(StrictUtf8, body, out var utf8Text))
        {
            return TextDecodeResult.Decoded(NormalizeLineEndings(utf8Text), hasBom ? Utf8Bom : Utf8);
        }

        if (!hasBom && TryDecode(StrictWindows874, body, out var thaiText) && ThaiTextPlausibility.IsPlausible(thaiText))
        {
            return TextDecodeResult.Decoded(NormalizeLineEndings(thaiText), Windows874);
        }

        return TextDecodeResult.Refused(DecodeProblems.UnknownEncoding);
    }

    public static string NormalizeLineEndings(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool HasTooManyControlBytes(ReadOnlySpan<byte> bytes)
    {
        var controls = 0;
        foreach (var b in bytes)
        {
            // Tab, line feed, form feed and carriage return are ordinary in text files.
            if ((b < 0x20 && b is not (0x09 or 0x0A or 0x0C or 0x0D)) || b == 0x7F)
            {
                controls++;
            }
        }

        // A few stray control characters happen in pasted text; more than 1% is not text.
        return controls > Math.Max(2, bytes.Length / 100);
    }

    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        // ASCII or Thai (U+0Exx) in UTF-16 puts a zero or 0x0E in every other byte.
        var evenZeros = 0;
        var oddZeros = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] is 0 or 0x0E)
            {
                if (i % 2 == 0) { evenZeros++; } else { oddZeros++; }
            }
        }

        var pairs = bytes.Length / 2;
        return pairs > 0 && (evenZeros > pairs * 0.8 || oddZeros > pairs * 0.8);
    }

    private static Encoding CreateWindows874()
    {
        // Code pages ship in the shared framework but must be registered before use.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(874, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
