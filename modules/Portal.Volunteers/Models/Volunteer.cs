namespace Portal.Volunteers.Models;

/// <summary>
/// A registered volunteer. The ID number, mobile, address and emergency phone are stored only protected
/// (<c>IPersonalDataVault</c>): encrypted, found by keyed hash, shown by their masked form kept beside them.
/// </summary>
internal sealed class Volunteer
{
    public int Id { get; set; }

    /// <summary>The account the volunteer signs in with.</summary>
    public string UserId { get; set; } = "";

    /// <summary>Unit code + sequence, e.g. <c>JY01-0007</c>; shown instead of the ID number.</summary>
    public string Number { get; set; } = "";

    public int UnitId { get; set; }

    public string RealName { get; set; } = "";

    public IdType IdType { get; set; }

    public string IdNumberProtected { get; set; } = "";

    /// <summary>Keyed hash of the normalized ID type and number: one person registers once.</summary>
    public string IdNumberHash { get; set; } = "";

    public string IdNumberMasked { get; set; } = "";

    public Gender Gender { get; set; }

    public DateOnly? BirthDate { get; set; }

    public string MobileProtected { get; set; } = "";

    public string MobileHash { get; set; } = "";

    public string MobileMasked { get; set; } = "";

    public string AddressProtected { get; set; } = "";

    public string AddressMasked { get; set; } = "";

    public string EmergencyContactName { get; set; } = "";

    public string EmergencyPhoneProtected { get; set; } = "";

    public string EmergencyPhoneMasked { get; set; } = "";

    /// <summary>Skill names from the list staff keep (<c>VolunteerSettings.Skills</c>).</summary>
    public List<string> Skills { get; set; } = [];

    /// <summary>Bit <c>day * 3 + part</c>: Monday = 0 … Sunday = 6; morning, afternoon, evening = 0, 1, 2.</summary>
    public int Availability { get; set; }

    /// <summary>When the separate consent to processing sensitive personal information was given.</summary>
    public DateTime SensitiveConsentUtc { get; set; }

    public VolunteerStatus Status { get; set; }

    /// <summary>Why a registration was rejected; the applicant sees it.</summary>
    public string ReviewReason { get; set; } = "";

    public string ReviewedBy { get; set; } = "";

    public DateTime? ReviewedUtc { get; set; }

    /// <summary>Shown on the public honor roll (opt-in).</summary>
    public bool OnHonorRoll { get; set; }

    public DateTime RegisteredUtc { get; set; }

    /// <summary>Changes on every save; a stale edit is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

internal enum IdType
{
    /// <summary>居民身份证: checked by its GB 11643 check digit and birth date.</summary>
    ResidentCard,

    /// <summary>港澳居民来往内地通行证.</summary>
    HongKongMacaoPermit,

    /// <summary>台湾居民来往大陆通行证.</summary>
    TaiwanPermit,

    /// <summary>护照.</summary>
    Passport,
}

internal enum Gender
{
    Unknown,
    Male,
    Female,
}

internal enum VolunteerStatus
{
    Pending,
    Approved,
    Rejected,
}
