using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using QRCoder;
using Portal.Abstractions.Display;

namespace Portal.Volunteers.Certificates;

/// <summary>
/// The QR code on a certificate: the absolute address of its public verification page, from <c>Portal:PublicBaseUrl</c>
/// when set (behind a proxy the request may not show the public host), otherwise from the request.
/// </summary>
internal sealed class CertificateQrCode(IConfiguration configuration)
{
    public string VerifyAddress(HttpRequest request, string verificationCode)
    {
        return PublicBaseUrl.Of(configuration, request) + CertificateUrls.VerifyUrl(verificationCode);
    }

    /// <summary>A PNG of the QR code as a data: URL, so the printed page needs no second request.</summary>
    public static string PngDataUrl(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
