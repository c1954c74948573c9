using System.Text;

namespace Prongsai.Tests.Measures.Import;

/// <summary>The Bang Kha 2567 report as published, copied byte for byte into TestData.</summary>
internal static class SeedFixture
{
    internal const string FileName = "bangkha-2567-measures-report.txt";
    internal const string Organization = "bangkha";
    internal const int FiscalYear = 2567;

    internal static byte[] Bytes() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "TestData", FileName));

    internal static string Text() => Encoding.UTF8.GetString(Bytes());

    internal static byte[] AsWindows874WithCrLf()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var crlf = Text().Replace("\n", "\r\n", StringComparison.Ordinal);
        return Encoding.GetEncoding(874, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback).GetBytes(crlf);
    }

    internal static byte[] AsUtf8WithBom() => [0xEF, 0xBB, 0xBF, .. Bytes()];
}
