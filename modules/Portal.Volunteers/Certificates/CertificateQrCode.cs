using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using QRCoder;

namespace Portal.Volunteers.Certificates;

/// <summary>
/// The QR code on a certificate: the absolute address of its public verification page, from <c>Portal:PublicBaseUrl</c>
/// when set (behind a proxy the request may not show the public host), otherwise from the request.
/// </summary>
internal sealed class CertificateQrCode(IConfiguration configuration)
{
    public const string PublicBaseUrlSetting = "Portal:PublicBaseUrl";

    public string VerifyAddress(HttpRequest request, string verificationCode)
    {
        var baseUrl = configuration[PublicBaseUrlSetting] is { Length: > 0 } configured && Uri.TryCreate(configured, UriKind.Absolute, out _)
            ? configured.TrimEnd('/')
            : $"{request.Scheme}://{request.Host}{request.PathBase}".TrimEnd('/');
        return baseUrl + CertificateUrls.VerifyUrl(verificationCode);
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
