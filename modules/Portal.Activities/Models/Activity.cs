namespace Portal.Activities.Models;

/// <summary>A service project (服务项目) of a unit: a named line of work its activities belong to.</summary>
internal sealed class Project
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}

/// <summary>
/// A volunteer service activity (活动) of a unit: what, where, when, for whom, and how many volunteers it recruits.
/// Sign-ups are <see cref="SignUp"/> rows; the places left are <see cref="Places"/> minus the confirmed ones.
/// </summary>
internal sealed class Activity
{
    public int Id { get; set; }

    public int? ProjectId { get; set; }

    public int UnitId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>One of the categories staff keep in the settings (理论宣讲, 便民服务 ...).</summary>
    public string Category { get; set; } = "";

    public Platform Platform { get; set; }

    public string Place { get; set; } = "";

    public DateTime StartsUtc { get; set; }

    public DateTime EndsUtc { get; set; }

    /// <summary>Farming seasons and festivals (春节, 端午, 农忙, 二十四节气 ...) from the settings' tag list.</summary>
    public List<string> Tags { get; set; } = [];

    public string Description { get; set; } = "";

    /// <summary>An image of the media library (<c>/media/…</c>), or empty.</summary>
    public string CoverUrl { get; set; } = "";

    /// <summary>Volunteers must be insured to serve (《志愿服务条例》第十七条).</summary>
    public bool InsuranceRequired { get; set; }

    public ActivityStatus Status { get; set; }

    /// <summary>Volunteers recruited; 0 for an activity that recruits none (e.g. a talk the public attends).</summary>
    public int Places { get; set; }

    /// <summary>Sign-up opens then (null: as soon as it recruits) and closes then (null: when the activity starts).</summary>
    public DateTime? SignUpOpensUtc { get; set; }

    public DateTime? SignUpClosesUtc { get; set; }

    /// <summary>Skills a volunteer must all have (from the volunteers' skill list).</summary>
    public List<string> RequiredSkills { get; set; } = [];

    /// <summary>Training courses (ids of the Volunteers module) to have passed and kept valid: 先培训再上岗.</summary>
    public List<int> RequiredCourseIds { get; set; } = [];

    public int? MinAge { get; set; }

    public int? MaxAge { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Changes on every save; a stale edit is refused.</summary>
    public Guid Version { get; set; } = Guid.NewGuid();

    /// <summary>Sign-up is the activity's latest close, or its start.</summary>
    public DateTime SignUpClosesAtUtc => SignUpClosesUtc ?? StartsUtc;
}

/// <summary>The five platforms (五大平台) an activity belongs to.</summary>
internal enum Platform
{
    Theory,
    Education,
    Culture,
    Science,
    Health,
}

/// <summary>draft → recruiting → full / running → finished, or cancelled.</summary>
internal enum ActivityStatus
{
    Draft,
    Recruiting,
    Full,
    Running,
    Finished,
    Cancelled,
}

/// <summary>
/// A volunteer's sign-up for an activity: one row per volunteer and activity (a unique index), confirmed or on the
/// waitlist in <see cref="Sequence"/> order, or cancelled. Check-in, check-out and attendance are on this row; the hours it
/// becomes are posted once under the key <c>activity:{ActivityId}:volunteer:{VolunteerId}</c>.
/// </summary>
internal sealed class SignUp
{
    public long Id { get; set; }

    public int ActivityId { get; set; }

    public int VolunteerId { get; set; }

    public SignUpStatus Status { get; set; }

    /// <summary>Order of arrival within the activity, given under the activity's lock; the waitlist is promoted in this order.</summary>
    public int Sequence { get; set; }

    public DateTime SignedUpUtc { get; set; }

    public DateTime? ConfirmedUtc { get; set; }

    public DateTime? CancelledUtc { get; set; }

    /// <summary>Scanned the check-in code or checked in by staff (签到).</summary>
    public DateTime? CheckedInUtc { get; set; }

    /// <summary>Scanned again or checked out by staff (签退); the hours are worked out then.</summary>
    public DateTime? CheckedOutUtc { get; set; }

    /// <summary>Staff marked the volunteer absent (缺席); checking in later clears it.</summary>
    public bool NoShow { get; set; }

    /// <summary>The service hours this attendance became, capped by the activity's length; null until worked out.</summary>
    public decimal? Hours { get; set; }

    /// <summary>When <see cref="Hours"/> went to the volunteer's ledger (IServiceHoursLedger); set once, never posted again.</summary>
    public DateTime? HoursPostedUtc { get; set; }
}

internal enum SignUpStatus
{
    Confirmed,
    Waitlisted,
    Cancelled,
}
