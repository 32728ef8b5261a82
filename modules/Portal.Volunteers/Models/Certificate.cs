namespace Portal.Volunteers.Models;

/// <summary>
/// A 志愿服务记录证明, numbered and registered, with what it certified kept as issued (the ledger may change later).
/// Its QR code opens <c>/volunteers/certificates/verify/{VerificationCode}</c>, which confirms it without personal data.
/// </summary>
internal sealed class Certificate
{
    public int Id { get; set; }

    /// <summary>e.g. <c>JY-2026-000001</c>, unique.</summary>
    public string Number { get; set; } = "";

    /// <summary>A random code that only the holder of the certificate knows (it is in the QR code).</summary>
    public string VerificationCode { get; set; } = "";

    public int VolunteerId { get; set; }

    public string RealName { get; set; } = "";

    public IdType IdType { get; set; }

    public string IdNumberMasked { get; set; } = "";

    public string VolunteerNumber { get; set; } = "";

    public DateOnly PeriodFrom { get; set; }

    public DateOnly PeriodTo { get; set; }

    public decimal Hours { get; set; }

    public string ServiceContent { get; set; } = "";

    public string IssuingOrganization { get; set; } = "";

    public string ResponsiblePerson { get; set; } = "";

    public string HandlingOfficer { get; set; } = "";

    public string Contact { get; set; } = "";

    public DateOnly IssuedOn { get; set; }

    public string IssuedBy { get; set; } = "";
}
