using System.Globalization;
using Portal.Abstractions.Security;
using Portal.Volunteers.Models;
using Portal.Volunteers.Services;

namespace Portal.Volunteers.Certificates;

/// <summary>The printable certificate: everything the regulation asks for, the ID number masked, and its QR code.</summary>
internal sealed record CertificatePrintPage(
    string Number,
    string IssuedOn,
    string RealName,
    string IdTypeName,
    string IdNumberMasked,
    string VolunteerNumber,
    string PeriodFrom,
    string PeriodTo,
    string Hours,
    string ServiceContent,
    string IssuingOrganization,
    string ResponsiblePerson,
    string HandlingOfficer,
    string Contact,
    string VerifyUrl,
    string QrCodeDataUrl,
    bool ForHolder)
{
    public static CertificatePrintPage Of(Certificate c, string verifyUrl, bool forHolder) => new(
        c.Number, CertificateText.Date(c.IssuedOn), c.RealName, c.IdType.ToChinese(), c.IdNumberMasked, c.VolunteerNumber,
        CertificateText.Date(c.PeriodFrom), CertificateText.Date(c.PeriodTo), CertificateText.Hours(c.Hours), c.ServiceContent,
        c.IssuingOrganization, c.ResponsiblePerson, c.HandlingOfficer, c.Contact, verifyUrl, CertificateQrCode.PngDataUrl(verifyUrl), forHolder);
}

/// <summary>The public verification: confirms the certificate without personal data (masked name, no ID, no phone).</summary>
internal sealed record CertificateVerifyPage(
    bool Found,
    string Number,
    string IssuedOn,
    string MaskedName,
    string VolunteerNumber,
    string PeriodFrom,
    string PeriodTo,
    string Hours,
    string IssuingOrganization)
{
    public static CertificateVerifyPage NotFound { get; } = new(false, "", "", "", "", "", "", "", "");

    public static CertificateVerifyPage Of(Certificate c) => new(
        true, c.Number, CertificateText.Date(c.IssuedOn), PersonalDataMask.Name(c.RealName), c.VolunteerNumber,
        CertificateText.Date(c.PeriodFrom), CertificateText.Date(c.PeriodTo), CertificateText.Hours(c.Hours), c.IssuingOrganization);
}

internal static class CertificateText
{
    public static string Date(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Hours(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);
}
