namespace Portal.Volunteers.Models;

/// <summary>
/// An entry of a volunteer's service-hours ledger. Entries are never changed in amount nor deleted: a claim is decided
/// once (pending → approved / declined), and a correction is a new reversing entry.
/// </summary>
internal sealed class HoursEntry
{
    public long Id { get; set; }

    public int VolunteerId { get; set; }

    public HoursEntryKind Kind { get; set; }

    /// <summary>Negative for a reversal.</summary>
    public decimal Hours { get; set; }

    public DateOnly ServiceDate { get; set; }

    /// <summary>What the service was (服务内容), shown on certificates.</summary>
    public string Content { get; set; } = "";

    /// <summary>The unit the service was for.</summary>
    public int UnitId { get; set; }

    /// <summary>For attendance: the attendance's key (unique), so it is posted once.</summary>
    public string? SourceKey { get; set; }

    public HoursStatus Status { get; set; }

    /// <summary>Why it was claimed (补录), or why it was declined or reversed.</summary>
    public string Reason { get; set; } = "";

    /// <summary>
    /// The claim's photos: private paths in the media store (IPrivateImages), served only to the volunteer and the staff
    /// who review their hours; claims made before uploads may hold <c>/media/…</c> addresses of library images.
    /// </summary>
    public List<string> Evidence { get; set; } = [];

    /// <summary>The entry a reversal corrects.</summary>
    public long? ReversesId { get; set; }

    public DateTime CreatedUtc { get; set; }

    public string CreatedBy { get; set; } = "";

    public string DecidedBy { get; set; } = "";

    public DateTime? DecidedUtc { get; set; }
}

internal enum HoursEntryKind
{
    /// <summary>From attendance recorded by an activity.</summary>
    Attendance,

    /// <summary>A manual claim (补录) with a reason and evidence.</summary>
    Claim,

    /// <summary>A correction of an approved entry.</summary>
    Reversal,
}

internal enum HoursStatus
{
    Pending,
    Approved,
    Declined,
}

/// <summary>A star level reached (1–5), with the date and the approved hours at the time.</summary>
internal sealed class StarAward
{
    public int VolunteerId { get; set; }

    public int Stars { get; set; }

    public DateOnly ReachedOn { get; set; }

    public decimal Hours { get; set; }
}
