using System.Net;
using QRCoder;

namespace Prongsai.Documents;

/// <summary>
/// QR codes drawn as inline SVG (QRCoder, MIT): no script, no image request, and sharp at any size, on a screen or on a
/// printed poster. Error correction M (15 %): a poster may be scuffed or photographed at an angle.
/// </summary>
public static class QrCodes
{
    /// <summary>A code sized in pixels (4 per module), as a web page shows it.</summary>
    public static string Svg(string text, string label) => Draw(text, label, SvgQRCode.SizingMode.WidthHeightAttribute);

    /// <summary>A code with only a view box, which fills whatever width the page's CSS gives it.</summary>
    public static string ScalableSvg(string text, string label) => Draw(text, label, SvgQRCode.SizingMode.ViewBoxAttribute);

    private static string Draw(string text, string label, SvgQRCode.SizingMode sizing)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(4, "#000000", "#ffffff", drawQuietZones: true, sizingMode: sizing);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        svg = start > 0 ? svg[start..] : svg;
        return svg.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{WebUtility.HtmlEncode(label)}\" class=\"qr\" ", StringComparison.Ordinal);
    }
}
