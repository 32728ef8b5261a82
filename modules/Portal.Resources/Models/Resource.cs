namespace Portal.Resources.Models;

/// <summary>
/// A resource of the five platforms (五大平台): a venue (文化礼堂, 农家书屋 ...), equipment, a service provider, a pool of
/// speakers. It is at a unit, and either the unit's own (自有) or another organization's that the unit may use (可用),
/// under an agreement with its dates. The owner's contact is personal data: encrypted, shown by its masked form.
/// The unit and the name together are its natural key (import matches on them).
/// </summary>
internal sealed class Resource
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public string Name { get; set; } = "";

    /// <summary>One of the kinds kept in the settings (文化礼堂, 设备 ...).</summary>
    public string Kind { get; set; } = "";

    /// <summary>Keys of the platforms it serves (<c>Theory</c>, <c>Culture</c> ...), as the activities contract names them.</summary>
    public List<string> Platforms { get; set; } = [];

    public Ownership Ownership { get; set; }

    /// <summary>For 可用: the organization it belongs to.</summary>
    public string OwnerOrganization { get; set; } = "";

    public string ContactNameProtected { get; set; } = "";

    public string ContactNameMasked { get; set; } = "";

    public string ContactPhoneProtected { get; set; } = "";

    public string ContactPhoneMasked { get; set; } = "";

    /// <summary>For 可用: what the agreement lets us do (hours, fees, conditions).</summary>
    public string AgreementTerms { get; set; } = "";

    public DateOnly? AgreementStarts { get; set; }

    public DateOnly? AgreementEnds { get; set; }

    /// <summary>People it holds; null where that means nothing (a speakers' pool).</summary>
    public int? Capacity { get; set; }

    /// <summary>Seven entries, Monday first: <c>08:30-11:30,14:00-17:00</c>, or empty when closed that day. All empty: no set hours.</summary>
    public List<string> OpeningHours { get; set; } = [];

    public string Address { get; set; } = "";

    public string Facilities { get; set; } = "";

    /// <summary>Images of the media library (<c>/media/…</c>).</summary>
    public List<string> Photos { get; set; } = [];

    public ResourceStatus Status { get; set; }

    /// <summary>Shown on the public venues page and in search.</summary>
    public bool IsPublic { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Changes on every save; a stale edit is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();
}

/// <summary>由我所有 or 可以为我所用.</summary>
internal enum Ownership
{
    Owned,
    Available,
}

internal enum ResourceStatus
{
    InUse,
    UnderRepair,
    Retired,
}

/// <summary>
/// A booking of a resource for a time slot, optionally for an activity. A resource the unit owns is booked at once; one
/// it may use (可用) waits for the owner's approval. Pending and approved bookings hold their slot.
/// </summary>
internal sealed class Booking
{
    public long Id { get; set; }

    public int ResourceId { get; set; }

    public int? ActivityId { get; set; }

    /// <summary>The activity's title when booked, or what the slot is for.</summary>
    public string Purpose { get; set; } = "";

    public DateTime StartsUtc { get; set; }

    public DateTime EndsUtc { get; set; }

    public BookingStatus Status { get; set; }

    public string BookedBy { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Who recorded the owner's answer, and how the owner gave it (a call, a letter ...).</summary>
    public string? DecidedBy { get; set; }

    public DateTime? DecidedUtc { get; set; }

    public string? DecisionNote { get; set; }
}

internal enum BookingStatus
{
    Pending,
    Approved,
    Refused,
    Cancelled,
}
