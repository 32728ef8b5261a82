using QRCoder;
using Portal.Abstractions.Display;

namespace Portal.Volunteers.Certificates;

/// <summary>
/// The QR code on a certificate: the absolute address of its public verification page, on the site's public root
/// (<see cref="IPublicAddress"/>).
/// </summary>
internal sealed class CertificateQrCode(IPublicAddress address)
{
    public string VerifyAddress(string verificationCode) => address.Absolute(CertificateUrls.VerifyUrl(verificationCode));

    /// <summary>A PNG of the QR code as a data: URL, so the printed page needs no second request.</summary>
    public static string PngDataUrl(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
