using System.Diagnostics.CodeAnalysis;

namespace Prongsai.Core.Measures.Import;

/// <summary>Decoded text and the encoding it was read as, or why the bytes were refused.</summary>
public sealed record TextDecodeResult(string? Text, string? EncodingName, string? Problem)
{
    [MemberNotNullWhen(true, nameof(Text), nameof(EncodingName))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static TextDecodeResult Decoded(string text, string encodingName) => new(text, encodingName, null);

    public static TextDecodeResult Refused(string problem) => new(null, null, problem);
}
