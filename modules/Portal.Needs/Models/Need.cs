namespace Portal.Needs.Models;

/// <summary>
/// A resident's order (点单). The contact name and phone are personal data: encrypted (<c>IPersonalDataVault</c>), shown by
/// their masked form kept beside them. The private link's token is kept only as its keyed hash.
/// </summary>
internal sealed class Need
{
    public int Id { get; set; }

    /// <summary>XQ20261129-0007: the day it was ordered (China time) and its arrival that day.</summary>
    public string Number { get; set; } = "";

    public string TokenHash { get; set; } = "";

    public string Category { get; set; } = "";

    public string Title { get; set; } = "";

    public string Description { get; set; } = "";

    /// <summary>The village or community the need is in.</summary>
    public int UnitId { get; set; }

    public string ContactNameProtected { get; set; } = "";

    public string ContactNameMasked { get; set; } = "";

    public string PhoneProtected { get; set; } = "";

    public string PhoneMasked { get; set; } = "";

    public string PreferredTime { get; set; } = "";

    public NeedStatus Status { get; set; }

    /// <summary>When the current step began: the clock of its deadline.</summary>
    public DateTime StatusSinceUtc { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Why the center did not take it; shown to the requester only.</summary>
    public string? RejectReason { get; set; }

    /// <summary>The station it is dispatched to or that took it (for a team: the team's unit, whose staff answer for it).</summary>
    public int? AssignedUnitId { get; set; }

    /// <summary>The volunteer team it is dispatched to, if a team rather than a unit; its name as it was then, for the figures.</summary>
    public int? AssignedTeamId { get; set; }

    public string? AssignedTeamName { get; set; }

    public ServiceKind? ServiceKind { get; set; }

    /// <summary>The activity's address when served as an activity (a link, so Needs does not depend on Activities).</summary>
    public string? ServiceLink { get; set; }

    public string? ServiceNote { get; set; }

    public int? Rating { get; set; }

    public string? RatingComment { get; set; }

    public DateTime? RatedUtc { get; set; }

    /// <summary>Bumped by every step: of two staff acting at once (two stations taking it), the second is told it moved on.</summary>
    public int Version { get; set; }
}

internal enum NeedStatus
{
    Submitted,
    Rejected,
    Approved,
    Published,
    Dispatched,
    Accepted,
    Done,
}

internal enum ServiceKind
{
    Activity,
    Direct,
}

/// <summary>One step of a need's history (审单, 派单, 接单 ...), with who did it and when.</summary>
internal sealed class NeedStep
{
    public long Id { get; set; }

    public int NeedId { get; set; }

    public NeedStatus Status { get; set; }

    public DateTime Utc { get; set; }

    public string Actor { get; set; } = "";

    /// <summary>What the step said: the station dispatched to, the refusal's reason. Staff only.</summary>
    public string Note { get; set; } = "";
}
