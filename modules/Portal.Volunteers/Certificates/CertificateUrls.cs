namespace Portal.Volunteers.Certificates;

/// <summary>Route names and addresses of certificates: the admin register, the printable page, the public verification.</summary>
internal static class CertificateUrls
{
    public const string AdminIndex = "Volunteers.Certificates.Admin";
    public const string Print = "Volunteers.Certificates.Print";
    public const string Verify = "Volunteers.Certificates.Verify";

    public const string AdminPrefix = "admin/volunteers/certificates";

    public static string PrintUrl(int id) => $"/volunteers/certificates/{id}";

    public static string VerifyUrl(string verificationCode) => $"/volunteers/certificates/verify/{Uri.EscapeDataString(verificationCode)}";
}
