using QRCoder;

namespace Prongsai.Web.Infrastructure;

/// <summary>QR codes drawn on the server as inline SVG (QRCoder, MIT): no script, no image request, prints sharply.</summary>
public static class QrCodes
{
    public static string Svg(string text, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        return svg.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{System.Net.WebUtility.HtmlEncode(label)}\" class=\"qr\" ", StringComparison.Ordinal);
    }
}
